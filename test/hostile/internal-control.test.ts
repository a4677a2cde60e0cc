/**
 * Who may do what, tried as an attacker who holds nothing but an HIS API key (and, for the
 * audit trail, write access to the database file): every attempt is refused with a stable
 * code or found by `verify`, and nothing is half-written.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, ZHANG_SAN, type TestGateway } from '../api/support.ts';
import { verifyDatabase } from '../../gateway/ops/verify.ts';
import { AuditLog } from '../../gateway/store/audit.ts';
import { auditAnchors, takeBackup } from '../../gateway/ops/backup.ts';
import { verifyCommand } from '../../gateway/cli/commands/verify.ts';
import { captureIo } from '../support/cli-io.ts';

let t: TestGateway;
let cashier: string;
let zhang: string;
let n = 0;
const uniq = (p: string) => `${p}-${++n}-${Date.now()}`;

beforeAll(async () => {
  t = await startTestGateway({ operatorMaxFailures: 3 });
  cashier = await t.signIn('cashier-01');
  zhang = await t.identify(ZHANG_SAN, cashier);
});
afterAll(async () => {
  await t?.close();
});

/** A special-outpatient settlement whose funds pay above 10,000: tier 3 (four people, two supervisors). */
async function tier3Settlement(): Promise<string> {
  const open = await t.call('POST', '/v1/visits/outpatient', { session: cashier, payload: { psn_no: zhang, ipt_otp_no: uniq('V'), med_type: 'special_outpatient', special_disease: 'cancer_chemo_radio', begntime: '2026-11-01' } });
  const id = open.json().mdtrt_id as string;
  await t.call('POST', `/v1/visits/${id}/fee-lines`, { session: cashier, payload: { lines: [{ feedetl_sn: '1', med_list_codg: 'SRV-A-0002', cnt: '1', pric: '20000.00', det_item_fee_sumamt: '20000.00' }] } });
  const settled = await t.call('POST', `/v1/visits/${id}/settle`, { session: cashier, headers: { 'idempotency-key': uniq('s') } });
  expect(settled.statusCode, settled.body).toBe(200);
  return settled.json().setl_id as string;
}
const cancel = (setlId: string, payload: unknown = { reason: '录入错误' }, session = cashier) => t.call('POST', `/v1/settlements/${setlId}/cancel`, { session, headers: { 'idempotency-key': uniq('c') }, payload });
const cancellations = () => t.gw.db.prepare("SELECT count(*) FROM settlements WHERE kind = 'cancellation'").pluck().get() as number;

