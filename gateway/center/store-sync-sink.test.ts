import { describe, expect, it } from 'vitest';
import { openDatabase } from '../store/db.ts';
import { BlocklistStore } from '../store/blocklist.ts';
import { StoreSyncSink } from './store-sync-sink.ts';

describe('StoreSyncSink', () => {
  it('writes the centre\'s blocklist into the table the card service reads', () => {
    const db = openDatabase({ file: ':memory:' });
    const cards = new BlocklistStore(db);
    cards.list('STALE0001', 'LOST'); // from a previous run, no longer listed at the centre
    const sink = new StoreSyncSink(db);
    sink.applyBlocklist({ version: '1', full: true, removed: [], items: [{ cardNo: 'J57490889', reason: 'LOST', sinceMs: Date.UTC(2026, 0, 1) }, { cardNo: 'F94004553', reason: 'CANCELLED' }] });
    expect(cards.isBlocked('J57490889')).toEqual({ reason: 'LOST' });
    expect(cards.isBlocked('F94004553')).toEqual({ reason: 'CANCELLED' });
    expect(cards.isBlocked('STALE0001')).toBeNull();
    sink.applyBlocklist({ version: '2', full: false, removed: ['J57490889'], items: [{ cardNo: 'A00000003', reason: 'DECEASED' }] });
    expect(cards.isBlocked('J57490889')).toBeNull();
    expect(cards.isBlocked('A00000003')).toEqual({ reason: 'DECEASED' });
    expect(sink.heldVersion('blocklist')).toBe('2');
    expect(sink.isBlocked('A00000003')).toEqual({ reason: 'DECEASED' });
  });

  it('a reply that fails half way leaves the table as it was', () => {
    const db = openDatabase({ file: ':memory:' });
    const cards = new BlocklistStore(db);
    const sink = new StoreSyncSink(db);
    sink.applyBlocklist({ version: '1', full: true, removed: [], items: [{ cardNo: 'KEEP00001', reason: 'LOST' }] });
    const poisoned = { cardNo: 'BAD', get reason(): string { throw new Error('corrupt entry'); } };
    expect(() => sink.applyBlocklist({ version: '2', full: true, removed: [], items: [{ cardNo: 'NEW000001', reason: 'LOST' }, poisoned] })).toThrow(/corrupt entry/);
    expect(cards.isBlocked('KEEP00001')).toEqual({ reason: 'LOST' });
    expect(cards.isBlocked('NEW000001')).toBeNull();
    expect(sink.heldVersion('blocklist')).toBe('1');
  });
});
