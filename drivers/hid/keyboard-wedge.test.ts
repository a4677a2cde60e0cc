import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyboardWedgeDecoder, encodeKeyboardReports } from './keyboard-wedge.ts';

const hex = (h: string): Buffer => Buffer.from(h.replace(/ /g, ''), 'hex');
const printable = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 200 });

function decodeAll(decoder: KeyboardWedgeDecoder, reports: Buffer[]): Array<{ text: string; unmapped: number }> {
  return reports.flatMap((r) => decoder.push(r));
}

describe('keyboard-wedge decoder (boot keyboard reports, US layout)', () => {
  it('decodes the worked example: Shift+04 "A", release, 1E "1", release, Enter', () => {
    const decoder = new KeyboardWedgeDecoder();
    const scans = decodeAll(decoder, [hex('02 00 04 00 00 00 00 00'), hex('00'.repeat(8)), hex('00 00 1E 00 00 00 00 00'), hex('00'.repeat(8)), hex('00 00 28 00 00 00 00 00')]);
    expect(scans).toEqual([{ text: 'A1', unmapped: 0 }]);
  });

  it('encoder and decoder are inverses over printable ASCII, with or without a report ID', () => {
    fc.assert(
      fc.property(printable, fc.option(fc.integer({ min: 1, max: 255 }), { nil: undefined }), (text, reportId) => {
        const decoder = new KeyboardWedgeDecoder(reportId === undefined ? {} : { reportId });
        const reports = encodeKeyboardReports(text, reportId === undefined ? {} : { reportId });
        expect(decodeAll(decoder, reports)).toEqual([{ text, unmapped: 0 }]);
        expect(decoder.pending).toBe('');
      }),
    );
  });

  it('a key held over several reports is one press; two keys in one report are two presses in order', () => {
    const decoder = new KeyboardWedgeDecoder();
    const scans = decodeAll(decoder, [hex('00 00 04 00 00 00 00 00'), hex('00 00 04 00 00 00 00 00'), hex('00 00 04 05 00 00 00 00'), hex('00'.repeat(8)), hex('00 00 28 00 00 00 00 00')]);
    expect(scans).toEqual([{ text: 'ab', unmapped: 0 }]);
  });

  it('Caps Lock toggles letters only; keypad digits type digits; Tab terminates when asked', () => {
    const decoder = new KeyboardWedgeDecoder({ terminators: ['tab'] });
    const reports = ['00 00 39', '00 00 00', '00 00 04', '00 00 00', '02 00 04', '00 00 00', '00 00 1E', '00 00 00', '00 00 59', '00 00 00', '00 00 2B'].map((r) => hex(`${r} 00 00 00 00 00`));
    expect(decodeAll(decoder, reports)).toEqual([{ text: 'Aa11', unmapped: 0 }]);
  });

  it('Ctrl/Alt chords and keys off the layout are counted as unmapped', () => {
    const decoder = new KeyboardWedgeDecoder();
    const reports = ['01 00 04', '00 00 00', '00 00 3A', '00 00 00', '00 00 05', '00 00 28'].map((r) => hex(`${r} 00 00 00 00 00`));
    expect(decodeAll(decoder, reports)).toEqual([{ text: 'b', unmapped: 2 }]);
  });

  it('ignores rollover reports and counts reports of the wrong shape', () => {
    const decoder = new KeyboardWedgeDecoder({ reportId: 1 });
    expect(decoder.push(hex('01 00 00 01 01 01 01 01 01'))).toEqual([]);
    expect(decoder.push(hex('02 00 00 04 00 00 00 00 00'))).toEqual([]);
    expect(decoder.push(hex('01 00'))).toEqual([]);
    expect(decoder.malformed).toBe(2);
  });

  it('never throws on random reports (fuzz)', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 12 }), { maxLength: 50 }), (reports) => {
        const decoder = new KeyboardWedgeDecoder();
        for (const r of reports) for (const scan of decoder.push(Buffer.from(r))) expect(typeof scan.text).toBe('string');
      }),
    );
  });

  it('refuses to encode a character with no key on the US layout', () => {
    expect(() => encodeKeyboardReports('医保')).toThrow(RangeError);
  });
});