describe('an HIS key cannot invent a supervisor', () => {
  it('a role claimed at sign-in is refused; a made-up secret is wrong; sessions in the body approve nothing', async () => {
    const setlId = await tier3Settlement();
    const before = cancellations();
    for (const role of ['supervisor', 'auditor']) {
      const claimed = await t.call('POST', '/v1/operators/sign-in', { payload: { opter: `boss-${role}`, role } });
      expect(claimed.statusCode).toBe(403);
      expect(claimed.json().code).toBe('GW_ROLE_NOT_ASSIGNED');
    }
    const invented = await t.call('POST', '/v1/operators/sign-in', { payload: { opter: 'boss-x', role: 'supervisor', secret: 'anything-at-all' } });
    expect(invented.json().code).toBe('GW_OPERATOR_SECRET_WRONG');
    const others = [await t.signIn('boss-1'), await t.signIn('boss-2'), await t.signIn('boss-3')];
    expect((await cancel(setlId, { reason: 'x', approvals: others })).json().details.path).toBe('body.approvals');
    const alone = await cancel(setlId);
    expect(alone.json()).toMatchObject({ code: 'GW_APPROVAL_REQUIRED', details: { tier: 3, have: { people: 1, supervisors: 0 } } });
    // Approving at the gateway needs a registered operator's own secret.
    expect((await t.gw.app.inject({ method: 'POST', url: '/approve', payload: { setl_id: setlId, opter: 'boss-1', secret: 'guess-123' } })).json().code).toBe('GW_OPERATOR_SECRET_WRONG');
    expect(cancellations()).toBe(before);
  });

  it('an auditor never approves, the settling cashier never approves, a person counts once', async () => {
    const setlId = await tier3Settlement();
    expect((await t.approve(setlId, 'audit-09', 'auditor')).json()).toMatchObject({ code: 'GW_APPROVER_NOT_ALLOWED', details: { reason: 'auditor' } });
    expect((await t.approve(setlId, 'cashier-01', 'cashier')).json()).toMatchObject({ code: 'GW_APPROVER_NOT_ALLOWED', details: { reason: 'settled_it' } });
    await t.approve(setlId, 'sup-a');
    await t.approve(setlId, 'sup-a');
    await t.approve(setlId, 'rev-a', 'cashier');
    const short = await cancel(setlId);
    expect(short.json()).toMatchObject({ code: 'GW_APPROVAL_REQUIRED', details: { have: { people: 3, supervisors: 1 } } });
    // The one asking approving beforehand is still one person.
    const approverAsking = (await t.call('POST', '/v1/operators/sign-in', { payload: { opter: 'sup-a' } })).json().session_id as string;
    expect((await cancel(setlId, undefined, approverAsking)).json()).toMatchObject({ code: 'GW_APPROVAL_REQUIRED', details: { have: { people: 2 } } });
    await t.approve(setlId, 'sup-b');
    const ok = await cancel(setlId);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().approvals.map((a: { operator: string }) => a.operator).sort()).toEqual(['rev-a', 'sup-a', 'sup-b']);
    // Used up: the approvals do not count for anything else.
    expect(t.gw.db.prepare('SELECT count(*) FROM approvals WHERE setl_id = ? AND used_by IS NULL').pluck().get(setlId)).toBe(0);
  });

  it('wrong secrets lock the operator (audited); then even the right one is refused until reset', async () => {
    const setlId = await tier3Settlement();
    await t.approve(setlId, 'sup-lock');
    const tries = [];
    for (let i = 0; i < 3; i++) tries.push((await t.approve(setlId, 'sup-lock', 'supervisor', `wrong-${i}xx`)).json());
    expect(tries.map((r) => r.code)).toEqual(['GW_OPERATOR_SECRET_WRONG', 'GW_OPERATOR_SECRET_WRONG', 'GW_OPERATOR_LOCKED']);
    expect(tries[0].details.attempts_left).toBe(2);
    expect((await t.approve(setlId, 'sup-lock')).json().code).toBe('GW_OPERATOR_LOCKED');
    expect(t.gw.api.operators.locked().map((o) => o.operator_id)).toContain('sup-lock');
    const status = (await t.gw.app.inject({ method: 'GET', url: '/status.json' })).json();
    expect((await t.gw.app.inject({ method: 'GET', url: '/status' })).body).toContain('sup-lock');
    expect(status.lockedOperators).toEqual(expect.arrayContaining([expect.objectContaining({ operator_id: 'sup-lock' })]));
    const audited = t.gw.db.prepare("SELECT action FROM audit_log WHERE subject = 'sup-lock' ORDER BY seq").pluck().all();
    expect(audited).toEqual(['operator.add', 'operator.secret-wrong', 'operator.secret-wrong', 'operator.secret-wrong', 'operator.locked']);
    await t.gw.api.operators.reset('sup-lock', 'pin-sup-lock', 'cli:it');
    expect((await t.approve(setlId, 'sup-lock')).statusCode).toBe(200);
  });

  it('an HIS manages its own cashiers, never a supervisor', async () => {
    const made = await t.call('POST', '/v1/operators', { session: cashier, payload: { operator_id: 'his-c1', name: '李收费' } });
    expect(made.json()).toMatchObject({ operator_id: 'his-c1', role: 'cashier', has_secret: false });
    expect((await t.call('POST', '/v1/operators', { session: cashier, payload: { operator_id: 'his-s1', name: 'x', role: 'supervisor' } })).json().details.path).toBe('body.role');
    await t.approve('S-none', 'sup-c');
    expect((await t.call('POST', '/v1/operators/sup-c/disable', { session: cashier })).json().code).toBe('GW_FORBIDDEN');
    const session = await t.signIn('his-c1');
    expect((await t.call('POST', '/v1/operators/his-c1/disable', { session: cashier })).json().disabled_at).toEqual(expect.any(String));
    expect((await t.call('GET', '/v1/operators', { session })).json().code).toBe('GW_SESSION_CLOSED');
  });
});

