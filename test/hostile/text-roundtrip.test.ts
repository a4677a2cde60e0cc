/**
 * Whatever text the boundary accepts is kept exactly: stored in SQLite, hashed into the audit
 * chain, encoded for the centre and decoded there (as strictly as a proto3 decoder), all as
 * the same code points; whatever it refuses is refused with GW_VALIDATION naming the field.
 * Property tests over arbitrary UTF-16 strings — lone surrogates, controls, bidi characters,
 * astral characters — at the unit level, and through the REST API and the national interface.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findBadText, requireCleanText, textProblem } from '../../gateway/boundary/text.ts';
import { openDatabase } from '../../gateway/store/db.ts';
import { AuditLog } from '../../gateway/store/audit.ts';
import protobuf from 'protobufjs/minimal.js';
import { encodeRecord } from '../../protocol/center/index.ts';
import { splitBatch } from '../../simulator/center/server.ts';
import { startFsiGateway, type FsiTestGateway } from '../fsi/support.ts';

/** Any UTF-16 string: code units at random (so lone surrogates), with the awkward ones over-represented. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 24 }),
  fc.array(fc.oneof(
    fc.integer({ min: 0, max: 0xffff }),
    fc.constantFrom(0x00, 0x1b, 0x0a, 0x7f, 0x85, 0x202e, 0x2066, 0x200f, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xfffd, 0x4e2d),
  ), { maxLength: 24 }).map((units) => String.fromCharCode(...units)),
);

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** An UploadBatch carrying these record bytes as they are (field 2), as the gateway's client sends them. */
function batchOf(...records: Uint8Array[]): Uint8Array {
  const w = protobuf.Writer.create();
  for (const r of records) w.uint32(0x12).bytes(r);
  return w.finish();
}

describe('the text rules', () => {
  it('accept exactly the well-formed strings without controls or bidi characters', () => {
    fc.assert(fc.property(anyText, (s) => {
      const expected = s.isWellFormed() && !/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u.test(s); // eslint-disable-line no-control-regex
      expect(textProblem(s) === undefined).toBe(expected);
      if (!expected) expect(() => requireCleanText({ a: [s] }, 'body')).toThrow(expect.objectContaining({ code: 'GW_VALIDATION', details: { path: 'body.a[0]' } }));
    }), { numRuns: 2000 });
  });

  it('what they accept is stored, hashed, encoded and decoded by the centre unchanged', () => {
    const db = openDatabase({ file: ':memory:' });
    const audit = new AuditLog(db);
    fc.assert(fc.property(anyText, (s) => {
      if (findBadText(s, 's')) return;
      // SQLite and the audit chain.
      db.transaction(() => audit.append({ actor: s, action: 'settle', subject: s, detail: { feedetl_sn: s } }))();
      const stored = db.prepare('SELECT actor, subject, detail FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { actor: string; subject: string; detail: string };
      expect(stored.actor).toBe(s);
      expect((JSON.parse(stored.detail) as { feedetl_sn: string }).feedetl_sn).toBe(s);
      // The centre: strict UTF-8 in every string field.
      const record = encodeRecord({ recordId: 'r1', visitId: 'v1', seq: 1, settlement: { setlId: s, psnNo: s, lines: [{ feedetlSn: s, medListCodg: s }] } });
      const [decoded] = splitBatch(batchOf(record));
      expect(decoded!.msg.settlement!.lines![0]!.feedetlSn).toBe(s);
      expect(strictUtf8.decode(Buffer.from(s, 'utf8'))).toBe(s);
    }), { numRuns: 1000 });
    expect(audit.verify()).toMatchObject({ ok: true });
    db.close();
  });

  it('what they refuse would have broken the chain or the upload (why the rules exist)', () => {
    const lone = 'SN-\udc00';
    expect(textProblem(lone)).toContain('unpaired surrogate');
    const record = encodeRecord({ recordId: 'r1', visitId: 'v1', seq: 1, settlement: { setlId: 'x', lines: [{ feedetlSn: lone }] } });
    expect(() => splitBatch(batchOf(record))).toThrow(expect.objectContaining({ code: 'BAD_BODY' }));
    const db = openDatabase({ file: ':memory:' });
    expect(() => new AuditLog(db).append({ actor: lone, action: 'sign-in', subject: 'x', detail: {} })).toThrow(expect.objectContaining({ code: 'GW_VALIDATION' }));
    db.close();
  });
});

describe('through both channels', () => {
  let t: FsiTestGateway;
  beforeAll(async () => {
    t = await startFsiGateway();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('an operator id signs in on REST and by 9001 exactly when the rules accept it, and the audit chain always verifies', async () => {
    await fc.assert(fc.asyncProperty(anyText.filter((s) => s.length > 0 && s.length <= 20), async (s) => {
      const accepted = findBadText(s, 'opter') === undefined;
      const rest = await t.gw.app.inject({ method: 'POST', url: '/v1/operators/sign-in', headers: { authorization: `Bearer ${t.key}`, 'content-type': 'application/json' }, payload: JSON.stringify({ opter: s, role: 'cashier' }) });
      if (accepted) expect(rest.statusCode, rest.body).toBe(200);
      else expect(rest.json()).toMatchObject({ code: 'GW_VALIDATION', details: { path: 'body.opter' } });
      const national = await t.his.send('9001', { signIn: { opter_no: s, mac: '', ip: '' } }, { opter: s });
      if (accepted) expect(national.answer.infcode, national.text).toBe(0);
      else expect(national.answer).toMatchObject({ infcode: -1, gw_code: 'GW_VALIDATION' });
      const chain = new AuditLog(t.gw.db).verify();
      expect(chain.ok).toBe(true);
    }), { numRuns: 150 });
  });
});
