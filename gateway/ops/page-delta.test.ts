import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodePageDelta, encodePageDelta, PageDeltaFormatError, PAGE_HASH_BYTES, scanPages, type PageDelta } from './page-delta.ts';

const delta = fc
  .record({ sizeLog: fc.integer({ min: 9, max: 11 }), pageCount: fc.integer({ min: 1, max: 12 }), seed: fc.uint8Array({ minLength: 1, maxLength: 64 }) })
  .chain(({ sizeLog, pageCount, seed }) =>
    fc.subarray(Array.from({ length: pageCount }, (_, i) => i + 1)).map((nos): PageDelta => ({
      pageSize: 2 ** sizeLog,
      pageCount,
      pages: nos.map((pageNo) => ({ pageNo, data: Buffer.alloc(2 ** sizeLog, seed[pageNo % seed.length]! ^ pageNo) })),
    })),
  );

describe('page delta codec', () => {
  it('decode(encode(d)) is d, for any delta', () => {
    fc.assert(fc.property(delta, (d) => {
      expect(decodePageDelta(encodePageDelta(d))).toEqual({ ...d, pages: d.pages.map((p) => ({ pageNo: p.pageNo, data: Buffer.from(p.data) })) });
    }));
  });

  it('encodes the worked example of the header comment byte for byte', () => {
    const bytes = encodePageDelta({ pageSize: 4096, pageCount: 3, pages: [{ pageNo: 3, data: Buffer.alloc(4096, 0xab) }] });
    expect(bytes.subarray(0, 24).toString('hex')).toBe('5942504430303031' + '00001000' + '00000003' + '00000001' + '00000003');
    expect(bytes.length).toBe(24 + 4096);
  });

  it('refuses trailing bytes, a truncated page, pages out of order and a bad magic', () => {
    const good = encodePageDelta({ pageSize: 512, pageCount: 4, pages: [{ pageNo: 1, data: Buffer.alloc(512) }, { pageNo: 4, data: Buffer.alloc(512, 1) }] });
    expect(() => decodePageDelta(Buffer.concat([good, Buffer.from([0])]))).toThrow(PageDeltaFormatError);
    expect(() => decodePageDelta(good.subarray(0, good.length - 1))).toThrow(PageDeltaFormatError);
    const swapped = Buffer.from(good);
    swapped.writeUInt32BE(4, 20);
    swapped.writeUInt32BE(1, 20 + 4 + 512);
    expect(() => decodePageDelta(swapped)).toThrow(/out of order/);
    const magic = Buffer.from(good);
    magic[0] = 0x58;
    expect(() => decodePageDelta(magic)).toThrow(/bad magic/);
  });

  it('never throws anything but PageDeltaFormatError on arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), (raw) => {
      const bytes = Buffer.concat([Buffer.from('YBPD0001'), Buffer.from(raw)]);
      try {
        decodePageDelta(bytes);
      } catch (err) {
        expect(err).toBeInstanceOf(PageDeltaFormatError);
      }
    }));
  });

  it('scanPages reports exactly the pages that differ from the previous hashes, and new pages', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yibao-pages-'));
    const a = Buffer.concat([Buffer.alloc(512, 1), Buffer.alloc(512, 2), Buffer.alloc(512, 3)]);
    writeFileSync(join(dir, 'a'), a);
    const first = scanPages(join(dir, 'a'), 512);
    expect(first.hashes.length).toBe(3 * PAGE_HASH_BYTES);
    expect(first.changed).toEqual([]);
    const b = Buffer.concat([Buffer.alloc(512, 1), Buffer.alloc(512, 9), Buffer.alloc(512, 3), Buffer.alloc(512, 4)]);
    writeFileSync(join(dir, 'b'), b);
    const second = scanPages(join(dir, 'b'), 512, first.hashes);
    expect(second.changed.map((p) => p.pageNo)).toEqual([2, 4]);
    expect(second.pageCount).toBe(4);
  });
});
