/**
 * The PC/SC contract (STYLE.md item 4): one suite, run against the mock port
 * (`pcsc-port.mock.test.ts`) and against the real stack — pcscd + vpcd + the simulator's
 * virtual card and PSAM (`pcsc-port.real.test.ts`). A stack puts simulator cards into its
 * two slots; everything else goes through the `PcscPort` and the layers above it (card
 * channel, card application, credential service), exactly as the gateway runs them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CardChannel } from '../../drivers/pcsc/card-channel.ts';
import type { CardHandle, PcscPort, ReaderEvent } from '../../drivers/pcsc/port.ts';
import { PcscTransportError } from '../../drivers/pcsc/errors.ts';
import { parseLegacyString } from '../../drivers/card/identity.ts';
import { Psam } from '../../drivers/card/psam.ts';
import { DF04_AID, externalAuthenticate, getChallenge, selectByName, SSSE_AID } from '../../protocol/sscard/commands.ts';
import { algorithmFor, cardFactor, cityFactor, KEY_ID } from '../../protocol/sscard/crypto.ts';
import { SocialSecurityCard } from '../../drivers/card/sscard.ts';
import { CredentialService, type Blocklist } from '../../gateway/credentials/service.ts';
import { GatewayError } from '../../gateway/errors/gateway-error.ts';
import { loadProfile, type CardProfile } from '../../simulator/card/profile.ts';
import { VirtualCard, VirtualPsam } from '../../simulator/card/virtual-card.ts';

/** What a stack needs of a simulated card: the IsoCard surface of simulator/card/. */
export interface SimCard {
  atr(): Buffer;
  powerOn(): Buffer;
  powerOff(): void;
  reset(): Buffer;
  transmit(apdu: Buffer): Buffer;
}

export interface InsertOptions {
  /** Pull the card out when this command (1-based, counting from insertion) arrives. */
  readonly removeAtCommand?: number;
}

export interface ContractStack {
  readonly name: string;
  readonly port: PcscPort;
  readonly userReader: string;
  readonly psamReader: string;
  /** Puts a card into a slot; resolves once the port has reported it. */
  insert(slot: 'user' | 'psam', card: SimCard, options?: InsertOptions): Promise<void>;
  /** Takes the card out of a slot; resolves once the port has reported it. */
  remove(slot: 'user' | 'psam'): Promise<void>;
  /** Another program connects to the slot exclusively; resolves to the function that lets go. */
  holdExclusive(slot: 'user' | 'psam'): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** Wraps a card so the test can see every command it received (hex, upper case). */
export function recording(card: SimCard): SimCard & { readonly commands: string[] } {
  const commands: string[] = [];
  return {
    commands,
    atr: () => card.atr(),
    powerOn: () => card.powerOn(),
    powerOff: () => card.powerOff(),
    reset: () => card.reset(),
    transmit: (apdu) => {
      commands.push(apdu.toString('hex').toUpperCase());
      return card.transmit(apdu);
    },
  };
}

/** Waits for the first event matching `match` (the stacks use it to wait for their own insertions). */
export function nextEvent(port: PcscPort, match: (e: ReaderEvent) => boolean, timeoutMs = 10_000): Promise<ReaderEvent> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`no matching PC/SC event within ${timeoutMs} ms`));
    }, timeoutMs);
    const stop = port.watch((event) => {
      if (!match(event)) return;
      clearTimeout(timer);
      stop();
      resolve(event);
    });
  });
}

const profile = (name: string): CardProfile => loadProfile(name);

