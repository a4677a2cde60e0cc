import { describe, expect, it } from 'vitest';
import { hex } from '../apdu/errors.ts';
import { decodeCommand } from '../apdu/command.ts';
import {
  changePin,
  decodeChangePinData,
  decodePin,
  encodePin,
  externalAuthenticate,
  getChallenge,
  getResponse,
  internalAuthenticate,
  PSAM,
  readRecordByNumber,
  readRecordByTag,
  selectByName,
  selectEf,
  SSSE_AID,
  verifyPin,
} from './commands.ts';

describe('card and PSAM APDUs', () => {
  it('builds the reference bytes', () => {
    expect(hex(selectByName(SSSE_AID))).toBe('00A404000F7378312E73682EC9E7BBE1B1A3D5CF');
    expect(hex(selectEf(0xef05))).toBe('00A4020002EF05');
    expect(hex(readRecordByTag(0x07, 9, 5))).toBe('00B207280B');
    expect(hex(readRecordByTag(0x08, 18, 6))).toBe('00B2083014');
    expect(hex(readRecordByTag(0x09, 30))).toBe('00B2090020');
    expect(hex(readRecordByNumber(2, 0x14))).toBe('00B2020414');
    expect(hex(getResponse(0x13))).toBe('00C0000013');
    expect(hex(verifyPin('123456'))).toBe('0020000003123456');
    expect(hex(changePin('123456', '65432'))).toBe('805E010007123456FF65432F');
    expect(hex(getChallenge())).toBe('0084000008');
    expect(hex(externalAuthenticate(1, Buffer.alloc(8, 0xaa), Buffer.alloc(8, 0xbb)))).toBe(`0082000110${'AA'.repeat(8)}${'BB'.repeat(8)}`);
    expect(hex(internalAuthenticate(Buffer.alloc(8, 1), Buffer.alloc(8, 2)))).toBe(`0088000010${'01'.repeat(8)}${'02'.repeat(8)}`);
    expect(hex(PSAM.select())).toBe('00A4040006D15600000590');
    expect(hex(PSAM.readTerminalNumber())).toBe('00B0960006');
    expect(hex(PSAM.diversify(1, 1, Buffer.alloc(8, 0x15), Buffer.alloc(8, 1)))).toBe(`801A010110${'15'.repeat(8)}${'01'.repeat(8)}`);
    expect(hex(PSAM.cryptogram(Buffer.alloc(8, 9)))).toBe(`80FA000008${'09'.repeat(8)}`);
  });

  it('encodes PINs as packed BCD and decodes them back', () => {
    expect(hex(encodePin('12345'))).toBe('12345F');
    expect(decodePin(encodePin('12345'))).toBe('12345');
    expect(decodePin(encodePin('123456'))).toBe('123456');
    expect(decodeChangePinData(decodeCommand(changePin('1234', '567890')).data)).toEqual({ oldPin: '1234', newPin: '567890' });
    expect(() => encodePin('12a4')).toThrow();
    expect(() => decodePin(Buffer.from([0x1a]))).toThrow();
  });
});
