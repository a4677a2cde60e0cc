import { describe, expect, it } from 'vitest';
import { crc16 } from './crc16.ts';

describe('crc16 (CRC-16/CCITT-FALSE)', () => {
  it('gives the catalogue check value 29B1 for "123456789"', () => {
    expect(crc16(Buffer.from('123456789', 'ascii'))).toBe(0x29b1);
  });

  it('is the initial value FFFF for no bytes', () => {
    expect(crc16(Buffer.alloc(0))).toBe(0xffff);
  });
});
