/**
 * The credential service: whatever the patient shows — the social security card in a
 * reader, an e-voucher QR token from a scanner, or an ID number typed by the cashier —
 * becomes one `PersonCredential` with its national credential type (01 voucher, 02 ID
 * card, 03 social security card), after the local blocklist (lost / cancelled cards) and the
 * card's expiry date have been checked. It also owns the readers: pairing user-card and
 * PSAM slots, keeping a PSAM session open, and publishing reader and card events.
 */
import { randomBytes } from 'node:crypto';
import { CardChannel } from '../../drivers/pcsc/card-channel.ts';
import type { CardHandle, PcscPort, ReaderEvent } from '../../drivers/pcsc/port.ts';
import { isTransportError } from '../../drivers/pcsc/errors.ts';
import { CardApplicationError, isCardApplicationError } from '../../drivers/card/errors.ts';
import { LEGACY } from '../../drivers/card/legacy-codes.ts';
import { legacyString, type CardIdentity } from '../../drivers/card/identity.ts';
import { Psam, yibaoPsamV1, type PsamDialect } from '../../drivers/card/psam.ts';
import { SocialSecurityCard, type PinOutcome } from '../../drivers/card/sscard.ts';
import type { HidDeviceInfo } from '../../drivers/hid/port.ts';
import type { RejectedScan, ScannerMode, VoucherScan, VoucherScanner } from '../../drivers/hid/voucher-scanner.ts';
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
  /** Insured region (6 digits) when the credential says it: a card's DF04 record, else its issuer. */
  readonly region: string | null;
  /**
   * For 03: false when the card was read without its authentication (no PSAM took part), which
   * the site allows only with `cardAllowUnverified`; such a read is flagged everywhere it goes.
   */
  readonly verified?: boolean;
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
  /** The reader has a PIN pad of its own (PIN verify / change without a PIN from the host). */
  readonly pinPad: boolean;
  readonly card: { readonly present: boolean; readonly atr: string | null };
  readonly psam: { readonly present: boolean } | null;
}

/** A QR voucher scanner the gateway has open. */
export interface ScannerStatus {
  readonly path: string;
  readonly mode: ScannerMode;
  readonly vendorId: number;
  readonly productId: number;
  readonly product: string | null;
}

/** One e-voucher token as scanned: what the HIS passes to identification as mdtrt_cert_type 01. */
export interface VoucherScanEvent {
  /** Increasing per gateway run, so a client can tell scans apart. */
  readonly scanId: number;
  readonly token: string;
  readonly scanner: string;
  readonly mode: ScannerMode;
  readonly at: string;
}

/**
 * Which slot of a counter's terminal a reader event is about: the user card's, or the PSAM's
 * (whose events carry the id of the pair it belongs to, as GET /v1/readers lists it).
 */
export type ReaderSlot = 'card' | 'psam';

/**
 * Reader, card and scanner events for the API's event stream, with the API's reader ids; and
 * the outcome of each card read and PIN entry, so that a certification run following the
 * gateway observes the counter's verdict rather than assuming it.
 */
export type CredentialEvent =
  | { readonly type: 'reader-added' | 'reader-removed' | 'card-removed'; readonly reader: string; readonly readerId: string; readonly slot: ReaderSlot; readonly at: string }
  | { readonly type: 'card-inserted'; readonly reader: string; readonly readerId: string; readonly slot: ReaderSlot; readonly atr: string; readonly at: string }
  | { readonly type: 'card-read'; readonly reader: string; readonly readerId: string; readonly cardNumber: string; readonly certno: string; readonly name: string; readonly verified: boolean; readonly at: string }
  | { readonly type: 'card-refused'; readonly reader: string; readonly readerId: string; readonly code: string; readonly legacyCode: number | null; readonly at: string }
  | { readonly type: 'pin-entered'; readonly reader: string; readonly readerId: string; readonly operation: 'verify' | 'change'; readonly outcome: PinOutcome['kind']; readonly triesLeft: number | null; readonly at: string }
  | { readonly type: 'service-lost' | 'service-restored'; readonly at: string }
  | ({ readonly type: 'voucher-scanned' } & VoucherScanEvent)
  | { readonly type: 'scan-rejected'; readonly scanner: string; readonly mode: ScannerMode; readonly reason: RejectedScan['reason'] | 'not-a-voucher'; readonly length: number; readonly at: string }
  | { readonly type: 'scanner-attached' | 'scanner-detached'; readonly scanner: string; readonly at: string };

