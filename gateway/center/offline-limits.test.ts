import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../store/db.ts';
import type { OfflineRequest } from '../settlement/offline-gate.ts';
import { createOfflineGate, sqliteOfflineHistory } from './offline-limits.ts';

const NOW = new Date('2026-11-22T02:00:00.000Z');
const HOUR = 3600_000;

/** A settlement row on the store's real schema (every NOT NULL column filled), with what the gate reads. */
function insertSettlement(db: Db, row: { psn: string; fundFen: number; offline: boolean; at: Date; kind?: 'settlement' | 'cancellation' }): void {
  const columns = db.prepare("SELECT name, type, \"notnull\" AS nn, dflt_value AS dflt FROM pragma_table_info('settlements')").all() as { name: string; type: string; nn: number; dflt: string | null }[];
  const id = `S${Math.random().toString(36).slice(2)}`;
  const values: Record<string, unknown> = {};
  for (const c of columns) {
    if (c.nn && c.dflt === null) values[c.name] = /INT/i.test(c.type) ? 0 : `${c.name}-${id}`;
  }
  Object.assign(values, { setl_id: id, kind: row.kind ?? 'settlement', psn_no: row.psn, fund_pay_sumamt: row.fundFen, medfee_sumamt: row.fundFen * 2, offline: row.offline ? 1 : 0, created_at: row.at.toISOString(), original_setl_id: null });
  const names = Object.keys(values).filter((n) => columns.some((c) => c.name === n));
  db.prepare(`INSERT INTO settlements (${names.join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`).run(Object.fromEntries(names.map((n) => [n, values[n]])));
}

function request(db: Db, over: Partial<OfflineRequest> = {}): OfflineRequest {
  return { psn_no: 'P1', mdtrt_id: 'M1', med_type: 'pharmacy', fund_pay_fen: 10_000, medfee_fen: 20_000, last_online_at: new Date(NOW.getTime() - 2 * HOUR).toISOString(), now: NOW, db, ...over };
}

function freshDb(): Db {
  const db = openDatabase({ file: ':memory:' });
  // The gateway was online an hour ago (an online settlement of someone else).
  insertSettlement(db, { psn: 'OTHER', fundFen: 1, offline: false, at: new Date(NOW.getTime() - HOUR) });
  return db;
}

describe('offline gate (EMV-style limits)', () => {
  it('allows a small offline settlement within every limit', () => {
    expect(createOfflineGate().decide(request(freshDb()))).toEqual({ kind: 'allowed' });
  });

  it('refuses over the floor limit', () => {
    const d = createOfflineGate({ limits: { floorFen: 5_000 } }).decide(request(freshDb()));
    expect(d).toMatchObject({ kind: 'refused', limit: 'floor 50.00' });
  });

  it('refuses a split sale: recent offline amounts of the person count against the floor', () => {
    const db = freshDb();
    insertSettlement(db, { psn: 'P1', fundFen: 30_000, offline: true, at: new Date(NOW.getTime() - 3 * HOUR) });
    const d = createOfflineGate({ limits: { floorFen: 35_000, personMaxCount: 10, personMaxFundFen: 1_000_000 } }).decide(request(db));
    expect(d.kind).toBe('refused');
    if (d.kind === 'refused') expect(d.reason).toMatch(/split sale/);
  });

  it('counts the person\'s offline settlements since the centre last confirmed them', () => {
    const db = freshDb();
    const gate = createOfflineGate({ limits: { personMaxCount: 2, splitWindowMs: 1 } });
    const confirmed = new Date(NOW.getTime() - 5 * HOUR).toISOString();
    insertSettlement(db, { psn: 'P1', fundFen: 100, offline: true, at: new Date(NOW.getTime() - 6 * HOUR) }); // before the confirmation: not counted
    insertSettlement(db, { psn: 'P1', fundFen: 100, offline: true, at: new Date(NOW.getTime() - 4 * HOUR) });
    expect(gate.decide(request(db, { last_online_at: confirmed })).kind).toBe('allowed');
    insertSettlement(db, { psn: 'P1', fundFen: 100, offline: true, at: new Date(NOW.getTime() - 3 * HOUR) });
    expect(gate.decide(request(db, { last_online_at: confirmed }))).toMatchObject({ kind: 'refused', limit: 'person count 2' });
    // Cancellations are not offline settlements.
    expect(gate.decide(request(db, { psn_no: 'P2' })).kind).toBe('allowed');
  });

  it('refuses over the person amount', () => {
    const db = freshDb();
    insertSettlement(db, { psn: 'P1', fundFen: 95_000, offline: true, at: new Date(NOW.getTime() - 1.5 * HOUR) });
    expect(createOfflineGate({ limits: { floorFen: 200_000 } }).decide(request(db))).toMatchObject({ kind: 'refused', limit: 'person amount 1000.00' });
  });

  it('refuses when the gateway has been offline too long, or never online', () => {
    const never = openDatabase({ file: ':memory:' });
    expect(createOfflineGate().decide(request(never))).toMatchObject({ kind: 'refused', reason: expect.stringMatching(/never been confirmed online/) });
    // A recent acknowledgement from the centre counts as being online.
    expect(createOfflineGate({ lastGatewayOnlineAt: () => NOW.getTime() - 60_000 }).decide(request(never)).kind).toBe('allowed');
    const stale = openDatabase({ file: ':memory:' });
    insertSettlement(stale, { psn: 'OTHER', fundFen: 1, offline: false, at: new Date(NOW.getTime() - 25 * HOUR) });
    expect(createOfflineGate().decide(request(stale))).toMatchObject({ kind: 'refused', limit: 'gateway offline 24 h' });
  });

  it('refuses over the gateway count and amount since it was last online', () => {
    const db = freshDb();
    for (let i = 0; i < 3; i += 1) insertSettlement(db, { psn: `Q${i}`, fundFen: 20_000, offline: true, at: new Date(NOW.getTime() - 30 * 60_000) });
    expect(createOfflineGate({ limits: { gatewayMaxCount: 3 } }).decide(request(db))).toMatchObject({ kind: 'refused', limit: 'gateway count 3' });
    expect(createOfflineGate({ limits: { gatewayMaxFundFen: 65_000 } }).decide(request(db))).toMatchObject({ kind: 'refused', limit: 'gateway amount 650.00' });
  });

  it('requires one earlier online confirmation of the person when configured', () => {
    expect(createOfflineGate({ limits: { requirePersonOnlineOnce: true } }).decide(request(freshDb(), { last_online_at: null }))).toMatchObject({ kind: 'refused', limit: 'person confirmed once' });
  });

  it('the SQL runs on the store\'s schema', () => {
    const db = freshDb();
    insertSettlement(db, { psn: 'P1', fundFen: 123, offline: true, at: NOW, kind: 'cancellation' });
    const h = sqliteOfflineHistory(db);
    expect(h.personOffline('P1', null)).toEqual({ count: 0, fundFen: 0 });
    expect(h.lastOnlineSettlementAt()).toBe(new Date(NOW.getTime() - HOUR).toISOString());
  });
});
