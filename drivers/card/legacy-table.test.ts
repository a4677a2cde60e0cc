/**
 * The reader-DLL table in drivers/card/README.md is the HIS vendor's reference: it must name
 * every GW_CARD_* code the gateway can answer, and each code's row must give the number the
 * gateway actually puts in `details.legacy_code`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../gateway/errors/registry.ts';
import { LEGACY } from './legacy-codes.ts';

const readme = readFileSync(new URL('./README.md', import.meta.url), 'utf8');
const section = readme.slice(readme.indexOf('## Failures'), readme.indexOf('## Adding a vendor'));
const rows = section.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| driver error') && !l.startsWith('|---'));

describe('the reader-DLL table', () => {
  it('lists every GW_CARD_* code', () => {
    const cardCodes = Object.keys(ERROR_CODES).filter((c) => c.startsWith('GW_CARD_'));
    expect(cardCodes.length).toBeGreaterThan(20);
    const missing = cardCodes.filter((c) => !rows.some((r) => r.includes(`\`${c}\``)));
    expect(missing).toEqual([]);
  });

  it('gives each code a number the driver defines, or says why it has none', () => {
    const known = new Set<number>(Object.values(LEGACY));
    for (const row of rows) {
      const last = row.split('|').at(-2)!.trim();
      if (last.startsWith('none:')) continue;
      const numbers = [...last.matchAll(/−(\d+)/g)].map((m) => -Number(m[1]));
      expect(numbers.length, row).toBeGreaterThan(0);
      for (const n of numbers) expect(known.has(n), `${n} in ${row}`).toBe(true);
    }
  });
});