async function connectWhenFree(port: PcscPort, reader: string): Promise<CardHandle> {
  for (let tries = 0; ; tries++) {
    try {
      return await port.connect(reader, { share: 'exclusive' });
    } catch (err) {
      if (!(err instanceof PcscTransportError) || err.kind !== 'sharing-violation' || tries >= 20) throw err;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
const card = (name: string): VirtualCard => new VirtualCard(profile(name));

async function gatewayError(promise: Promise<unknown>): Promise<GatewayError> {
  const err = await promise.then(
    () => new Error('expected a refusal, got a result'),
    (e: unknown) => e,
  );
  if (!(err instanceof GatewayError)) throw err;
  return err;
}

export function pcscPortContract(makeStack: () => Promise<ContractStack>): void {
  let stack: ContractStack;
  const blocked = new Map<string, string>();
  const blocklist: Blocklist = { isBlocked: (key) => (blocked.has(key) ? { reason: blocked.get(key)! } : null) };
  let credentials: CredentialService;

  beforeAll(async () => {
    stack = await makeStack();
    // cards without a PSAM are read here to test the transport; their refusal is the credential service's own test
    credentials = new CredentialService({ port: stack.port, blocklist, allowUnverified: true, pairing: { pairs: [{ userReader: stack.userReader, psamReader: stack.psamReader }] } });
  });

  afterAll(async () => {
    await credentials?.close();
    await stack?.close();
  });

  /** Fresh slots for each test: standard PSAM in, the given card in the user slot. */
  async function setUp(user: SimCard | null, psam: SimCard | null = new VirtualPsam()): Promise<void> {
    await stack.remove('user');
    await stack.remove('psam');
    if (psam) await stack.insert('psam', psam);
    if (user) await stack.insert('user', user);
  }

  describe('readers and card events', () => {
    it('lists both slots and sees an empty one as empty', async () => {
      await setUp(null, null);
      const readers = await stack.port.listReaders();
      const names = readers.map((r) => r.name);
      expect(names).toContain(stack.userReader);
      expect(names).toContain(stack.psamReader);
      expect(readers.find((r) => r.name === stack.userReader)?.card).toBeNull();
    });

    it('reports each insertion and removal once (hot-plug of cards), with the ATR', async () => {
      await setUp(null, null);
      const seen: ReaderEvent[] = [];
      const stop = stack.port.watch((e) => {
        if ('reader' in e && e.reader === stack.userReader) seen.push(e);
      });
      const first = card('adult-resident');
      await stack.insert('user', first);
      await stack.remove('user');
      await stack.insert('user', card('student'));
      stop();
      expect(seen.map((e) => e.type)).toEqual(['card-inserted', 'card-removed', 'card-inserted']);
      const inserted = seen[0];
      expect(inserted?.type === 'card-inserted' && inserted.atr.equals(first.atr())).toBe(true);
    });

    it('refuses to connect to an empty slot (no card) and to an unknown reader', async () => {
      await setUp(null, null);
      await expect(stack.port.connect(stack.userReader)).rejects.toMatchObject({ kind: 'no-card' });
      await expect(stack.port.connect('No Such Reader 00 00')).rejects.toMatchObject({ kind: 'reader-gone' });
      await expect(gatewayError(credentials.readCard(stack.userReader))).resolves.toMatchObject({ code: 'GW_CARD_NO_CARD' });
    });

    it('keeps other programs out while the gateway reads, and is kept out while another program reads', async () => {
      await setUp(card('employee-account'), null);
      // (another program on this machine may glance at a new card: wait for it like a read does)
      const ours = await connectWhenFree(stack.port, stack.userReader);
      const release = await stack.holdExclusive('user').catch((e: unknown) => e);
      expect(release).toMatchObject({ kind: 'sharing-violation' });
      await ours.disconnect();
      const letGo = await stack.holdExclusive('user');
      const err = await gatewayError(credentials.readCard(stack.userReader));
      expect(err.code).toBe('GW_CARD_READER_BUSY');
      await letGo();
      await expect(credentials.readCard(stack.userReader)).resolves.toMatchObject({ credentialType: '03' });
    });

    it('holds other handles back while a transaction runs', async () => {
      await setUp(card('adult-resident'), null);
      const a = await connectWhenFree(stack.port, stack.userReader);
      const b = await stack.port.connect(stack.userReader);
      const order: string[] = [];
      await a.beginTransaction();
      const waiting = b.transmit(Buffer.from('0084000008', 'hex')).then(() => order.push('b'));
      await a.transmit(Buffer.from('0084000008', 'hex'));
      order.push('a1');
      await a.transmit(Buffer.from('0084000008', 'hex'));
      order.push('a2');
      await a.endTransaction();
      await waiting;
      expect(order).toEqual(['a1', 'a2', 'b']);
      await a.disconnect();
      await b.disconnect();
    });
  });

  describe('the social security card', () => {
    it('reads a 3.0 card with external authentication through the PSAM, insured region included, in at most 17 APDUs', async () => {
      const p = profile('adult-resident');
      await setUp(card('adult-resident'));
      const person = await credentials.readCard(stack.userReader);
      expect(person.credentialType).toBe('03');
      expect(person.card).toMatchObject({
        cardNumber: p.ef05.cardNumber,
        cardIdCode: p.ef05.cardIdCode,
        idNumber: p.ef06.idNumber,
        name: p.ef06.name + (p.ef06.nameExtension ?? ''),
        specVersion: '3.00',
        expiryDate: p.ef05.expiryDate,
        authentication: { external: true, internal: true },
      });
      const fields = parseLegacyString(person.legacy!);
      expect(fields.slice(0, 5)).toEqual([p.ef05.cardIdCode.slice(0, 6), p.ef06.idNumber, p.ef05.cardNumber, p.ef05.cardIdCode, person.name]);
      expect(fields[9]).toBe('152201000001');

      // the identity alone (no clone check), as the benchmark measures it, PSAM session open
      const handle = await connectWhenFree(stack.port, stack.userReader);
      const psamHandle = await connectWhenFree(stack.port, stack.psamReader);
      try {
        const psam = new Psam(new CardChannel(psamHandle));
        const identity = await new SocialSecurityCard(new CardChannel(handle)).readIdentity({ psam });
        expect(identity.apdus.card + identity.apdus.psam).toBeLessThanOrEqual(17);
        expect(identity.insuredRegion).toBe(p.df04.ef05.insuredRegion);
        expect(identity.authentication).toEqual({ external: true, internal: false });
      } finally {
        await handle.disconnect();
        await psamHandle.disconnect();
      }
    });

    it('reads a T=0 card, fetching answers with GET RESPONSE after 61xx', async () => {
      const t0 = recording(card('t0-gen3'));
      await setUp(t0);
      const person = await credentials.readCard(stack.userReader);
      expect(person.card?.idNumber).toBe(profile('t0-gen3').ef06.idNumber);
      expect(t0.commands.some((c) => c.startsWith('00C00000'))).toBe(true);
      // SELECT SSSE answered 6113 on T=0: the driver asked for exactly 0x13 bytes
      expect(t0.commands).toContain('00C0000013');
      // a wrong Le on T=0 answers 6Cxx: the channel repeats the command with the exact length
      const handle = await connectWhenFree(stack.port, stack.userReader);
      try {
        const channel = new CardChannel(handle);
        await channel.exchange(Buffer.from('00A404000F7378312E73682EC9E7BBE1B1A3D5CF', 'hex'));
        const before = t0.commands.length;
        const version = await channel.exchange(Buffer.from('00B2032800', 'hex'));
        expect(version.toString('hex').toUpperCase()).toBe('0304332E3030');
        expect(t0.commands.slice(before)).toEqual(['00B2032800', '00B2032806']);
      } finally {
        await handle.disconnect();
      }
    });

    it('reads a 1.0 card without the name extension, falling back from SFI to SELECT EF', async () => {
      const p = profile('gen1-no-name-extension');
      const gen1 = recording(card('gen1-no-name-extension'));
      await setUp(gen1);
      const person = await credentials.readCard(stack.userReader);
      expect(person.card?.specVersion).toBe('1.00');
      expect(person.name).toBe(p.ef06.name);
      expect(person.card?.nameExtension).toBeUndefined();
      expect(gen1.commands).toContain('00A4020002EF05');
      expect(gen1.commands.some((c) => c.startsWith('00B24E'))).toBe(false);
    });

    it('recovers cleanly from a card pulled out in the middle of a read', async () => {
      await setUp(card('adult-resident'));
      await stack.remove('user');
      await stack.insert('user', card('adult-resident'), { removeAtCommand: 4 });
      const err = await gatewayError(credentials.readCard(stack.userReader));
      expect(['GW_CARD_REMOVED', 'GW_CARD_NO_CARD']).toContain(err.code);
      expect(err.details?.legacy_code).toBe(-2);
      await stack.remove('user');
      await stack.insert('user', card('adult-resident'));
      await expect(credentials.readCard(stack.userReader)).resolves.toMatchObject({ credentialType: '03' });
    });

    it('counts a wrong PIN down to blocked, and a blocked card refuses even the right PIN', async () => {
      const p = profile('student');
      await setUp(card('student'), null);
      const wrong = p.pin === '000000' ? '111111' : '000000';
      expect(await credentials.verifyPin(stack.userReader, { on: 'host', pin: p.pin })).toEqual({ kind: 'ok' });
      expect(await credentials.verifyPin(stack.userReader, { on: 'host', pin: wrong })).toEqual({ kind: 'wrong', triesLeft: 2 });
      expect(await credentials.verifyPin(stack.userReader, { on: 'host', pin: wrong })).toEqual({ kind: 'wrong', triesLeft: 1 });
      expect(await credentials.verifyPin(stack.userReader, { on: 'host', pin: wrong })).toEqual({ kind: 'blocked' });
      expect(await credentials.verifyPin(stack.userReader, { on: 'host', pin: p.pin })).toEqual({ kind: 'blocked' });
      expect(await credentials.changePin(stack.userReader, { on: 'host', oldPin: p.pin, newPin: '246810' })).toEqual({ kind: 'blocked' });
    });

    it('refuses a lost card on the blocklist', async () => {
      const p = profile('lost-card');
      blocked.set(p.ef05.cardNumber, 'reported lost');
      await setUp(card('lost-card'));
      const err = await gatewayError(credentials.readCard(stack.userReader));
      expect(err.code).toBe('GW_CARD_BLOCKLISTED');
      expect(err.details).toMatchObject({ reason: 'reported lost' });
      blocked.clear();
    });

    it('refuses an expired card', async () => {
      await setUp(card('expired-card'));
      const err = await gatewayError(credentials.readCard(stack.userReader));
      expect(err.code).toBe('GW_CARD_EXPIRED');
      expect(err.details).toMatchObject({ expiry_date: profile('expired-card').ef05.expiryDate });
    });

    it('exposes a cloned card by internal authentication', async () => {
      await setUp(card('cloned-card'));
      const err = await gatewayError(credentials.readCard(stack.userReader));
      expect(err.code).toBe('GW_CARD_NOT_GENUINE');
      expect(err.details?.legacy_code).toBe(-21);
    });

    it('needs the PSAM for a 3.0 card (−2201 when the slot is empty)', async () => {
      await setUp(card('adult-resident'), null);
      const err = await gatewayError(credentials.readCard(stack.userReader));
      expect(err.code).toBe('GW_CARD_PSAM_MISSING');
      expect(err.details?.legacy_code).toBe(-2201);
    });

    it('reads the DF04 medical records', async () => {
      const p = profile('employee-account');
      await setUp(card('employee-account'), null);
      const handle = await connectWhenFree(stack.port, stack.userReader);
      try {
        const medical = await new SocialSecurityCard(new CardChannel(handle)).readMedical();
        expect(medical).toEqual({ ...p.df04.ef05, ...p.df04.ef06 });
      } finally {
        await handle.disconnect();
      }
    });

    it('leaving SSSE or a reconnect closes a 3.0 card\'s external authentication', async () => {
      const p = profile('adult-resident');
      await setUp(card('adult-resident'));
      const handle = await connectWhenFree(stack.port, stack.userReader);
      const psamHandle = await connectWhenFree(stack.port, stack.psamReader);
      try {
        const psam = new Psam(new CardChannel(psamHandle));
        const channel = new CardChannel(handle);
        const code = p.ef05.cardIdCode;
        const authenticate = async (): Promise<void> => {
          await channel.exchange(selectByName(SSSE_AID));
          const challenge = await channel.exchange(getChallenge());
          const cryptogram = await psam.cryptogram({ keyId: KEY_ID.RKSSSE, algorithm: algorithmFor('3.00'), cityFactor: cityFactor(code), cardFactor: cardFactor(code), input: challenge });
          await channel.exchange(externalAuthenticate(KEY_ID.RKSSSE, cryptogram, challenge));
        };
        const ef06 = async (): Promise<number> => (await channel.send(Buffer.from('00B2083014', 'hex'))).sw;
        // EF06 tag 08 via SFI is open after external authentication …
        await authenticate();
        expect(await ef06()).toBe(0x9000);
        // … closed once the card leaves SSSE (an identity read ends in DF04) …
        await channel.exchange(selectByName(DF04_AID));
        await channel.exchange(selectByName(SSSE_AID));
        expect(await ef06()).toBe(0x6982);
        // … and after a reset
        await authenticate();
        expect(await ef06()).toBe(0x9000);
        await handle.reconnect();
        await channel.exchange(selectByName(SSSE_AID));
        expect(await ef06()).toBe(0x6982);
      } finally {
        await handle.disconnect();
        await psamHandle.disconnect();
      }
    });

    it('a handle to a card that left is a transport error, never a status word', async () => {
      await setUp(card('adult-resident'), null);
      const handle = await connectWhenFree(stack.port, stack.userReader);
      await stack.remove('user');
      const err = await handle.transmit(Buffer.from('0084000008', 'hex')).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(PcscTransportError);
      expect(['card-removed', 'no-card', 'closed']).toContain((err as PcscTransportError).kind);
      await handle.disconnect();
    });
  });
}
