/**
 * The social security card application (LD/T 32 as in shared/reference/social-security-card.md,
 * with the product's choices in protocol/sscard/SPEC.md): select SSSE, read EF05/EF06 by
 * tag, PIN, external authentication through the PSAM, internal authentication, DF04.
 *
 * Fewest APDUs, by design:
 * - records are addressed by tag with the SFI in P2 (`00B2 07 28 0B`), which saves every
 *   SELECT EF; a 1.0 card answers `6A86` once, and from then on this object selects the EF
 *   and reads in the current EF (`00A4020002EF05`, `00B2 07 00 0B`);
 * - only the fields an identity needs are read: EF05 01 03 05 06 07 and EF06 08 09 (+4E on
 *   2.0/3.0). Sex and birth date are taken from the verified ID number unless the caller
 *   asks for the holder details (0A 0B 0C 0D);
 * - external authentication only where it is needed (3.0 cards, or when EF06 answers `6982`);
 * - the PSAM application is opened once per PSAM session.
 * A 3.0 card's identity: 1 SELECT + 5 EF05 + GET CHALLENGE + EXTERNAL AUTHENTICATE + 3 EF06
 * = 11 card APDUs, plus 2 PSAM APDUs (diversify, cryptogram), plus 2 once per PSAM session.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { CodecError } from '../../protocol/apdu/errors.ts';
import { classifyStatusWord, SW } from '../../protocol/apdu/status-words.ts';
import { isValidCardNumber, isValidIdNumber, idNumberBirthDate, idNumberSex } from '../../protocol/sscard/check-chars.ts';
import * as apdu from '../../protocol/sscard/commands.ts';
import { algorithmFor, cardFactor, cityFactor, KEY_ID } from '../../protocol/sscard/crypto.ts';
import {
  DF04_EF05_FIELDS,
  DF04_EF06_FIELDS,
  decodeFieldRecord,
  EF05_FIELDS,
  EF06_FIELDS,
  parseCardIdCode,
  SPEC_VERSIONS,
  type FieldDef,
  type SpecVersion,
} from '../../protocol/sscard/records.ts';
import { decodeRecord } from '../../protocol/sscard/tlv.ts';
import { expectSuccess, type CardChannel } from '../pcsc/card-channel.ts';
import { CardStatusError, isCardStatusError } from '../pcsc/errors.ts';
import { atrHistoricalBytes } from './atr.ts';
import { CardApplicationError } from './errors.ts';
import type { CardIdentity, MedicalRecords } from './identity.ts';
import type { Psam } from './psam.ts';

/** PIN verification and change outcomes are values (STYLE.md item 8). */
export type PinOutcome = { readonly kind: 'ok' } | { readonly kind: 'wrong'; readonly triesLeft: number } | { readonly kind: 'blocked' };

export interface IdentityReadOptions {
  /** The PSAM session; needed for 3.0 cards (EF06) and for the genuineness check. */
  readonly psam?: Psam | null;
  /** Internal authentication: the card proves it holds the issuer's key (clone check). */
  readonly verifyGenuine?: boolean;
  /** Also read sex, nation, birthplace and birth date from EF06 (four more APDUs). */
  readonly holderDetails?: boolean;
}

interface FileRef {
  readonly app: 'SSSE' | 'DF04';
  readonly fid: number;
  readonly sfi: number;
  readonly defs: readonly FieldDef[];
}

const SSSE_EF05: FileRef = { app: 'SSSE', fid: apdu.FID.EF05, sfi: apdu.SFI.EF05, defs: EF05_FIELDS };
const SSSE_EF06: FileRef = { app: 'SSSE', fid: apdu.FID.EF06, sfi: apdu.SFI.EF06, defs: EF06_FIELDS };
const DF04_EF05: FileRef = { app: 'DF04', fid: apdu.FID.EF05, sfi: 5, defs: DF04_EF05_FIELDS };
const DF04_EF06: FileRef = { app: 'DF04', fid: apdu.FID.EF06, sfi: 6, defs: DF04_EF06_FIELDS };

const invalid = (message: string, cause?: unknown): CardApplicationError => new CardApplicationError('invalid-data', message, { cause });

export class SocialSecurityCard {
  readonly channel: CardChannel;
  /** undefined until the card shows whether it takes SFI addressing */
  #sfi: boolean | undefined;
  #app: 'SSSE' | 'DF04' | null = null;
  #currentEf: FileRef | null = null;
  #authenticated = false;

