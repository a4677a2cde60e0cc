import { describe, expect, it } from 'vitest';
import { atrHistoricalBytes } from './atr.ts';

describe('atrHistoricalBytes', () => {
  it('skips TB1 TC1 of a T=0 ATR', () => {
    const atr = Buffer.from('3B6F00008031806 5B0850300EF120FFF829000'.replace(/ /g, ''), 'hex');
    expect(atrHistoricalBytes(atr).toString('hex').toUpperCase()).toBe('80318065B0850300EF120FFF829000');
  });

  it('follows TD1 TD2 chains of a T=1 ATR', () => {
    // 3B 8F 80 01 | TD1=80 (T=0, TD2 follows), TD2=01 (T=1) | 15 historical bytes | TCK
    const atr = Buffer.from('3B8F8001804F0CA000000306030001000000006A', 'hex');
    expect(atrHistoricalBytes(atr).toString('hex').toUpperCase()).toBe('804F0CA0000003060300010000000000'.slice(0, 30));
  });

  it('gives nothing for a truncated ATR rather than throwing', () => {
    expect(atrHistoricalBytes(Buffer.from('3B', 'hex')).length).toBe(0);
    expect(atrHistoricalBytes(Buffer.from('3B80', 'hex')).length).toBe(0);
  });
});
