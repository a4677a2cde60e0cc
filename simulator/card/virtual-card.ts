/**
 * A virtual social security card: a pure state machine from command APDU to response APDU,
 * with no I/O — the vpcd link (vpcd-link.ts) puts it behind pcscd, the serial reader
 * emulator uses it in-process. It answers as protocol/sscard/SPEC.md and
 * shared/reference/social-security-card.md say, e.g.
 *   => 00A404000F7378312E73682EC9E7BBE1B1A3D5CF   <= 6F11840F7378…CF 9000   (T=1; T=0: 6113)
 *   => 00B207280B                                 <= 0709 413132333435363734 9000
 *   => 00B2083014                                 <= 0812 <ID number> 9000  (3.00: 6982 before external authentication)
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { CommandApdu } from '../../protocol/apdu/command.ts';
import { CodecError } from '../../protocol/apdu/errors.ts';
import { pinTriesLeft, SW } from '../../protocol/apdu/status-words.ts';
import { DF04_AID, decodeChangePinData, decodePin, FID, INS, SSSE_AID } from '../../protocol/sscard/commands.ts';
import { algorithmFor, cardFactor, cryptogram, KEY_ID } from '../../protocol/sscard/crypto.ts';
import { DF04_EF05_FIELDS, DF04_EF06_FIELDS, EF05_FIELDS, EF06_FIELDS, encodeFile } from '../../protocol/sscard/records.ts';
import { encodeRecord, type TlvRecord } from '../../protocol/sscard/tlv.ts';
import { buildAtr, cardHistoricalBytes, type CardProtocol } from './atr.ts';
import { IsoCard, sw } from './iso-card.ts';
import { CLONE_TEST_KEYS, DEMO_TEST_KEYS, personaliseCardKeys, type CardKeys, type KeySet } from './keys.ts';
import { protocolOf, type CardProfile } from './profile.ts';

export { VirtualPsam } from './virtual-psam.ts';
export { CardNotPoweredError } from './iso-card.ts';

type Df = 'MF' | 'SSSE' | 'DF04';
type EfId = 'SSSE/EF05' | 'SSSE/EF06' | 'DF04/EF05' | 'DF04/EF06';

/** EF06 record order by generation (SPEC.md "READ RECORD"). */
const EF06_ORDER: Readonly<Record<CardProfile['generation'], readonly number[]>> = {
  '1.00': [0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d],
  '2.00': [0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x4e],
  '3.00': [0x08, 0x09, 0x4e, 0x0a, 0x0b, 0x0c, 0x0d],
};

/** FCI returned by SELECT by name: `6F L 84 len AID`. */
function fci(aid: Buffer): Buffer {
  return Buffer.concat([Buffer.from([0x6f, aid.length + 2, 0x84, aid.length]), aid]);
}

export interface VirtualCardOptions {
  /** Source of GET CHALLENGE randomness (tests inject a fixed one). */
  readonly random?: (size: number) => Buffer;
}

export class VirtualCard extends IsoCard {
  readonly profile: CardProfile;
  protected readonly protocol: CardProtocol;
  private readonly keys: CardKeys;
  private readonly files: ReadonlyMap<EfId, readonly TlvRecord[]>;
  private readonly random: (size: number) => Buffer;
  private readonly atrBytes: Buffer;
  private readonly factor: Buffer;

  // persistent (EEPROM) state
  private pin: string;
  private pinTries: number;

  // volatile state, cleared at power on / reset
  private df: Df = 'MF';
  private ef: EfId | undefined;
  private challenge: Buffer | undefined;
  private externalAuthenticated = false;

  constructor(profile: CardProfile, keys: KeySet = DEMO_TEST_KEYS, options: VirtualCardOptions = {}) {
    super();
    this.profile = profile;
    this.protocol = protocolOf(profile);
    const algorithm = algorithmFor(profile.generation);
    // A clone copies the files but not the keys: its internal key comes from another master, and
    // (the forger's card checks nothing) it accepts any external cryptogram — SPEC.md.
    this.keys = personaliseCardKeys(algorithm, profile.ef05.cardIdCode, keys, profile.clone ? CLONE_TEST_KEYS : keys);
    this.factor = cardFactor(profile.ef05.cardIdCode);
    this.random = options.random ?? randomBytes;
    this.pin = profile.pin;
    this.pinTries = profile.pinTries;
    this.atrBytes = buildAtr(this.protocol, cardHistoricalBytes(profile.generation, this.factor));
    const ef06 = encodeFile(EF06_FIELDS, profile.ef06);
    const order = EF06_ORDER[profile.generation];
    this.files = new Map<EfId, readonly TlvRecord[]>([
      ['SSSE/EF05', encodeFile(EF05_FIELDS, profile.ef05)],
      ['SSSE/EF06', order.flatMap((tag) => ef06.filter((r) => r.tag === tag))],
      ['DF04/EF05', encodeFile(DF04_EF05_FIELDS, profile.df04.ef05)],
      ['DF04/EF06', encodeFile(DF04_EF06_FIELDS, profile.df04.ef06)],
    ]);
  }

