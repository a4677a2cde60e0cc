/* eslint-disable @typescript-eslint/no-explicit-any -- these tests mutate raw JSON documents to make them invalid */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY_DIR, loadPolicies, policyFromJson, selectPolicy } from './index.ts';

const shipped = (id: string): any => JSON.parse(readFileSync(join(DEFAULT_POLICY_DIR, `${id}.json`), 'utf8'));

function fileError(json: unknown): { code: string; details: Record<string, unknown> } {
  try {
    policyFromJson(json, 'test.json');
  } catch (err) {
    return err as { code: string; details: Record<string, unknown> };
  }
  throw new Error('accepted');
}

describe('policy files', () => {
  it('ships the three regional policies and the employee policy, all valid', () => {
    expect(loadPolicies().policies.map((p) => p.id).sort()).toEqual(['cn-demo-employee-2026', 'cn-gansu-resident-2007', 'cn-henan-resident-2017', 'cn-xingan-resident-2008']);
  });

  it('every number in every shipped policy sits in an object that cites its article', () => {
    const walk = (node: unknown, path: string, hasArticle: boolean): string[] => {
      if (Array.isArray(node)) return node.flatMap((x, i) => walk(x, `${path}[${i}]`, hasArticle));
      if (node && typeof node === 'object') {
        const obj = node as Record<string, unknown>;
        const cites = typeof obj.article === 'string' || hasArticle && Object.keys(obj).every((k) => k.startsWith('level_'));
        // Codes are not figures: the national fund type and region prefixes.
        return Object.entries(obj).filter(([k]) => k !== 'fund_pay_type' && k !== 'admdvs_prefixes').flatMap(([k, v]) => walk(v, `${path}.${k}`, cites));
      }
      const isFigure = typeof node === 'number' || (typeof node === 'string' && /^\d+(\.\d+)?$/.test(node));
      return isFigure && !hasArticle ? [path] : [];
    };
    for (const p of loadPolicies().policies) expect(walk(p, p.id, false), p.id).toEqual([]);
  });

  it('marks the Henan figures that are assumptions', () => {
    const henan = shipped('cn-henan-resident-2017');
    expect(henan.visits.inpatient.deductible.assumed).toMatch(/7-1/);
    expect(henan.visits.inpatient.ratio.assumed).toMatch(/7-1/);
    expect(henan.tiers[0].assumed).toBeTruthy();
  });

  it.each([
    ['a missing field', (p: any) => { delete p.caps.hifp.amount; }, 'caps.hifp.amount'],
    ['a number without its article', (p: any) => { delete p.visits.inpatient.ratio.article; }, 'visits.inpatient.ratio.article'],
    ['money as a number', (p: any) => { p.caps.hifp.amount = 30000; }, 'caps.hifp.amount'],
    ['an unknown field', (p: any) => { p.visits.inpatient.bonus = 1; }, 'visits.inpatient.bonus'],
    ['an unknown adjustment kind', (p: any) => { p.visits.inpatient.adjustments[0].kind = 'lucky'; }, 'visits.inpatient.adjustments[0].kind'],
    ['an adjustment missing its points', (p: any) => { delete p.visits.inpatient.adjustments[0].points; }, 'visits.inpatient.adjustments[0].points'],
    ['a cap group naming a disease the policy lacks', (p: any) => { p.special_outpatient.diseases = ['tuberculosis']; }, 'special_outpatient.cap_groups[1].diseases[0]'],
    ['a ratio with three decimals', (p: any) => { p.visits.inpatient.ratio.level_1 = 65.125; }, 'visits.inpatient.ratio.level_1'],
    ['an end before the start', (p: any) => { p.effective.to = '2000-01-01'; }, 'effective.to'],
  ])('fails on %s with the path of the bad field', (_name, mutate, path) => {
    const json = shipped('cn-xingan-resident-2008');
    mutate(json);
    const err = fileError(json);
    expect(err.code).toBe('GW_POLICY_FILE_INVALID');
    expect(err.details.path).toBe(path);
    expect(err.details.file).toBe('test.json');
  });

  it('a region is added by adding a file: the longer prefix wins', () => {
    const dir = mkdtempSync(join(tmpdir(), 'policies-'));
    for (const id of ['cn-gansu-resident-2007', 'cn-demo-employee-2026']) writeFileSync(join(dir, `${id}.json`), JSON.stringify(shipped(id)));
    const zhangye = { ...shipped('cn-gansu-resident-2007'), id: 'cn-zhangye-resident-2018', region: { name_zh: '张掖市', name_en: 'Zhangye', admdvs_prefixes: ['6207'], article: '000 张掖' }, effective: { from: '2018-01-01', to: null, article: '000 张掖' } };
    writeFileSync(join(dir, 'cn-zhangye-resident-2018.json'), JSON.stringify(zhangye));
    const reg = loadPolicies(dir);
    expect(selectPolicy(reg, { insuplc_admdvs: '620702', insutype: 'resident', date: '2026-01-01' }).id).toBe('cn-zhangye-resident-2018');
    expect(selectPolicy(reg, { insuplc_admdvs: '620102', insutype: 'resident', date: '2026-01-01' }).id).toBe('cn-gansu-resident-2007');
    expect(selectPolicy(reg, { insuplc_admdvs: '620702', insutype: 'resident', date: '2017-06-01' }).id).toBe('cn-gansu-resident-2007');
    expect(selectPolicy(reg, { insuplc_admdvs: '620702', insutype: 'employee', date: '2026-01-01' }).id).toBe('cn-demo-employee-2026');
  });

  it('refuses a file whose id does not match its name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'policies-'));
    writeFileSync(join(dir, 'other.json'), JSON.stringify(shipped('cn-gansu-resident-2007')));
    expect(() => loadPolicies(dir)).toThrow(expect.objectContaining({ code: 'GW_POLICY_FILE_INVALID', details: expect.objectContaining({ path: 'id' }) }));
  });

  it('no policy for the region, type and date is an error, not a guess', () => {
    const reg = loadPolicies();
    expect(() => selectPolicy(reg, { insuplc_admdvs: '110101', insutype: 'resident', date: '2026-01-01' })).toThrow(expect.objectContaining({ code: 'GW_POLICY_NOT_FOUND' }));
    expect(selectPolicy(reg, { insuplc_admdvs: '110101', insutype: 'employee', date: '2026-01-01' }).id).toBe('cn-demo-employee-2026');
  });
});
