import { describe, expect, it } from 'vitest';
import { classifyStatusWord, describeStatusWord, moreData, pinTriesLeft, SW, wrongLe } from './status-words.ts';

describe('status words', () => {
  it('names every status word the card speaks', () => {
    const named = [0x9000, 0x6a82, 0x6a83, 0x6a86, 0x6982, 0x6983, 0x6985, 0x6300, 0x6a88, 0x6a81, 0x6d00, 0x6e00, 0x6700];
    for (const sw of named) expect(describeStatusWord(sw).name).not.toBe('UNKNOWN');
    expect(describeStatusWord(0x610b)).toMatchObject({ name: 'MORE_DATA', hex: '610B' });
    expect(describeStatusWord(0x6c14)).toMatchObject({ name: 'WRONG_LE' });
    expect(describeStatusWord(0x63c2).zh).toContain('2');
  });

  it('classifies the parametrised families as values', () => {
    expect(classifyStatusWord(SW.OK)).toEqual({ kind: 'ok' });
    expect(classifyStatusWord(moreData(0x13))).toEqual({ kind: 'moreData', available: 0x13 });
    expect(classifyStatusWord(0x6100)).toEqual({ kind: 'moreData', available: 256 });
    expect(classifyStatusWord(wrongLe(0x0b))).toEqual({ kind: 'wrongLe', exact: 0x0b });
    expect(classifyStatusWord(pinTriesLeft(1))).toEqual({ kind: 'pinWrong', triesLeft: 1 });
    expect(classifyStatusWord(SW.AUTH_FAILED)).toEqual({ kind: 'error', sw: 0x6300, name: 'AUTH_FAILED' });
    expect(classifyStatusWord(0x6283)).toMatchObject({ kind: 'warning' });
    expect(classifyStatusWord(SW.FILE_NOT_FOUND)).toEqual({ kind: 'error', sw: 0x6a82, name: 'FILE_NOT_FOUND' });
  });
});