  atr(): Buffer {
    return Buffer.from(this.atrBytes);
  }

  /** PIN tries left (persistent across power cycles, like the card's EEPROM). */
  get pinTriesLeft(): number {
    return this.pinTries;
  }

  protected resetVolatile(): void {
    this.df = 'MF';
    this.ef = undefined;
    this.challenge = undefined;
    this.externalAuthenticated = false;
  }

  protected handle(cmd: CommandApdu): Buffer {
    const challenge = this.challenge;
    this.challenge = undefined; // R is good for the next command only
    if (cmd.cla !== 0x00 && cmd.cla !== 0x80) return sw(SW.CLA_NOT_SUPPORTED);
    switch (cmd.ins) {
      case INS.SELECT:
        return this.select(cmd);
      case INS.READ_RECORD:
        return this.readRecord(cmd);
      case INS.VERIFY:
        return this.verify(cmd);
      case INS.CHANGE_PIN:
        return cmd.cla === 0x80 ? this.changePin(cmd) : sw(SW.CLA_NOT_SUPPORTED);
      case INS.GET_CHALLENGE:
        return this.getChallenge(cmd);
      case INS.EXTERNAL_AUTHENTICATE:
        return this.externalAuthenticate(cmd, challenge);
      case INS.INTERNAL_AUTHENTICATE:
        return this.internalAuthenticate(cmd);
      default:
        return sw(SW.INS_NOT_SUPPORTED);
    }
  }

  // 00A4 04 00 0F <SSSE name> | 00A4 02 00 02 EF05 | 00A4 00 00 02 3F00
  private select(cmd: CommandApdu): Buffer {
    const noFci = cmd.p2 === 0x0c;
    if (cmd.p2 !== 0x00 && !noFci) return sw(SW.WRONG_P1P2);
    if (cmd.p1 === 0x04) {
      const target: Df | undefined = cmd.data.equals(SSSE_AID) ? 'SSSE' : cmd.data.equals(DF04_AID) ? 'DF04' : undefined;
      if (!target) return sw(SW.FILE_NOT_FOUND);
      // the security state belongs to the application: leaving it closes what was opened
      if (target !== this.df) this.externalAuthenticated = false;
      this.df = target;
      this.ef = undefined;
      return noFci ? sw(SW.OK) : this.answerWithData(fci(cmd.data));
    }
    if (cmd.p1 !== 0x00 && cmd.p1 !== 0x01 && cmd.p1 !== 0x02) return sw(SW.WRONG_P1P2);
    if (cmd.data.length !== 2) return sw(SW.WRONG_LENGTH);
    const fid = cmd.data.readUInt16BE(0);
    if (fid === FID.MF && cmd.p1 === 0x00) {
      this.externalAuthenticated = false;
      this.df = 'MF';
      this.ef = undefined;
      return sw(SW.OK);
    }
    if (fid === 0xdf04 && cmd.p1 !== 0x02) {
      if (this.df !== 'DF04') this.externalAuthenticated = false;
      this.df = 'DF04';
      this.ef = undefined;
      return sw(SW.OK);
    }
    if ((fid === FID.EF05 || fid === FID.EF06) && cmd.p1 !== 0x01 && this.df !== 'MF') {
      this.ef = `${this.df}/${fid === FID.EF05 ? 'EF05' : 'EF06'}`;
      return sw(SW.OK);
    }
    return sw(SW.FILE_NOT_FOUND);
  }

