/**
 * The settle path reads its person from memory: what it hands out must be what the table
 * says — after an upsert or an account debit here, after a rolled-back debit, and after a
 * commit by another connection (another process running the CLI).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './db.ts';
import { PersonStore, type Person } from './persons.ts';

const P1: Person = {
  psn_no: 'P1', certno: '152201198001011237', psn_name: '张三', card_no: null, insutype: 'employee', insuplc_admdvs: '152201',
  birth_date: '1980-01-01', category: 'adult', contribution_years: 4, blood_disease: false, account_balance_fen: 10_000,
};

describe('person reads', () => {
  it('follow upserts, debits and rollbacks on this connection', () => {
    const db = openDatabase({ file: ':memory:' });
    const persons = new PersonStore(db);
    const other = new PersonStore(db); // another service's store on the same connection
    persons.upsert(P1);
    expect(other.get('P1')?.account_balance_fen).toBe(10_000);
    persons.debitAccount('P1', 2_500);
    expect(other.get('P1')?.account_balance_fen).toBe(7_500);
    persons.upsert({ ...P1, psn_name: '张三丰' });
    expect(other.get('P1')?.psn_name).toBe('张三丰');
    expect(() => db.transaction(() => {
      persons.debitAccount('P1', 1_000);
      expect(persons.get('P1')?.account_balance_fen).toBe(9_000); // read inside: the uncommitted row
      throw new Error('roll back');
    })()).toThrow('roll back');
    expect(other.get('P1')?.account_balance_fen).toBe(10_000);
    expect(Object.isFrozen(other.get('P1'))).toBe(true);
  });

  it('see a commit by another connection at the next read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yibao-persons-'));
    try {
      const a = openDatabase({ file: join(dir, 'g.sqlite') });
      const b = openDatabase({ file: join(dir, 'g.sqlite') });
      const persons = new PersonStore(a);
      persons.upsert(P1);
      expect(persons.get('P1')?.account_balance_fen).toBe(10_000);
      new PersonStore(b).debitAccount('P1', 4_000);
      expect(persons.get('P1')?.account_balance_fen).toBe(6_000);
      a.close();
      b.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
