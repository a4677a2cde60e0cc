/**
 * Crash test: the gateway process is killed with SIGKILL at random points while
 * HIS clients stream pharmacy sales at it, restarted, killed again — at least 50 kills in
 * all. Afterwards, for every sale the HIS got a success answer for, the settlement exists
 * exactly once with the id the HIS was told; no settlement is half-written (lines, outbox
 * record, audit entry and accumulator delta all present); the audit chain verifies; SQLite's
 * integrity check passes. Several lanes (own data directory, own process) run side by side
 * to keep the whole test near a minute.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readFile } from 'node:fs/promises';
import { build } from 'esbuild';
import { createInterface } from 'node:readline';
import { openDatabase } from '../../gateway/store/db.ts';
import { PersonStore } from '../../gateway/store/persons.ts';
import { EMPTY_ACCUMULATORS } from '../../gateway/engine/accumulators.ts';
import { ApiKeys } from '../../gateway/auth/api-keys.ts';
import { AuditLog } from '../../gateway/store/audit.ts';

const CHILD_SOURCE = fileURLToPath(new URL('./child.ts', import.meta.url));
// The child is bundled once (esbuild, as tsx would transform it) so that each of the 52
// restarts skips tsx's loader; inside node_modules so its packages resolve as usual, and
// with each module's import.meta.url kept, so data files are found where they are.
const CHILD = fileURLToPath(new URL(`../../node_modules/.cache/yibao-crash/child-${process.pid}.mjs`, import.meta.url));

beforeAll(async () => {
  await build({
    entryPoints: [CHILD_SOURCE], outfile: CHILD, bundle: true, platform: 'node', format: 'esm', target: 'node22', packages: 'external', logLevel: 'error',
    plugins: [{
      name: 'keep-import-meta-url',
      setup(b) {
        b.onLoad({ filter: /\.ts$/ }, async (args) => ({ contents: (await readFile(args.path, 'utf8')).replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader: 'ts' }));
      },
    }],
  });
});
const LANES = Number(process.env.CRASH_LANES ?? 4);
const KILLS_PER_LANE = Number(process.env.CRASH_KILLS ?? 13); // 4 × 13 = 52 kills
const PSN = 'P-CRASH-1';
const LINES = [
  { feedetl_sn: '1', med_list_codg: 'DRG-A-0001', cnt: '20', pric: '0.80', det_item_fee_sumamt: '16.00' },
  { feedetl_sn: '2', med_list_codg: 'DRG-C-0001', cnt: '1', pric: '35.00', det_item_fee_sumamt: '35.00' },
];

const dirs: string[] = [];
const children = new Set<ChildProcess>();
afterAll(async () => {
  // A failed lane must not leave its gateway running (or writing into a directory being removed).
  await Promise.all([...children].map((c) => new Promise<void>((resolve) => {
    if (c.exitCode !== null || c.signalCode !== null) return resolve();
    c.once('exit', () => resolve());
    c.kill('SIGKILL');
  })));
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  rmSync(CHILD, { force: true });
});

function prepare(): { dir: string; key: string } {
  const dir = mkdtempSync(join(tmpdir(), 'yibao-crash-'));
  dirs.push(dir);
  const db = openDatabase({ file: join(dir, 'gateway.sqlite') });
  const persons = new PersonStore(db);
  persons.upsert({
    psn_no: PSN, certno: '152201198001011237', psn_name: '张三', card_no: null, insutype: 'resident', insuplc_admdvs: '152201',
    birth_date: '1980-01-01', category: 'adult', contribution_years: 4, blood_disease: false, account_balance_fen: 0,
  });
  persons.putSnapshot(PSN, new Date().getUTCFullYear(), EMPTY_ACCUMULATORS);
  const key = new ApiKeys(db).create('crash HIS', 'test').key;
  db.close();
  return { dir, key };
}

async function startChild(dir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [CHILD, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.add(child);
  child.once('exit', () => children.delete(child));
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (l) => resolve(l.trim()));
    child.once('exit', (code) => reject(new Error(`child exited ${code} before listening`)));
  });
  return { child, url };
}

interface Ack { key: string; setlId: string }

async function lane(laneNo: number): Promise<{ dir: string; acks: Ack[]; kills: number }> {
  const { dir, key } = prepare();
  const acks: Ack[] = [];
  let seq = 0;
  let kills = 0;
  let session = '';
  for (let life = 0; life < KILLS_PER_LANE; life++) {
    const { child, url } = await startChild(dir);
    if (process.env.CRASH_DEBUG) console.log(laneNo, life, url, acks.length);
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' };
    if (!session) {
      const res = await fetch(`${url}/v1/operators/sign-in`, { method: 'POST', headers, body: JSON.stringify({ opter: `lane-${laneNo}`, role: 'cashier' }) });
      session = ((await res.json()) as { session_id: string }).session_id;
    }
    let alive = true;
    const worker = async (): Promise<void> => {
      while (alive) {
        // Now and then replay an acknowledged key: the answer must be the same settlement.
        const replay = acks.length > 0 && Math.random() < 0.1 ? acks[Math.floor(Math.random() * acks.length)]! : undefined;
        const idem = replay?.key ?? `L${laneNo}-${++seq}`;
        try {
          const res = await fetch(`${url}/v1/pharmacy/sales`, {
            method: 'POST',
            headers: { ...headers, 'x-session-id': session, 'idempotency-key': idem },
            body: JSON.stringify({ psn_no: PSN, lines: LINES }),
          });
          const body = (await res.json()) as { setl_id?: string; code?: string };
          if (res.status !== 200) throw new Error(`unexpected ${res.status} ${JSON.stringify(body)}`);
          if (replay) expect(body.setl_id).toBe(replay.setlId);
          else acks.push({ key: idem, setlId: body.setl_id! });
        } catch (err) {
          if (alive) throw err;
          return; // killed mid-request: the HIS never got an answer for this key
        }
      }
    };
    const workers = [worker(), worker(), worker()];
    await new Promise((r) => setTimeout(r, Math.floor(Math.random() * 250)));
    alive = false;
    child.kill('SIGKILL');
    kills++;
    await exited;
    await Promise.all(workers);
  }
  return { dir, acks, kills };
}

describe('SIGKILL during a stream of settlements', () => {
  it(`after ${LANES * KILLS_PER_LANE} kills every acknowledged settlement exists exactly once, whole, and the audit chain verifies`, async () => {
    const results = await Promise.all(Array.from({ length: LANES }, (_, i) => lane(i)));
    expect(results.reduce((s, r) => s + r.kills, 0)).toBeGreaterThanOrEqual(50);
    expect(results.reduce((s, r) => s + r.acks.length, 0)).toBeGreaterThan(0);
    for (const { dir, acks } of results) {
      const db = openDatabase({ file: join(dir, 'gateway.sqlite') });
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        for (const ack of acks) {
          const rows = db.prepare('SELECT setl_id FROM settlements WHERE idempotency_key = ?').all(ack.key) as Array<{ setl_id: string }>;
          expect(rows).toEqual([{ setl_id: ack.setlId }]);
        }
        // No settlement half-written: each has its lines, outbox record, audit entry and delta.
        const broken = db.prepare(`SELECT s.setl_id,
            json_array_length(s.lines) AS line_count,
            (SELECT count(*) FROM outbox o WHERE o.id = s.record_id) AS outbox,
            (SELECT count(*) FROM audit_log a WHERE a.action = 'settle' AND a.subject = s.setl_id) AS audit,
            (SELECT count(*) FROM accumulator_deltas d WHERE d.setl_id = s.setl_id) AS delta
          FROM settlements s WHERE NOT (line_count = 2 AND outbox = 1 AND audit = 1 AND delta = 1)`).all();
        expect(broken).toEqual([]);
        const counts = db.prepare('SELECT (SELECT count(*) FROM settlements) AS s, (SELECT count(*) FROM outbox) AS o').get() as { s: number; o: number };
        expect(counts.o).toBe(counts.s);
        expect(new AuditLog(db).verify().ok).toBe(true);
      } finally {
        db.close();
      }
    }
  }, 420_000);
});
