import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeRecord, encodeBatch, encodeRecord, pb, type RecordInput } from './index.ts';

const money = fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }).map((f) => `${f < 0n ? '-' : ''}${(f < 0n ? -f : f) / 100n}.${String((f < 0n ? -f : f) % 100n).padStart(2, '0')}`);

const record: fc.Arbitrary<RecordInput> = fc.record({
  recordId: fc.string({ minLength: 1, maxLength: 40 }),
  visitId: fc.string({ maxLength: 20 }),
  seq: fc.integer({ min: 1, max: 10_000 }),
  createdAtMs: fc.integer({ min: 0, max: 2 ** 50 }),
  settlement: fc.record({
    setlId: fc.string({ maxLength: 20 }),
    psnNo: fc.string({ maxLength: 20 }),
    offline: fc.boolean(),
    amounts: fc.record({ medfeeSumamt: money, fundPaySumamt: money, psnCashPay: money }),
    lines: fc.array(fc.record({ feedetlSn: fc.string({ maxLength: 6 }), detItemFeeSumamt: money, cnt: fc.constant('1.0000'), hospApprFlag: fc.boolean() }), { maxLength: 4 }),
  }),
});

describe('encodeBatch (batch assembled from stored record bytes)', () => {
  it('matches the documented worked example', () => {
    expect(Buffer.from(encodeBatch('b', [Uint8Array.of(0x0a, 0x01, 0x72)])).toString('hex')).toBe('0a0162' + '12030a0172');
  });

  it('is byte for byte what UploadBatch.encode makes of the decoded records (property)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 36 }), fc.array(record, { maxLength: 8 }), (batchId, records) => {
      const stored = records.map(encodeRecord);
      const ours = encodeBatch(batchId, stored);
      const reference = pb.UploadBatch.encode({ batchId, records: stored.map(decodeRecord) }).finish();
      expect(Buffer.from(ours).equals(Buffer.from(reference))).toBe(true);
      const decoded = pb.UploadBatch.decode(ours);
      expect(decoded.batchId).toBe(batchId);
      expect(decoded.records.map((r) => r.recordId)).toEqual(records.map((r) => r.recordId));
    }));
  });

  it('record encode and decode are inverses (property)', () => {
    fc.assert(fc.property(record, (r) => {
      const bytes = encodeRecord(r);
      expect(Buffer.from(encodeRecord(decodeRecord(bytes))).equals(Buffer.from(bytes))).toBe(true);
    }));
  });
});
