/**
 * A virtual PSAM speaking the product's dialect `yibao-psam-v1` (protocol/sscard/SPEC.md):
 *   => 00A4040006D15600000590        <= 9000
 *   => 00B0960006                    <= 152201000001 9000      (terminal number, BCD)
 *   => 801A 01 01 10 <city 8><card 8> <= 9000                  (diversify RKSSSE for SM4)
 *   => 80FA000008 <R 8>              <= <C(Kcard, R) 8> 9000
 * It holds the master keys (the demo test keys unless given others) and can be made to lack
 * an algorithm (6A81 → −2202) or a key (6A88 → −2203).
 */
import type { CommandApdu } from '../../protocol/apdu/command.ts';
import { SW } from '../../protocol/apdu/status-words.ts';
import { INS, PSAM_AID } from '../../protocol/sscard/commands.ts';
import { ALGORITHM_CODE, cardKey, cryptogram, KEY_ID, type CardAlgorithm } from '../../protocol/sscard/crypto.ts';
import { encodeBcd } from '../../protocol/sscard/fields.ts';
import { buildAtr, type CardProtocol } from './atr.ts';
import { IsoCard, sw } from './iso-card.ts';
import { DEMO_TEST_KEYS, type KeySet } from './keys.ts';

export interface PsamProfile {
  /** 12-digit terminal number (6 bytes BCD), read with `00B0960006`. */
  readonly terminalNumber: string;
  readonly algorithms: readonly CardAlgorithm[];
  /** Key ids the PSAM holds: 01 RKSSSE, 02 IKSSSE. */
  readonly keyIds: readonly number[];
}

export const DEFAULT_PSAM: PsamProfile = {
  terminalNumber: '152201000001',
  algorithms: ['sm4', '3des'],
  keyIds: [KEY_ID.RKSSSE, KEY_ID.IKSSSE],
};

/** Named PSAM variants for tests of the PSAM error paths. */
export const PSAM_VARIANTS = {
  standard: DEFAULT_PSAM,
  'no-sm4': { ...DEFAULT_PSAM, algorithms: ['3des'] },
  'no-rkssse': { ...DEFAULT_PSAM, keyIds: [KEY_ID.IKSSSE] },
} as const satisfies Record<string, PsamProfile>;

export class VirtualPsam extends IsoCard {
  readonly profile: PsamProfile;
  protected readonly protocol: CardProtocol = 'T=1';
  private readonly keys: KeySet;
  private readonly atrBytes = buildAtr('T=1', Buffer.from('YBPSAM01', 'latin1'));
  private selected = false;
  private session: { algorithm: CardAlgorithm; key: Buffer } | undefined;

  constructor(profile: PsamProfile = DEFAULT_PSAM, keys: KeySet = DEMO_TEST_KEYS) {
    super();
    this.profile = profile;
    this.keys = keys;
  }

  atr(): Buffer {
    return Buffer.from(this.atrBytes);
  }

  protected resetVolatile(): void {
    this.selected = false;
    this.session = undefined;
  }

  protected handle(cmd: CommandApdu): Buffer {
    if (cmd.cla !== 0x00 && cmd.cla !== 0x80) return sw(SW.CLA_NOT_SUPPORTED);
    if (cmd.cla === 0x00 && cmd.ins === INS.SELECT) {
      if (cmd.p1 !== 0x04) return sw(SW.WRONG_P1P2);
      if (!cmd.data.equals(PSAM_AID)) return sw(SW.FILE_NOT_FOUND);
      this.selected = true;
      this.session = undefined;
      return sw(SW.OK);
    }
    const known = (cmd.cla === 0x00 && cmd.ins === INS.READ_BINARY) || (cmd.cla === 0x80 && (cmd.ins === INS.PSAM_DIVERSIFY || cmd.ins === INS.PSAM_CRYPTOGRAM));
    if (!known) return sw(SW.INS_NOT_SUPPORTED);
    if (!this.selected) return sw(SW.CONDITIONS_NOT_SATISFIED);
    switch (cmd.ins) {
      case INS.READ_BINARY:
        if (cmd.p1 !== 0x96 || cmd.p2 !== 0x00) return sw(SW.WRONG_P1P2);
        return this.answerRead(cmd, encodeBcd(this.profile.terminalNumber, 6));
      case INS.PSAM_DIVERSIFY:
        return this.diversify(cmd);
      default:
        return this.cryptogram(cmd);
    }
  }

  // 801A <keyId> <alg> 10 <city factor 8> <card factor 8>
  private diversify(cmd: CommandApdu): Buffer {
    this.session = undefined;
    const algorithm = (Object.keys(ALGORITHM_CODE) as CardAlgorithm[]).find((a) => ALGORITHM_CODE[a] === cmd.p2);
    if (!algorithm || !this.profile.algorithms.includes(algorithm)) return sw(SW.FUNCTION_NOT_SUPPORTED);
    const master = cmd.p1 === KEY_ID.RKSSSE ? this.keys.rkssse : cmd.p1 === KEY_ID.IKSSSE ? this.keys.ikssse : undefined;
    if (!master || !this.profile.keyIds.includes(cmd.p1)) return sw(SW.REFERENCED_DATA_NOT_FOUND);
    if (cmd.data.length !== 16) return sw(SW.WRONG_LENGTH);
    this.session = { algorithm, key: cardKey(algorithm, master, cmd.data.subarray(0, 8), cmd.data.subarray(8, 16)) };
    return sw(SW.OK);
  }

  // 80FA 0000 08 <x 8>
  private cryptogram(cmd: CommandApdu): Buffer {
    if (cmd.p1 !== 0x00 || cmd.p2 !== 0x00) return sw(SW.WRONG_P1P2);
    if (!this.session) return sw(SW.CONDITIONS_NOT_SATISFIED);
    if (cmd.data.length !== 8) return sw(SW.WRONG_LENGTH);
    return this.answerWithData(cryptogram(this.session.algorithm, this.session.key, cmd.data));
  }
}
