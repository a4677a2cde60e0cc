import { describe, expect, it } from 'vitest';
import { Fields } from './fields.ts';
import { parseFsiJson } from './wire.ts';

const LENGTHS = { psn_no: 30, feedetl_sn: 30 };
const of = (json: string) => Fields.of(parseFsiJson(json), 'input', LENGTHS);

describe('reading input fields', () => {
  it('reads an amount sent as a number, as a string or without places as the same money', () => {
    const f = of('{"a":16,"b":"16.0","c":16.00,"d":" 16.00 ","e":1.6e1}');
    for (const k of ['a', 'b', 'c', 'd', 'e']) expect(f.amount(k)).toBe('16.00');
  });

  it('refuses more places than the interface allows, naming the field', () => {
    const f = of('{"data":{"medfee_sumamt":16.005},"feedetail":[{"cnt":1.00001},{"pric":-1}]}');
    expect(() => f.obj('data').amount('medfee_sumamt')).toThrow(expect.objectContaining({ code: 'GW_VALIDATION', details: { path: 'input.data.medfee_sumamt' } }));
    expect(() => f.list('feedetail')[0]!.quantity('cnt')).toThrow(expect.objectContaining({ details: { path: 'input.feedetail[0].cnt' } }));
    expect(() => f.list('feedetail')[1]!.price('pric')).toThrow(expect.objectContaining({ details: { path: 'input.feedetail[1].pric' } }));
  });

  it('reads quantities and prices in plain notation, keeping a refund\'s minus sign', () => {
    const f = of('{"cnt":-2.0000,"pric":"0.800000","big":123456789012.3456}');
    expect(f.quantity('cnt')).toBe('-2');
    expect(f.price('pric')).toBe('0.8');
    expect(f.quantity('big')).toBe('123456789012.3456');
  });

  it('reads codes sent as numbers as their digits and enforces the profile\'s lengths', () => {
    const f = of(`{"insutype":390,"psn_no":"${'9'.repeat(31)}","flag":"2"}`);
    expect(f.text('insutype')).toBe('390');
    expect(() => f.text('psn_no')).toThrow(expect.objectContaining({ details: { path: 'input.psn_no' } }));
    expect(() => f.code('flag', ['0', '1'])).toThrow(expect.objectContaining({ details: { path: 'input.flag' } }));
    expect(() => f.text('absent')).toThrow(/input.absent is required/);
  });

  it('reads date-times in the interface format and tolerates the compact one', () => {
    const f = of('{"a":"2026-11-22 21:03:37","b":"20261122210337","c":"2026-11-22","d":"2026-02-30 00:00:00"}');
    expect(f.dateTime('a')).toBe('2026-11-22 21:03:37');
    expect(f.dateTime('b')).toBe('2026-11-22 21:03:37');
    expect(f.optDate('c')).toBe('2026-11-22');
    expect(() => f.dateTime('d')).toThrow(/not a real date-time/);
  });

  it('reads a single object where a list is expected as a list of one', () => {
    expect(of('{"feedetail":{"feedetl_sn":"1"}}').list('feedetail').map((l) => l.text('feedetl_sn'))).toEqual(['1']);
    expect(() => of('{"feedetail":[]}').list('feedetail', { min: 1 })).toThrow(/at least one/);
  });
});
