import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HID_POS_DATA_BYTES, HID_POS_REPORT_SIZE, HidPosDecoder, encodeHidPosReports } from './hid-pos.ts';

describe('HID POS scanned-data reports (usage page 0x8C)', () => {
  it('encodes the worked example: 02 05 ]Q1 "12345" … continued 00', () => {
    const [report, ...rest] = encodeHidPosReports({ data: Buffer.from('12345'), symbology: ']Q1' });
    expect(rest).toEqual([]);
    expect(report?.length).toBe(HID_POS_REPORT_SIZE);
    expect(report?.subarray(0, 10).toString('hex').toUpperCase()).toBe('02055D51313132333435');
    expect(report?.subarray(10).every((b) => b === 0)).toBe(true);
  });

  it('splits long codes into 56-byte parts with the continued bit on all but the last', () => {
    const reports = encodeHidPosReports({ data: Buffer.alloc(130, 0x41), symbology: ']Q1' });
    expect(reports.map((r) => [r[1], r[63]])).toEqual([
      [56, 1],
      [56, 1],
      [18, 0],
    ]);
  });

  it('decoder and encoder are inverses, for codes of any length up to 1000 bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 1000 }), fc.constantFrom(']Q1', ']C0', ']d1'), (data, symbology) => {
        const decoder = new HidPosDecoder();
        const scans = encodeHidPosReports({ data: Buffer.from(data), symbology }).flatMap((r) => decoder.push(r));
        expect(scans).toEqual([{ data: Buffer.from(data), symbology }]);
        expect(decoder.pending).toBe(0);
      }),
    );
  });

  it('skips reports of other IDs or sizes, and drops a code whose length byte is impossible', () => {
    const decoder = new HidPosDecoder();
    expect(decoder.push(Buffer.alloc(64, 0))).toEqual([]);
    expect(decoder.push(Buffer.alloc(10, 2))).toEqual([]);
    const bad = Buffer.alloc(64);
    bad[0] = 2;
    bad[1] = HID_POS_DATA_BYTES + 1;
    expect(decoder.push(bad)).toEqual([]);
    expect(decoder.malformed).toBe(3);
    expect(decoder.push(encodeHidPosReports({ data: Buffer.from('ok'), symbology: ']Q1' })[0]!)).toEqual([{ data: Buffer.from('ok'), symbology: ']Q1' }]);
  });

  it('never throws on random reports (fuzz)', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ minLength: 60, maxLength: 66 }), { maxLength: 30 }), (reports) => {
        const decoder = new HidPosDecoder();
        for (const r of reports) decoder.push(Buffer.from(r));
        expect(decoder.pending).toBeLessThanOrEqual(30 * HID_POS_DATA_BYTES);
      }),
    );
  });
});