  // 00B2 <tag> <SFI<<3> <Le> | 00B2 <n> 04 <Le>
  private readRecord(cmd: CommandApdu): Buffer {
    const sfi = cmd.p2 >> 3;
    const mode = cmd.p2 & 0x07;
    if (mode !== 0 && mode !== 4) return sw(SW.WRONG_P1P2);
    if (mode === 4 && cmd.p1 === 0) return sw(SW.WRONG_P1P2);
    let ef = this.ef;
    if (sfi !== 0) {
      if (this.profile.generation === '1.00') return sw(SW.WRONG_P1P2);
      if (this.df === 'MF' || (sfi !== 5 && sfi !== 6)) return sw(SW.FILE_NOT_FOUND);
      ef = `${this.df}/${sfi === 5 ? 'EF05' : 'EF06'}`;
      this.ef = ef;
    }
    if (!ef) return sw(SW.NO_CURRENT_EF);
    if (ef === 'SSSE/EF06' && this.profile.generation === '3.00' && !this.externalAuthenticated) return sw(SW.SECURITY_NOT_SATISFIED);
    const records = this.files.get(ef) ?? [];
    const record = mode === 0 ? records.find((r) => r.tag === cmd.p1) : records[cmd.p1 - 1];
    if (!record) return sw(SW.RECORD_NOT_FOUND);
    return this.answerRead(cmd, encodeRecord(record));
  }

  // 0020 0000 <Lc> <PIN packed BCD>
  private verify(cmd: CommandApdu): Buffer {
    if (cmd.p1 !== 0x00 || cmd.p2 !== 0x00) return sw(SW.WRONG_P1P2);
    if (this.pinTries === 0) return sw(SW.BLOCKED);
    if (cmd.data.length === 0) return sw(pinTriesLeft(this.pinTries));
    let pin: string;
    try {
      pin = decodePin(cmd.data);
    } catch (err) {
      if (err instanceof CodecError) return sw(SW.WRONG_DATA);
      throw err;
    }
    return this.checkPin(pin);
  }

  private checkPin(pin: string): Buffer {
    if (pin === this.pin) {
      this.pinTries = this.profile.pinMaxTries;
      return sw(SW.OK);
    }
    this.pinTries -= 1;
    return this.pinTries === 0 ? sw(SW.BLOCKED) : sw(pinTriesLeft(this.pinTries));
  }

  // 805E 0100 <Lc> <old> FF <new>
  private changePin(cmd: CommandApdu): Buffer {
    if (cmd.p1 !== 0x01 || cmd.p2 !== 0x00) return sw(SW.WRONG_P1P2);
    if (this.pinTries === 0) return sw(SW.BLOCKED);
    let pins: { oldPin: string; newPin: string };
    try {
      pins = decodeChangePinData(cmd.data);
    } catch (err) {
      if (err instanceof CodecError) return sw(SW.WRONG_DATA);
      throw err;
    }
    const answer = this.checkPin(pins.oldPin);
    if (answer.readUInt16BE(0) === SW.OK) this.pin = pins.newPin;
    return answer;
  }

  // 0084 0000 08
  private getChallenge(cmd: CommandApdu): Buffer {
    if (cmd.p1 !== 0 || cmd.p2 !== 0) return sw(SW.WRONG_P1P2);
    const r = this.random(8);
    const answer = this.answerRead(cmd, r);
    if (answer.length === 10) this.challenge = r;
    return answer;
  }

  // 0082 00 <keyId> 10 <C(Kext, R) 8> <R 8>
  private externalAuthenticate(cmd: CommandApdu, challenge: Buffer | undefined): Buffer {
    if (cmd.p1 !== 0x00) return sw(SW.WRONG_P1P2);
    if (cmd.data.length !== 16) return sw(SW.WRONG_LENGTH);
    if (cmd.p2 !== KEY_ID.RKSSSE) return sw(SW.REFERENCED_DATA_NOT_FOUND);
    const given = cmd.data.subarray(0, 8);
    const r = cmd.data.subarray(8, 16);
    if (!challenge || !challenge.equals(r)) return sw(SW.CONDITIONS_NOT_SATISFIED);
    const expected = cryptogram(this.keys.algorithm, this.keys.external, challenge);
    if (!this.profile.clone && !timingSafeEqual(expected, given)) return sw(SW.AUTH_FAILED);
    this.externalAuthenticated = true;
    return sw(SW.OK);
  }

  // 0088 0000 10 <card factor 8> <data 8>
  private internalAuthenticate(cmd: CommandApdu): Buffer {
    if (cmd.p1 !== 0x00 || cmd.p2 !== 0x00) return sw(SW.WRONG_P1P2);
    if (cmd.data.length !== 16) return sw(SW.WRONG_LENGTH);
    if (!cmd.data.subarray(0, 8).equals(this.factor)) return sw(SW.WRONG_DATA);
    return this.answerWithData(cryptogram(this.keys.algorithm, this.keys.internal, cmd.data.subarray(8, 16)));
  }
}

