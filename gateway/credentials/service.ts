/**
 * The credential service: whatever the patient shows — the social security card in a
 * reader, an e-voucher QR token from a scanner, or an ID number typed by the cashier —
 * becomes one `PersonCredential` with its national credential type (01 voucher, 02 ID
 * card, 03 social security card), after the local blocklist (lost / cancelled cards) and the
 * card's expiry date have been checked. It also owns the readers: pairing user-card and
 * PSAM slots, keeping a PSAM session open, and publishing reader and card events.
 */
import { CardChannel } from '../../drivers/pcsc/card-channel.ts';
import type { CardHandle, PcscPort, ReaderEvent } from '../../drivers/pcsc/port.ts';
import { isTransportError } from '../../drivers/pcsc/errors.ts';
import { isCardApplicationError } from '../../drivers/card/errors.ts';
import { legacyString, type CardIdentity } from '../../drivers/card/identity.ts';
import { Psam, yibaoPsamV1, type PsamDialect } from '../../drivers/card/psam.ts';
import { SocialSecurityCard, type PinOutcome } from '../../drivers/card/sscard.ts';
import { isValidIdNumber, idNumberBirthDate, idNumberSex } from '../../protocol/sscard/check-chars.ts';
import { GatewayError, isGatewayError } from '../errors/gateway-error.ts';
import type { Logger } from '../log.ts';
import { cardGatewayError } from './card-errors.ts';
import { pairReaders, readerId as readerIdOf, type PairingConfig, type ReaderPair } from './readers.ts';

/** National credential types (mdtrt_cert_type). */
export type CredentialType = '01' | '02' | '03';

/** The local blocklist of lost and cancelled cards and persons; the store implements it. */
export interface Blocklist {
  /** Key: a card number or an ID number (certno). */
  isBlocked(key: string): { reason: string } | null;
}

/** Exchanges an e-voucher token for the person it stands for (the central platform does this). */
export interface VoucherResolver {
  resolve(token: string): Promise<{ idNo: string; idType: string; ecToken: string; insuOrg: string; userName: string }>;
}

export interface PersonCredential {
  readonly credentialType: CredentialType;
  /** What the HIS passes on as `mdtrt_cert_no`: card number (03), ID number (02), e-voucher token (01). */
  readonly credentialNo: string;
  /** The person's ID number. */
  readonly certno: string;
  readonly name: string | null;
  readonly sex: '1' | '2' | null;
  /** `YYYYMMDD` */
  readonly birthDate: string | null;
  /** Insured / issuing region (6 digits) when the credential says it. */
  readonly region: string | null;
  /** The whole card read, for 03. */
  readonly card?: CardIdentity;
  /** The reader-DLL string, for 03. */
  readonly legacy?: string;
  readonly voucher?: { readonly ecToken: string; readonly insuOrg: string; readonly idType: string };
  /** Which reader, for 03. */
  readonly reader?: string;
  readonly readAt: string;
}

export interface ReaderStatus {
  readonly id: string;
  readonly name: string;
  readonly psamReader: string | null;
  readonly card: { readonly present: boolean; readonly atr: string | null };
  readonly psam: { readonly present: boolean } | null;
}

/** Reader events for the API's event stream, with the API's reader ids. */
export type CredentialEvent =
  | { readonly type: 'reader-added' | 'reader-removed' | 'card-removed'; readonly reader: string; readonly readerId: string; readonly at: string }
  | { readonly type: 'card-inserted'; readonly reader: string; readonly readerId: string; readonly atr: string; readonly at: string }
  | { readonly type: 'service-lost' | 'service-restored'; readonly at: string };

export interface CredentialServiceOptions {
  readonly port: PcscPort;
  readonly blocklist: Blocklist;
  readonly voucher?: VoucherResolver;
  readonly pairing?: PairingConfig;
  readonly dialect?: PsamDialect;
  /**
   * Internal authentication (clone check): `when-psam` (default) checks whenever the
   * terminal has a PSAM, `always` refuses cards that cannot be checked, `never` skips it.
   */
  readonly genuineCheck?: 'always' | 'when-psam' | 'never';
  /** Terminal device number in the reader-DLL string; default the user reader's name. */
  readonly terminalDeviceNumber?: string;
  readonly transmitTimeoutMs?: number;
  /**
   * How long a read waits for a reader another program holds (SCARD_E_SHARING_VIOLATION)
   * before answering GW_CARD_READER_BUSY; default 1 s.
   */
  readonly busyWaitMs?: number;
  readonly clock?: () => Date;
  readonly log?: Logger;
}

/** Local calendar date `YYYYMMDD` of the gateway. */
function localDate(d: Date): string {
  return `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`;
}

const VOUCHER_TOKEN = /^[A-Za-z0-9+/=_.:-]{8,600}$/;

export class CredentialService {
  readonly #port: PcscPort;
  readonly #options: CredentialServiceOptions;
  readonly #clock: () => Date;
  readonly #psams = new Map<string, Psam>();
  readonly #listeners = new Set<(event: CredentialEvent) => void>();
  readonly #unwatch: () => void;