/**
 * Readers with a PIN pad of their own (the serial readers: drivers/serial SerialReadersPort).
 * The holder types on the pad; the gateway sees the outcome only, never the PIN.
 */
export interface PinPads {
  hasPad(reader: string): boolean;
  enterPin(reader: string): Promise<PinOutcome>;
  changePinOnPad(reader: string): Promise<PinOutcome>;
}

/** How a PIN reaches the card: typed on the reader's pad, or sent by the HIS (PC/SC readers). */
export type PinEntry = { readonly on: 'pad' } | { readonly on: 'host'; readonly pin: string };
export type PinChange = { readonly on: 'pad' } | { readonly on: 'host'; readonly oldPin: string; readonly newPin: string };

export interface CredentialServiceOptions {
  readonly port: PcscPort;
  readonly blocklist: Blocklist;
  readonly voucher?: VoucherResolver;
  /** Readers with their own PIN pad, for PIN entry on the pad. */
  readonly pinPads?: PinPads;
  /** QR voucher scanners (drivers/hid): their scans become `voucher-scanned` events. */
  readonly scanner?: VoucherScanner;
  /** How long a scan stays in `recentScans()`; default 120 s (voucher tokens live minutes). */
  readonly scanKeepMs?: number;
  readonly pairing?: PairingConfig;
  readonly dialect?: PsamDialect;
  /**
   * Internal authentication (clone check): `when-psam` (default) checks whenever the
   * terminal has a PSAM, `always` refuses cards that cannot be checked, `never` skips it.
   */
  readonly genuineCheck?: 'always' | 'when-psam' | 'never';
  /**
   * Accept a 1.00/2.00 card read without authentication (no PSAM in the terminal, or the check
   * turned off): the identity is then flagged as unverified. Off by default: such a read is
   * refused as GW_CARD_PSAM_MISSING (−2201), since a cloned card reads the same way.
   */
  readonly allowUnverified?: boolean;
  /** Told of every card read the site accepted without authentication (the app audits it). */
  readonly onUnverifiedRead?: (read: { readonly reader: string; readonly cardNumber: string; readonly certno: string; readonly specVersion: string }) => void;
  /** How long an unverified read marks the person's settlements; default 12 h (a counter's day). */
  readonly unverifiedKeepMs?: number;
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
/** Events kept for clients that reconnect with Last-Event-ID. */
const MAX_KEPT_EVENTS = 500;
/** Scans kept for `recentScans()` at most (a counter scans one voucher a patient). */
const MAX_KEPT_SCANS = 20;

export class CredentialService {
  readonly #port: PcscPort;
  readonly #options: CredentialServiceOptions;
  readonly #clock: () => Date;
  readonly #psams = new Map<string, Psam>();
  readonly #listeners = new Set<(event: CredentialEvent, id: string) => void>();
  readonly #unwatch: Array<() => void> = [];
  readonly #scans: VoucherScanEvent[] = [];
  /** ID numbers read from a card without its authentication, with when (ms). */
  readonly #unverified = new Map<string, number>();
  /** The newest events with their stream ids, for a client that reconnects (Last-Event-ID). */
  readonly #recent: Array<{ readonly id: string; readonly event: CredentialEvent }> = [];
  /** Readers seen, to tell a PSAM slot's events from a user slot's. */
  readonly #known = new Set<string>();
  /** Distinguishes this run's event ids from an earlier run's. */
  readonly #runId = randomBytes(4).toString('hex');
  #eventSeq = 0;
  #scanId = 0;