  constructor(channel: CardChannel) {
    this.channel = channel;
  }

  /** Reads the identity inside one exclusive transaction on the user card. */
  async readIdentity(options: IdentityReadOptions = {}): Promise<CardIdentity> {
    const psam = options.psam ?? null;
    const psamBefore = psam?.channel.apduCount ?? 0;
    const cardBefore = this.channel.apduCount;
    return this.channel.transaction(async () => {
      await this.#select('SSSE');
      // the version first: it decides 4E, the algorithm and external authentication
      const specVersion = await this.#readString(SSSE_EF05, 0x03);
      if (!SPEC_VERSIONS.includes(specVersion as SpecVersion)) throw invalid(`unknown specification version ${JSON.stringify(specVersion)}`);
      const version = specVersion as SpecVersion;
      const cardIdCode = await this.#readString(SSSE_EF05, 0x01);
      let region: string;
      try {
        region = parseCardIdCode(cardIdCode).region;
      } catch (err) {
        throw invalid('the card identification code (EF05 tag 01) is malformed', err);
      }
      // the PSAM loads this card's key in its own slot while the card answers the next reads
      if (version === '3.00' && psam) void psam.prepare(this.#psamKey(KEY_ID.RKSSSE, cardIdCode, version)).catch(() => undefined);
      const issueDate = await this.#readString(SSSE_EF05, 0x05);
      const expiryDate = await this.#readString(SSSE_EF05, 0x06);
      const cardNumber = await this.#readString(SSSE_EF05, 0x07);
      if (!isValidCardNumber(cardNumber)) throw invalid(`card number ${cardNumber.slice(0, 3)}… fails its check character`);

      if (version === '3.00') await this.#externalAuthenticate(psam, cardIdCode, version);
      // likewise the internal-authentication key while EF06 is read (a failure surfaces at use)
      if (options.verifyGenuine && psam) void psam.prepare(this.#psamKey(KEY_ID.IKSSSE, cardIdCode, version)).catch(() => undefined);
      const idNumber = await this.#readHolder(psam, cardIdCode, version, 0x08);
      if (!isValidIdNumber(idNumber)) throw invalid('the ID number (EF06 tag 08) fails its check character');
      const baseName = await this.#readHolder(psam, cardIdCode, version, 0x09);
      const nameExtension = version === '1.00' ? undefined : await this.#readHolder(psam, cardIdCode, version, 0x4e, true);
      let sex = idNumberSex(idNumber);
      let birthDate = idNumberBirthDate(idNumber);
      let details: { nation?: string; birthplace?: string } = {};
      if (options.holderDetails) {
        const sexField = await this.#readHolder(psam, cardIdCode, version, 0x0a);
        if (sexField !== '1' && sexField !== '2') throw invalid(`sex (EF06 tag 0A) is ${JSON.stringify(sexField)}`);
        sex = sexField;
        details = { nation: await this.#readHolder(psam, cardIdCode, version, 0x0b), birthplace: await this.#readHolder(psam, cardIdCode, version, 0x0c) };
        birthDate = await this.#readHolder(psam, cardIdCode, version, 0x0d);
      }
      let internal = false;
      if (options.verifyGenuine) {
        await this.#internalAuthenticate(psam, cardIdCode, version);
        internal = true;
      }
      // the insured region is the medical application's (DF04 tag 80), not the issuer's
      const insuredRegion = await this.#insuredRegion();
      const atr = this.channel.handle.atr;
      const terminalNumber = psam?.terminalNumber ?? undefined;
      return {
        cardNumber,
        cardIdCode,
        region,
        ...(insuredRegion ? { insuredRegion } : {}),
        specVersion: version,
        issueDate,
        expiryDate,
        idNumber,
        name: baseName + (nameExtension ?? ''),
        ...(nameExtension ? { nameExtension } : {}),
        sex,
        birthDate,
        ...details,
        atr: atr.toString('hex').toUpperCase(),
        atrHistorical: atrHistoricalBytes(atr).toString('hex').toUpperCase(),
        ...(terminalNumber ? { terminalNumber } : {}),
        authentication: { external: this.#authenticated, internal },
        apdus: { card: this.channel.apduCount - cardBefore, psam: (psam?.channel.apduCount ?? 0) - psamBefore },
      } satisfies CardIdentity;
    });
  }

  /** VERIFY the holder PIN (`0020 0000 03 123456`): `63Cx` wrong with x tries left, `6983` blocked. */
  async verifyPin(pin: string): Promise<PinOutcome> {
    return this.channel.transaction(async () => {
      await this.#select('SSSE');
      const command = apdu.verifyPin(pin);
      return pinOutcome(await this.channel.send(command), command);
    });
  }

  /** CHANGE PIN (`805E 0100 07 <old> FF <new>`), same outcomes as verify for the old PIN. */
  async changePin(oldPin: string, newPin: string): Promise<PinOutcome> {
    return this.channel.transaction(async () => {
      await this.#select('SSSE');
      const command = apdu.changePin(oldPin, newPin);
      return pinOutcome(await this.channel.send(command), command);
    });
  }

  /**
   * Internal authentication on its own (e.g. before a settlement on a card read earlier):
   * resolves when the card is genuine, rejects with `not-genuine` when it is not.
   */
  async verifyGenuine(psam: Psam): Promise<void> {
    return this.channel.transaction(async () => {
      await this.#select('SSSE');
      const version = (await this.#readString(SSSE_EF05, 0x03)) as SpecVersion;
      const cardIdCode = await this.#readString(SSSE_EF05, 0x01);
      await this.#internalAuthenticate(psam, cardIdCode, version);
    });
  }

  /** DF04 medical records (AID D15600000503; SPEC.md "DF04"). */
  async readMedical(): Promise<MedicalRecords> {
    return this.channel.transaction(async () => {
      await this.#select('DF04');
      return {
        insuredRegion: await this.#readString(DF04_EF05, 0x80),
        insuranceType: await this.#readString(DF04_EF05, 0x81),
        personType: await this.#readString(DF04_EF05, 0x82),
        personNumber: await this.#readString(DF04_EF05, 0x83),
        lastOnline: await this.#readString(DF04_EF06, 0x90),
        offlineCount: await this.#readNumber(DF04_EF06, 0x92),
        offlineAmountFen: await this.#readNumber(DF04_EF06, 0x93),
      };
    });
  }

  /** DF04 EF05 tag 80, or undefined on a card without the medical application or the record. */
  async #insuredRegion(): Promise<string | undefined> {
    if (!(await this.#select('DF04', true))) return undefined;
    const value = await this.#readString(DF04_EF05, 0x80, true);
    return /^\d{6}$/.test(value) ? value : undefined;
  }

  // ---- authentication ----------------------------------------------------------------

  #psamKey(keyId: number, cardIdCode: string, version: SpecVersion): { keyId: number; algorithm: ReturnType<typeof algorithmFor>; cityFactor: Buffer; cardFactor: Buffer } {
    return { keyId, algorithm: algorithmFor(version), cityFactor: cityFactor(cardIdCode), cardFactor: cardFactor(cardIdCode) };
  }

  async #externalAuthenticate(psam: Psam | null, cardIdCode: string, version: SpecVersion): Promise<void> {
    if (!psam) throw new CardApplicationError('psam-missing', `a ${version} card needs the PSAM for external authentication, and there is none`);
    // 0084000008 → R; PSAM: C(Kext, R); 0082 00 01 10 <C> <R>
    const challenge = await this.channel.exchange(apdu.getChallenge());
    if (challenge.length !== 8) throw invalid(`GET CHALLENGE answered ${challenge.length} bytes`);
    const cryptogram = await psam.cryptogram({ ...this.#psamKey(KEY_ID.RKSSSE, cardIdCode, version), input: challenge });
    const command = apdu.externalAuthenticate(KEY_ID.RKSSSE, cryptogram, challenge);
    const response = await this.channel.send(command);
    if (response.sw === SW.AUTH_FAILED || classifyStatusWord(response.sw).kind === 'pinWrong') {
      throw new CardApplicationError('terminal-rejected', 'the card rejected the PSAM cryptogram (wrong RKSSSE key in the PSAM?)', {
        cause: new CardStatusError(response.sw, 'EXTERNAL AUTHENTICATE', 'authentication failed'),
      });
    }
    expectSuccess(response, command);
    this.#authenticated = true;
  }

  async #internalAuthenticate(psam: Psam | null, cardIdCode: string, version: SpecVersion): Promise<void> {
    if (!psam) throw new CardApplicationError('psam-missing', 'checking that the card is genuine needs the PSAM, and there is none');
    const data = randomBytes(8);
    const factor = cardFactor(cardIdCode);
    // the PSAM works in its own reader while the card computes: both run at once
    const [answer, expected] = await Promise.all([
      this.channel.exchange(apdu.internalAuthenticate(factor, data)),
      psam.cryptogram({ ...this.#psamKey(KEY_ID.IKSSSE, cardIdCode, version), input: data }),
    ]);
    if (answer.length !== expected.length || !timingSafeEqual(answer, expected)) {
      throw new CardApplicationError('not-genuine', 'internal authentication failed: the card does not hold the issuer key (cloned card?)');
    }
  }

  // ---- records -----------------------------------------------------------------------

  async #readHolder(psam: Psam | null, cardIdCode: string, version: SpecVersion, tag: number, optional = false): Promise<string> {
    try {
      return await this.#readString(SSSE_EF06, tag, optional);
    } catch (err) {
      // a card that wants external authentication before EF06 although its version did not say so
      if (!isCardStatusError(err, SW.SECURITY_NOT_SATISFIED) || this.#authenticated) throw err;
      await this.#externalAuthenticate(psam, cardIdCode, version);
      return this.#readString(SSSE_EF06, tag, optional);
    }
  }

  async #readString(file: FileRef, tag: number, optional = false): Promise<string> {
    const value = await this.#read(file, tag, optional);
    if (typeof value !== 'string') throw invalid(`tag ${tag.toString(16)} is not text`);
    return value;
  }

  async #readNumber(file: FileRef, tag: number): Promise<number> {
    const value = await this.#read(file, tag, false);
    if (typeof value !== 'number') throw invalid(`tag ${tag.toString(16)} is not a number`);
    return value;
  }

  /** Reads one record by tag; an optional record the card does not have (`6A83`) reads as ''. */
  async #read(file: FileRef, tag: number, optional: boolean): Promise<string | number> {
    const def = file.defs.find((d) => d.tag === tag);
    if (!def) throw new Error(`no tag ${tag.toString(16)} in the record table`);
    let command: Buffer | null = null;
    let response = null;
    if (this.#sfi !== false) {
      // 00B2 <tag> <SFI<<3> <len+2>
      command = apdu.readRecordByTag(tag, def.length, file.sfi);
      response = await this.channel.send(command);
      if (response.sw === SW.WRONG_P1P2 && this.#sfi === undefined) {
        this.#sfi = false;
        response = null;
      } else {
        this.#sfi = true;
      }
    }
    if (!response) {
      if (this.#currentEf !== file) {
        await this.channel.exchange(apdu.selectEf(file.fid));
        this.#currentEf = file;
      }
      command = apdu.readRecordByTag(tag, def.length);
      response = await this.channel.send(command);
    }
    if (optional && response.sw === SW.RECORD_NOT_FOUND) return '';
    const data = expectSuccess(response, command!);
    try {
      const record = decodeRecord(data);
      if (record.tag !== tag) throw invalid(`asked for tag ${tag.toString(16)}, the card returned tag ${record.tag.toString(16)}`);
      return decodeFieldRecord(file.defs, record).value;
    } catch (err) {
      if (err instanceof CodecError) throw invalid(`${def.name} (tag ${tag.toString(16).toUpperCase()}): ${err.message}`, err);
      throw err;
    }
  }

  /** Selects an application; `optional` answers false instead of failing when the card has none. */
  async #select(app: 'SSSE' | 'DF04', optional = false): Promise<boolean> {
    if (this.#app === app) return true;
    try {
      await this.channel.exchange(apdu.selectByName(app === 'SSSE' ? apdu.SSSE_AID : apdu.DF04_AID));
    } catch (err) {
      if (isCardStatusError(err, SW.FILE_NOT_FOUND)) {
        if (optional) return false;
        throw new CardApplicationError(app === 'SSSE' ? 'wrong-card-type' : 'invalid-data', `the card has no ${app} application`, { cause: err });
      }
      throw err;
    }
    this.#app = app;
    this.#currentEf = null;
    return true;
  }
}

function pinOutcome(response: { data: Buffer; sw: number }, command: Buffer): PinOutcome {
  const cls = classifyStatusWord(response.sw);
  if (cls.kind === 'ok') return { kind: 'ok' };
  if (cls.kind === 'pinWrong') return cls.triesLeft === 0 ? { kind: 'blocked' } : { kind: 'wrong', triesLeft: cls.triesLeft };
  if (response.sw === SW.BLOCKED) return { kind: 'blocked' };
  expectSuccess(response, command);
  throw new Error('unreachable: expectSuccess accepts only 9000');
}
