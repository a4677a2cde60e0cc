import { describe, expect, it } from 'vitest';
import { compactStamp, localDate, localDateTime } from './time.ts';

describe('interface clock formats', () => {
  it('writes China local time in both formats, across the UTC day boundary', () => {
    const at = new Date('2026-11-22T16:30:05.007Z');
    expect(localDateTime(at, 480)).toBe('2026-11-23 00:30:05');
    expect(localDate(at, 480)).toBe('2026-11-23');
    expect(compactStamp(at, 480)).toBe('20261123003005007');
    expect(localDateTime(at, 0)).toBe('2026-11-22 16:30:05');
  });
});