  constructor(options: CredentialServiceOptions) {
    this.#port = options.port;
    this.#options = options;
    this.#clock = options.clock ?? (() => new Date());
    this.#unwatch.push(this.#port.watch((event) => this.#onPortEvent(event)));
    if (options.scanner) this.#watchScanner(options.scanner);
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
    for (const r of readers) this.#known.add(r.name);
    const byName = new Map(readers.map((r) => [r.name, r]));
    return pairReaders([...byName.keys()], this.#options.pairing).map((pair) => {
      const card = byName.get(pair.userReader)?.card ?? null;
      const psam = pair.psamReader ? byName.get(pair.psamReader) : undefined;
      return {
        id: pair.id,
        name: pair.userReader,
        psamReader: pair.psamReader,
        pinPad: this.hasPinPad(pair),
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
      if (!first) throw new GatewayError('GW_CARD_NO_READER', { details: { legacy_code: LEGACY.READER_CONNECTION } });
      return first;
    }
    const pair = pairs.find((p) => p.id === reader || p.userReader === reader);
    if (!pair) throw new GatewayError('GW_CARD_READER_NOT_FOUND', { detail: reader, details: { reader, known: pairs.map((p) => p.id), legacy_code: LEGACY.READER_CONNECTION } });
    return pair;
  }

  /** Every event from now on, with its stream id (`<run>.<n>`, increasing within a run). */
  watch(listener: (event: CredentialEvent, id: string) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * The kept events after `lastId` (an id this gateway gave, e.g. a reconnecting client's
   * Last-Event-ID), oldest first; all kept events for an id of an earlier run. `missed` says
   * events after `lastId` were dropped from the window (the client should re-read the state).
   */
  eventsSince(lastId: string): { events: Array<{ id: string; event: CredentialEvent }>; missed: boolean } {
    const [run, n] = lastId.split('.');
    const seq = Number(n);
    if (run !== this.#runId || !Number.isInteger(seq)) return { events: [...this.#recent], missed: run === this.#runId };
    const oldest = this.#recent[0] ? Number(this.#recent[0].id.split('.')[1]) : this.#eventSeq + 1;
    return { events: this.#recent.filter((e) => Number(e.id.split('.')[1]) > seq), missed: seq + 1 < oldest };
  }

  // ---- credentials -------------------------------------------------------------------

  /**
   * Reads the social security card in a reader (credential type 03). `reader` is an API
   * id or a reader name; `psamReader` overrides the pairing.
   */
  async readCard(reader?: string, options: { psamReader?: string | null } = {}): Promise<PersonCredential> {
    const pair = await this.findPair(reader);
    try {
      const person = await this.#readCard(pair, options);
      this.#emit({ type: 'card-read', reader: pair.userReader, readerId: pair.id, cardNumber: person.credentialNo, certno: person.certno, name: person.name ?? '', verified: person.verified !== false, at: this.#clock().toISOString() });
      return person;
    } catch (err) {
      const refusal = isGatewayError(err) ? err : cardGatewayError(err, pair.userReader);
      const legacy = refusal.details?.legacy_code;
      this.#emit({ type: 'card-refused', reader: pair.userReader, readerId: pair.id, code: refusal.code, legacyCode: typeof legacy === 'number' ? legacy : null, at: this.#clock().toISOString() });
      throw refusal;
    }
  }

  async #readCard(pair: ReaderPair, options: { psamReader?: string | null }): Promise<PersonCredential> {
    const psamReader = options.psamReader !== undefined ? options.psamReader : pair.psamReader;
    const read = (): Promise<CardIdentity> => this.#withCard(pair.userReader, psamReader, async (card, psam) => {
      const mode = this.#options.genuineCheck ?? 'when-psam';
      return card.readIdentity({ psam, verifyGenuine: mode === 'always' || (mode === 'when-psam' && psam !== null) });
    });
    let identity: CardIdentity;
    try {
      identity = await read();
    } catch (err) {
      // The PSAM is shared: another program may have reset it since our session opened it.
      // The session is gone then (#withCard dropped it); one fresh read opens a new one.
      const cause = isGatewayError(err) ? err.cause : err;
      if (!psamReader || !isTransportError(cause) || cause.reader !== psamReader || !['card-removed', 'card-reset', 'closed'].includes(cause.kind)) throw err;
      identity = await read();
    }
    const verified = identity.authentication.external || identity.authentication.internal;
    if (!verified && !this.#options.allowUnverified) {
      throw cardGatewayError(
        new CardApplicationError('psam-missing', `the ${identity.specVersion} card was read without authentication (no PSAM in ${psamReader ?? 'the terminal'}): a cloned card reads the same`),
        pair.userReader,
      );
    }
    const today = localDate(this.#clock());
    if (identity.expiryDate < today) {
      throw new GatewayError('GW_CARD_EXPIRED', { detail: identity.expiryDate, details: { expiry_date: identity.expiryDate, legacy_code: LEGACY.CARD_EXPIRED, reader: pair.userReader } });
    }
    this.#checkBlocklist([identity.cardNumber, identity.idNumber], pair.userReader);
    this.#options.log?.info({ reader: pair.userReader, apdus: identity.apdus, specVersion: identity.specVersion, verified }, 'card read');
    if (!verified) {
      this.#unverified.set(identity.idNumber, this.#clock().getTime());
      this.#options.onUnverifiedRead?.({ reader: pair.userReader, cardNumber: identity.cardNumber, certno: identity.idNumber, specVersion: identity.specVersion });
    }
    return {
      credentialType: '03',
      credentialNo: identity.cardNumber,
      certno: identity.idNumber,
      name: identity.name,
      sex: identity.sex,
      birthDate: identity.birthDate,
      region: identity.insuredRegion ?? identity.region,
      verified,
      card: identity,
      legacy: legacyString(identity, this.#options.terminalDeviceNumber ?? pair.userReader),
      reader: pair.userReader,
      readAt: this.#clock().toISOString(),
    };
  }

  /**
   * Whether this person's card was read here without its authentication within
   * `unverifiedKeepMs`: their settlements are then flagged.
   */
  readUnverified(certno: string): boolean {
    const at = this.#unverified.get(certno);
    if (at === undefined) return false;
    if (this.#clock().getTime() - at <= (this.#options.unverifiedKeepMs ?? 12 * 3_600_000)) return true;
    this.#unverified.delete(certno);
    return false;
  }

  /** Whether the user-card reader of a pair has a PIN pad of its own. */
  hasPinPad(pair: ReaderPair): boolean {
    return this.#options.pinPads?.hasPad(pair.userReader) ?? false;
  }

  /**
   * VERIFY the PIN of the card in a reader, typed on the reader's pad or sent by the host;
   * the outcome is a value (−51 / −52 for legacy callers). A pad entry on a reader without a
   * pad is GW_CARD_PIN_PAD_MISSING.
   */
  async verifyPin(reader: string | undefined, entry: PinEntry): Promise<PinOutcome> {
    const pair = await this.findPair(reader);
    const outcome = entry.on === 'pad'
      ? await this.#onPad(pair, (pads) => pads.enterPin(pair.userReader))
      : await this.#withCard(pair.userReader, null, (card) => card.verifyPin(entry.pin));
    return this.#pinEntered(pair, 'verify', outcome);
  }

  /** CHANGE PIN, on the pad (old, new, new again) or with both PINs from the host; outcomes as verify's for the old PIN. */
  async changePin(reader: string | undefined, change: PinChange): Promise<PinOutcome> {
    const pair = await this.findPair(reader);
    const outcome = change.on === 'pad'
      ? await this.#onPad(pair, (pads) => pads.changePinOnPad(pair.userReader))
      : await this.#withCard(pair.userReader, null, (card) => card.changePin(change.oldPin, change.newPin));
    return this.#pinEntered(pair, 'change', outcome);
  }

  #pinEntered(pair: ReaderPair, operation: 'verify' | 'change', outcome: PinOutcome): PinOutcome {
    const triesLeft = outcome.kind === 'wrong' ? outcome.triesLeft : outcome.kind === 'blocked' ? 0 : null;
    this.#emit({ type: 'pin-entered', reader: pair.userReader, readerId: pair.id, operation, outcome: outcome.kind, triesLeft, at: this.#clock().toISOString() });
    return outcome;
  }

  // ---- scanners ----------------------------------------------------------------------

  /** The QR voucher scanners open now. */
  listScanners(): ScannerStatus[] {
    const scanner = this.#options.scanner;
    if (!scanner) return [];
    return scanner.devices.map((d) => ({ path: d.path, mode: scanner.modeOf(d) ?? 'keyboard', vendorId: d.vendorId, productId: d.productId, product: d.product ?? null }));
  }

  /** Voucher scans younger than `scanKeepMs`, newest first. */
  recentScans(): VoucherScanEvent[] {
    const since = this.#clock().getTime() - (this.#options.scanKeepMs ?? 120_000);
    return this.#scans.filter((s) => Date.parse(s.at) >= since).reverse();
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
    for (const off of this.#unwatch.splice(0)) off();
    this.#scans.length = 0;
    for (const psam of this.#psams.values()) await psam.channel.handle.disconnect().catch(() => undefined);
    this.#psams.clear();
    this.#listeners.clear();
  }

  // ---- internals ---------------------------------------------------------------------

  async #onPad(pair: ReaderPair, fn: (pads: PinPads) => Promise<PinOutcome>): Promise<PinOutcome> {
    const pads = this.#options.pinPads;
    if (!pads?.hasPad(pair.userReader)) throw new GatewayError('GW_CARD_PIN_PAD_MISSING', { details: { reader: pair.id } });
    try {
      return await fn(pads);
    } catch (err) {
      this.#options.log?.info({ reader: pair.userReader, err: { name: (err as Error).name, message: (err as Error).message } }, 'PIN pad entry failed');
      throw cardGatewayError(err, pair.userReader);
    }
  }

  #watchScanner(scanner: VoucherScanner): void {
    const at = (): string => this.#clock().toISOString();
    const onScan = (scan: VoucherScan): void => {
      // The scanner rejected what cannot be a token at all; this is the voucher shape the
      // identification path accepts (fromVoucher), so the HIS is not handed a token it would refuse.
      if (!VOUCHER_TOKEN.test(scan.token)) {
        this.#emit({ type: 'scan-rejected', scanner: scan.device.path, mode: scan.mode, reason: 'not-a-voucher', length: scan.token.length, at: at() });
        return;
      }
      this.#scanId += 1;
      const event: VoucherScanEvent = { scanId: this.#scanId, token: scan.token, scanner: scan.device.path, mode: scan.mode, at: at() };
      this.#scans.push(event);
      if (this.#scans.length > MAX_KEPT_SCANS) this.#scans.shift();
      this.#emit({ type: 'voucher-scanned', ...event });
    };
    const onRejected = (r: RejectedScan): void => this.#emit({ type: 'scan-rejected', scanner: r.device.path, mode: r.mode, reason: r.reason, length: r.length, at: at() });
    const onAttached = ({ device }: { device: HidDeviceInfo }): void => this.#emit({ type: 'scanner-attached', scanner: device.path, at: at() });
    const onDetached = ({ device }: { device: HidDeviceInfo }): void => this.#emit({ type: 'scanner-detached', scanner: device.path, at: at() });
    scanner.on('scan', onScan);
    scanner.on('rejected', onRejected);
    scanner.on('attached', onAttached);
    scanner.on('detached', onDetached);
    this.#unwatch.push(() => {
      scanner.off('scan', onScan);
      scanner.off('rejected', onRejected);
      scanner.off('attached', onAttached);
      scanner.off('detached', onDetached);
    });
  }

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

  /**
   * Connects, waiting a little while another program holds the reader. The user card is held
   * exclusively for a read (nobody may reset it halfway); the PSAM is shared, so a PSAM tool
   * or another counter program on the machine can still use it between reads.
   */
  async #connect(reader: string, share: 'exclusive' | 'shared' = 'exclusive'): Promise<CardHandle> {
    const deadline = Date.now() + (this.#options.busyWaitMs ?? 1_000);
    for (;;) {
      try {
        return await this.#port.connect(reader, { share });
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
      handle = await this.#connect(reader, 'shared');
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

  #checkBlocklist(keys: readonly string[], reader?: string): void {
    for (const key of keys) {
      const hit = this.#options.blocklist.isBlocked(key);
      if (hit) throw new GatewayError('GW_CARD_BLOCKLISTED', { detail: hit.reason, details: { reason: hit.reason, ...(reader ? { legacy_code: LEGACY.CARD_BLOCKLISTED, reader } : {}) } });
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
    this.#known.add(event.reader);
    const { readerId, slot } = this.#slotOf(event.reader);
    if (event.type === 'reader-removed') this.#known.delete(event.reader);
    if (event.type === 'card-inserted') this.#emit({ type: 'card-inserted', reader: event.reader, readerId, slot, atr: event.atr.toString('hex').toUpperCase(), at });
    else this.#emit({ type: event.type, reader: event.reader, readerId, slot, at });
  }

  /** The API id of the counter a reader belongs to, and which of its slots the reader is. */
  #slotOf(reader: string): { readerId: string; slot: ReaderSlot } {
    const pair = pairReaders([...this.#known], this.#options.pairing).find((p) => p.psamReader === reader);
    return pair ? { readerId: pair.id, slot: 'psam' } : { readerId: readerIdOf(reader), slot: 'card' };
  }

  #emit(event: CredentialEvent): void {
    this.#eventSeq += 1;
    const id = `${this.#runId}.${this.#eventSeq}`;
    this.#recent.push({ id, event });
    if (this.#recent.length > MAX_KEPT_EVENTS) this.#recent.shift();
    for (const listener of this.#listeners) {
      try {
        listener(event, id);
      } catch (err) {
        this.#options.log?.warn({ err }, 'credential event listener failed');
      }
    }
  }
}
