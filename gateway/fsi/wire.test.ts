import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isLosslessNumber, num, parseFsiJson, stringifyFsiJson } from './wire.ts';
import { readDecimal } from './fields.ts';

describe('national-interface JSON', () => {
  it('keeps the source text of every number (16.00 stays "16.00", not the float 16)', () => {
    const v = parseFsiJson('{"det_item_fee_sumamt":16.00,"cnt":20,"pric":0.800000,"big":12345678901234.99}') as Record<string, unknown>;
    for (const [k, text] of [['det_item_fee_sumamt', '16.00'], ['cnt', '20'], ['pric', '0.800000'], ['big', '12345678901234.99']] as const) {
      expect(isLosslessNumber(v[k])).toBe(true);
      expect((v[k] as { value: string }).value).toBe(text);
    }
  });

  it('writes amounts as number literals with their places, or as strings for regions that answer strings', () => {
    const answer = { infcode: 0, output: { medfee_sumamt: num('51.00'), pool_prop_selfpay: num('0.5500'), psn_name: '张三' } };
    expect(stringifyFsiJson(answer, 'number')).toBe('{"infcode":0,"output":{"medfee_sumamt":51.00,"pool_prop_selfpay":0.5500,"psn_name":"张三"}}');
    expect(stringifyFsiJson(answer, 'string')).toBe('{"infcode":0,"output":{"medfee_sumamt":"51.00","pool_prop_selfpay":"0.5500","psn_name":"张三"}}');
  });

  it('refuses a body that is not JSON as an envelope error', () => {
    expect(() => parseFsiJson('{"infno":')).toThrow(expect.objectContaining({ code: 'GW_FSI_ENVELOPE' }));
  });

  it('write then read is the identity on every (16,2) amount, whichever way it travels', () => {
    const amount = fc.tuple(fc.bigInt({ min: -(10n ** 14n) + 1n, max: 10n ** 14n - 1n }), fc.integer({ min: 0, max: 99 }))
      .map(([yuan, fen]) => `${yuan < 0n ? '-' : ''}${yuan < 0n ? -yuan : yuan}.${String(fen).padStart(2, '0')}`);
    fc.assert(fc.property(amount, fc.constantFrom('number', 'string') as fc.Arbitrary<'number' | 'string'>, (a, style) => {
      const back = parseFsiJson(stringifyFsiJson({ a: num(a) }, style)) as { a: unknown };
      expect(readDecimal(back.a, 'amount')?.toFixed(2)).toBe(a.startsWith('-0.00') ? '0.00' : a);
    }));
  });
});