describe('the audit trail cannot be quietly rewritten', () => {
  const dbFile = () => join(t.gw.config.dataDir, 'gateway.sqlite');
  /** Runs an attack on a copy of the live database, then verifies the copy (its key beside it). */
  function attack(sql: (db: Database.Database) => void) {
    const copy = join(t.gw.config.dataDir, `attack-${++n}.sqlite`);
    t.gw.db.prepare('VACUUM INTO ?').run(copy);
    const db = new Database(copy);
    sql(db);
    db.close();
    return verifyDatabase(copy, { keyFile: join(t.gw.config.dataDir, 'audit.key'), anchors: auditAnchors(t.gw.config.backupDir) });
  }

  it('verifies intact, then finds an edited row re-chained without the key, a dropped trigger, an edited amount and a cut-short log', async () => {
    await tier3Settlement();
    await takeBackup('full', { source: t.gw.db, backupDir: t.gw.config.backupDir });
    expect(verifyDatabase(dbFile(), { anchors: auditAnchors(t.gw.config.backupDir) })).toMatchObject({ ok: true, alteredRows: [], missingTriggers: [] });

    // Edit an entry and recompute the chain with plain SHA-256 (what the old, unkeyed chain allowed).
    const rechained = attack((db) => {
      db.exec('DROP TRIGGER audit_no_update');
      db.prepare("UPDATE audit_log SET actor = 'nobody' WHERE seq = 3").run();
      let prev = '0'.repeat(64);
      for (const r of db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as Array<Record<string, string | number>>) {
        const line = JSON.stringify([r.seq, r.at, r.actor, r.action, r.subject, JSON.parse(r.detail as string)]);
        const h = createHash('sha256').update(`${prev}\n${line}`).digest('hex');
        db.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?').run(prev, h, r.seq);
        prev = h;
      }
      db.exec("CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'x'); END");
    });
    expect(rechained.ok).toBe(false);
    expect(rechained.audit).toMatchObject({ ok: false, brokenAt: 1, reason: 'entry was altered' });

    const dropped = attack((db) => db.exec('DROP TRIGGER settlements_no_update'));
    expect(dropped).toMatchObject({ ok: false, missingTriggers: ['settlements_no_update'] });

    const edited = attack((db) => {
      db.exec('DROP TRIGGER settlements_no_update');
      db.prepare("UPDATE settlements SET psn_cash_pay = psn_cash_pay - 10000 WHERE setl_id = (SELECT setl_id FROM settlements ORDER BY created_at DESC LIMIT 1)").run();
      db.exec("CREATE TRIGGER settlements_no_update BEFORE UPDATE ON settlements BEGIN SELECT RAISE(ABORT, 'settlements are never updated in place'); END");
    });
    expect(edited.ok).toBe(false);
    expect(edited.alteredRows).toHaveLength(1);
    expect(edited.missingTriggers).toEqual([]);

    const accumulated = attack((db) => {
      db.prepare("UPDATE accumulator_deltas SET delta = '{}' WHERE id = (SELECT max(id) FROM accumulator_deltas)").run();
    });
    expect(accumulated.ok).toBe(false);
    expect(accumulated.alteredRows).toEqual([expect.stringMatching(/^accumulator delta \d+ of S/)]);

    const truncated = attack((db) => {
      db.exec('DROP TRIGGER audit_no_delete');
      db.prepare('DELETE FROM audit_log WHERE seq > (SELECT max(seq) - 3 FROM audit_log)').run();
      db.exec("CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'x'); END");
    });
    expect(truncated.ok).toBe(false);
    expect(truncated.audit).toMatchObject({ ok: false, reason: expect.stringMatching(/^entries removed/) });
  });

  it('sends its chain head to the centre with the uploads; a log cut short after the last backup is found against the centre\'s copy', async () => {
    await tier3Settlement();
    await t.gw.uploader.drainOnce();
    const local = new AuditLog(t.gw.db).head();
    const held = t.center.auditHead(t.gw.config.gatewayId);
    expect(held).toEqual({ seq: local.seq, hash: local.hash });
    // Cut the newest entries: no backup recorded them, the centre did.
    const copy = join(t.gw.config.dataDir, 'cut.sqlite');
    t.gw.db.prepare('VACUUM INTO ?').run(copy);
    const db = new Database(copy);
    db.exec('DROP TRIGGER audit_no_delete');
    db.prepare('DELETE FROM audit_log WHERE seq > ?').run(local.seq - 2);
    db.exec("CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'x'); END");
    db.close();
    const withoutCentre = verifyDatabase(copy, { anchors: auditAnchors(t.gw.config.backupDir) });
    expect(withoutCentre.audit.ok).toBe(true); // the backups alone cannot see it …
    const withCentre = verifyDatabase(copy, { anchors: [...auditAnchors(t.gw.config.backupDir), held!] });
    expect(withCentre.audit).toMatchObject({ ok: false, reason: expect.stringMatching(/^entries removed/) }); // … the centre's copy does
    // The CLI asks the centre itself: the live database holds what the centre recorded.
    const io = captureIo();
    const env = { YIBAO_CENTER_URL: t.center.url, YIBAO_BACKUP_DIR: t.gw.config.backupDir };
    expect(await verifyCommand.run(['--centre', '--data-dir', t.gw.config.dataDir], { ...io, env }), io.out() + io.err()).toBe(0);
  });

  it('`yibao-gateway verify` exits 1 naming what it found', async () => {
    const copy = join(t.gw.config.dataDir, 'cli-attack.sqlite');
    t.gw.db.prepare('VACUUM INTO ?').run(copy);
    const db = new Database(copy);
    db.exec('DROP TRIGGER audit_no_delete');
    db.close();
    const io = captureIo();
    expect(await verifyCommand.run(['--file', copy, '--data-dir', t.gw.config.dataDir], io)).toBe(1);
    expect(io.out()).toMatch(/triggers +MISSING: audit_no_delete/);
  });
});

