/* eslint-disable @typescript-eslint/no-explicit-any -- these tests mutate raw JSON documents to make them invalid */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogueFromJson, DEFAULT_CATALOGUE_FILE, loadCatalogue } from './catalogue.ts';

const shipped = (): any => JSON.parse(readFileSync(DEFAULT_CATALOGUE_FILE, 'utf8'));

describe('catalogue', () => {
  it('contains the issue-5 table', () => {
    const c = loadCatalogue();
    const rows: [string, string, string, string, boolean, boolean, string | null][] = [
      ['DRG-A-0001', '阿莫西林胶囊 0.25g', 'drug', 'A', false, false, '0.80'],
      ['DRG-A-0002', '人胰岛素注射液', 'drug', 'A', false, false, '70.00'],
      ['DRG-B-0001', '阿托伐他汀钙片', 'drug', 'B', false, false, '3.00'],
      ['DRG-B-0002', '瑞舒伐他汀钙片(进口)', 'drug', 'B', true, false, '6.00'],
      ['DRG-C-0001', '复合维生素片', 'drug', 'C', false, false, null],
      ['SRV-A-0001', '普通病房床位费(日)', 'facility', 'A', false, false, '40.00'],
      ['SRV-A-0002', '阑尾切除术', 'treatment', 'A', false, false, null],
      ['SRV-B-0001', 'CT平扫', 'treatment', 'B', false, true, '300.00'],
      ['SRV-B-0002', '磁共振成像', 'treatment', 'B', false, true, '1200.00'],
      ['MAT-A-0001', '一次性缝合包', 'material', 'A', false, false, '60.00'],
      ['MAT-B-0001', '进口骨科内固定钢板', 'material', 'B', true, false, '15000.00'],
      ['BLD-B-0001', '人血白蛋白注射液', 'blood_protein', 'B', false, false, '500.00'],
    ];
    for (const [code, name, category, cls, imported, special, ceiling] of rows) {
      expect(c.lookup(code, '2026-03-10'), code).toMatchObject({ name, category, class: cls, imported, special_exam: special, price_ceiling: ceiling });
    }
  });

  it('answers the entry in force on the day (versioned ceilings)', () => {
    const c = loadCatalogue();
    expect(c.lookup('DRG-A-0004', '2025-12-31')?.price_ceiling).toBe('0.30');
    expect(c.lookup('DRG-A-0004', '2026-01-01')?.price_ceiling).toBe('0.25');
    expect(c.lookup('NOPE', '2026-01-01')).toBeUndefined();
    expect(c.version).toBe('demo-2026.1');
  });

  it.each([
    ['an unknown category', (d: any) => { d.entries[3].category = 'food'; }, 'entries[3].category'],
    ['a ceiling as a number', (d: any) => { d.entries[0].price_ceiling = 0.8; }, 'entries[0].price_ceiling'],
    ['a missing class', (d: any) => { delete d.entries[5].class; }, 'entries[5].class'],
    ['overlapping versions of one code', (d: any) => { d.entries.push({ ...d.entries[0] }); }, `entries[${shipped().entries.length}]`],
    ['an impossible day', (d: any) => { d.entries[1].valid_from = '2026-02-30'; }, 'entries[1].valid_from'],
  ])('fails on %s with the path of the bad field', (_name, mutate, path) => {
    const doc = shipped();
    mutate(doc);
    expect(() => catalogueFromJson(doc, 'cat.json')).toThrow(expect.objectContaining({ code: 'GW_CATALOGUE_FILE_INVALID', details: expect.objectContaining({ path, file: 'cat.json' }) }));
  });
});