  constructor(options: CredentialServiceOptions) {
    this.#port = options.port;
    this.#options = options;
    this.#clock = options.clock ?? (() => new Date());
    this.#unwatch = this.#port.watch((event) => this.#onPortEvent(event));
  }

  // ---- readers -----------------------------------------------------------------------

  async pairs(): Promise<ReaderPair[]> {
    try {
      const readers = await this.#port.listReaders();
      return pairReaders(
        readers.map((r) => r.name),
        this.#options.pairing,
      );
    } catch (err) {
      throw cardGatewayError(err);
    }
  }

  async listReaders(): Promise<ReaderStatus[]> {
    let readers;
    try {
      readers = await this.#port.listReaders();
    } catch (err) {
      throw cardGatewayError(err);
    }
    const byName = new Map(readers.map((r) => [r.name, r]));
    return pairReaders([...byName.keys()], this.#options.pairing).map((pair) => {
      const card = byName.get(pair.userReader)?.card ?? null;
      const psam = pair.psamReader ? byName.get(pair.psamReader) : undefined;
      return {
        id: pair.id,
        name: pair.userReader,
        psamReader: pair.psamReader,
        card: { present: card !== null, atr: card ? card.atr.toString('hex').toUpperCase() : null },
        psam: psam ? { present: psam.card !== null } : null,
      };
    });
  }

  /** Finds a pair by API id or by either reader's name; the first pair when none is given. */
  async findPair(reader?: string): Promise<ReaderPair> {
    const pairs = await this.pairs();
    if (reader === undefined) {
      const first = pairs[0];
      if (!first) throw new GatewayError('GW_CARD_NO_READER');
      return first;
    }
    const pair = pairs.find((p) => p.id === reader || p.userReader === reader);
    if (!pair) throw new GatewayError('GW_CARD_READER_NOT_FOUND', { detail: reader, details: { reader, known: pairs.map((p) => p.id) } });
    return pair;
  }

  watch(listener: (event: CredentialEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  // ---- credentials -------------------------------------------------------------------

  /**
   * Reads the social security card in a reader (credential type 03). `reader` is an API
   * id or a reader name; `psamReader` overrides the pairing.
   */
  async readCard(reader?: string, options: { psamReader?: string | null } = {}): Promise<PersonCredential> {
    const pair = await this.findPair(reader);
    const psamReader = options.psamReader !== undefined ? options.psamReader : pair.psamReader;
    const identity = await this.#withCard(pair.userReader, psamReader, async (card, psam) => {
      const mode = this.#options.genuineCheck ?? 'when-psam';
      return card.readIdentity({ psam, verifyGenuine: mode === 'always' || (mode === 'when-psam' && psam !== null) });
    });
    const today = localDate(this.#clock());
    if (identity.expiryDate < today) {
      throw new GatewayError('GW_CARD_EXPIRED', { detail: identity.expiryDate, details: { expiry_date: identity.expiryDate } });
    }
    this.#checkBlocklist([identity.cardNumber, identity.idNumber]);
    this.#options.log?.info({ reader: pair.userReader, apdus: identity.apdus, specVersion: identity.specVersion }, 'card read');
    return {
      credentialType: '03',
      credentialNo: identity.cardNumber,
      certno: identity.idNumber,
      name: identity.name,
      sex: identity.sex,
      birthDate: identity.birthDate,
      region: identity.region,
      card: identity,
      legacy: legacyString(identity, this.#options.terminalDeviceNumber ?? pair.userReader),
      reader: pair.userReader,
      readAt: this.#clock().toISOString(),
    };
  }

  /** VERIFY the PIN of the card in a reader; the outcome is a value (−51 / −52 for legacy callers). */
  async verifyPin(reader: string | undefined, pin: string): Promise<PinOutcome> {
    const pair = await this.findPair(reader);
    return this.#withCard(pair.userReader, null, (card) => card.verifyPin(pin));
  }

  async changePin(reader: string | undefined, oldPin: string, newPin: string): Promise<PinOutcome> {
    const pair = await this.findPair(reader);
    return this.#withCard(pair.userReader, null, (card) => card.changePin(oldPin, newPin));
  }

  /** An ID number typed at the counter (credential type 02). */
  fromIdNumber(certno: string, name?: string): PersonCredential {
    const id = certno.trim().toUpperCase();
    if (!isValidIdNumber(id)) throw new GatewayError('GW_CARD_ID_INVALID', { details: { path: 'certno' } });
    this.#checkBlocklist([id]);
    return {
      credentialType: '02',
      credentialNo: id,
      certno: id,
      name: name ?? null,
      sex: idNumberSex(id),
      birthDate: idNumberBirthDate(id),
      region: id.slice(0, 6),
      readAt: this.#clock().toISOString(),
    };
  }

  /** An e-voucher token from the QR scanner (credential type 01), exchanged for the person. */
  async fromVoucher(token: string): Promise<PersonCredential> {
    const text = token.trim();
    if (!VOUCHER_TOKEN.test(text)) throw new GatewayError('GW_CARD_VOUCHER_INVALID', { details: { length: text.length } });
    const resolver = this.#options.voucher;
    if (!resolver) throw new GatewayError('GW_CARD_VOUCHER_UNAVAILABLE', { detail: 'no voucher resolver configured' });
    let person;
    try {
      person = await resolver.resolve(text);
    } catch (err) {
      if (isGatewayError(err)) throw err;
      throw new GatewayError('GW_CARD_VOUCHER_UNAVAILABLE', { cause: err });
    }
    const certno = person.idNo.toUpperCase();
    this.#checkBlocklist([certno]);
    const idCard = person.idType === '01' && isValidIdNumber(certno);
    return {
      credentialType: '01',
      credentialNo: text,
      certno,
      name: person.userName,
      sex: idCard ? idNumberSex(certno) : null,
      birthDate: idCard ? idNumberBirthDate(certno) : null,
      region: person.insuOrg.slice(0, 6) || null,
      voucher: { ecToken: person.ecToken, insuOrg: person.insuOrg, idType: person.idType },
      readAt: this.#clock().toISOString(),
    };
  }

  async close(): Promise<void> {
    this.#unwatch();
    for (const psam of this.#psams.values()) await psam.channel.handle.disconnect().catch(() => undefined);
    this.#psams.clear();
    this.#listeners.clear();
  }

  // ---- internals ---------------------------------------------------------------------

  async #withCard<T>(userReader: string, psamReader: string | null, fn: (card: SocialSecurityCard, psam: Psam | null) => Promise<T>): Promise<T> {
    let handle;
    try {
      handle = await this.#connect(userReader);
    } catch (err) {
      throw cardGatewayError(err, userReader);
    }
    try {
      const psam = psamReader ? await this.#psam(psamReader) : null;
      const card = new SocialSecurityCard(new CardChannel(handle, this.#timeout()));
      return await fn(card, psam);
    } catch (err) {
      if (psamReader && (isTransportError(err) || isCardApplicationError(err, 'psam-failed'))) await this.#dropPsam(psamReader);
      this.#options.log?.info({ reader: userReader, err: { name: (err as Error).name, message: (err as Error).message } }, 'card operation failed');
      throw cardGatewayError(err, userReader);
    } finally {
      await handle.disconnect().catch(() => undefined);
    }
  }

  /** Connects exclusively, waiting a little while another program holds the reader. */
  async #connect(reader: string): Promise<CardHandle> {
    const deadline = Date.now() + (this.#options.busyWaitMs ?? 1_000);
    for (;;) {
      try {
        return await this.#port.connect(reader, { share: 'exclusive' });
      } catch (err) {
        if (!isTransportError(err) || err.kind !== 'sharing-violation' || Date.now() >= deadline) throw err;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }

  /** The PSAM session of a reader, opened on first use; null when the slot is empty. */
  async #psam(reader: string): Promise<Psam | null> {
    const open = this.#psams.get(reader);
    if (open) return open;
    let handle;
    try {
      handle = await this.#connect(reader);
    } catch (err) {
      if (isTransportError(err) && (err.kind === 'no-card' || err.kind === 'reader-gone')) return null;
      throw err;
    }
    const psam = new Psam(new CardChannel(handle, this.#timeout()), this.#options.dialect ?? yibaoPsamV1);
    try {
      await psam.open();
    } catch (err) {
      await handle.disconnect().catch(() => undefined);
      throw err;
    }
    this.#psams.set(reader, psam);
    return psam;
  }

  async #dropPsam(reader: string): Promise<void> {
    const psam = this.#psams.get(reader);
    if (!psam) return;
    this.#psams.delete(reader);
    await psam.channel.handle.disconnect().catch(() => undefined);
  }

  #timeout(): { timeoutMs?: number } {
    return this.#options.transmitTimeoutMs === undefined ? {} : { timeoutMs: this.#options.transmitTimeoutMs };
  }

  #checkBlocklist(keys: readonly string[]): void {
    for (const key of keys) {
      const hit = this.#options.blocklist.isBlocked(key);
      if (hit) throw new GatewayError('GW_CARD_BLOCKLISTED', { detail: hit.reason, details: { reason: hit.reason } });
    }
  }

  #onPortEvent(event: ReaderEvent): void {
    const at = this.#clock().toISOString();
    if (event.type === 'service-lost' || event.type === 'service-restored') {
      for (const reader of [...this.#psams.keys()]) void this.#dropPsam(reader);
      this.#emit({ type: event.type, at });
      return;
    }
    if ((event.type === 'card-removed' || event.type === 'reader-removed' || event.type === 'card-inserted') && this.#psams.has(event.reader)) {
      void this.#dropPsam(event.reader);
    }
    const readerId = readerIdOf(event.reader);
    if (event.type === 'card-inserted') this.#emit({ type: 'card-inserted', reader: event.reader, readerId, atr: event.atr.toString('hex').toUpperCase(), at });
    else this.#emit({ type: event.type, reader: event.reader, readerId, at });
  }

  #emit(event: CredentialEvent): void {
    for (const listener of this.#listeners) {
      try {
        listener(event);
      } catch (err) {
        this.#options.log?.warn({ err }, 'credential event listener failed');
      }
    }
  }
}