describe('a site that trusts its HIS\'s own approval', () => {
  it('lets the cancellation through, and says so in the answer, the audit entry and the receipt', async () => {
    const site = await startTestGateway({ approvalTrustHis: true });
    try {
      const session = await site.signIn('cashier-01');
      const psn = await site.identify(ZHANG_SAN, session);
      const sale = await site.call('POST', '/v1/pharmacy/sales', { session, headers: { 'idempotency-key': uniq('k') }, payload: { psn_no: psn, lines: [{ feedetl_sn: '1', med_list_codg: 'DRG-A-0001', cnt: '20', pric: '0.80', det_item_fee_sumamt: '16.00' }] } });
      const setlId = sale.json().setl_id as string;
      const cancelled = await site.call('POST', `/v1/settlements/${setlId}/cancel`, { session, headers: { 'idempotency-key': uniq('c') }, payload: { reason: '顾客退药' } });
      expect(cancelled.statusCode, cancelled.body).toBe(200);
      expect(cancelled.json()).toMatchObject({ approved_by: 'his', approvals: [] });
      const entry = site.gw.db.prepare("SELECT detail FROM audit_log WHERE action = 'cancel' AND subject = ?").pluck().get(cancelled.json().setl_id) as string;
      expect(JSON.parse(entry)).toMatchObject({ approved_by: 'his' });
      const receipt = await site.call('GET', `/v1/settlements/${setlId}/receipt`, { session });
      expect(receipt.body).toContain('经HIS审批');
    } finally {
      await site.close();
    }
  });
});
