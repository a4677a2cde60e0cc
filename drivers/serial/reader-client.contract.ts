/**
 * One contract suite for the serial reader client, run twice (STYLE.md item 4): over the mock
 * line (`reader-client.test.ts`) and over the real `serialport` driver on a pseudo-terminal
 * with the emulator behind it (`simulator/serial/pty-emulator.test.ts`).
 */
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger, type Logger } from '../../gateway/log.ts';
import { CardStatusError } from '../pcsc/errors.ts';
import type { SerialReaderDevice } from '../../simulator/serial/reader-device.ts';
import { ScriptedPinPad, encodePinBcd } from '../../simulator/serial/pin-pad.ts';
import { PinTestCard } from '../../simulator/serial/testing/pin-test-card.ts';
import { isSerialReaderError, type SerialFailure } from './errors.ts';
import type { SerialReader, SerialReaderOptions } from './reader-client.ts';

export interface ReaderRig {
  readonly reader: SerialReader;
  readonly device: SerialReaderDevice;
  /** The reader goes away (mock: unplug; pty: the emulator stops). */
  unplug(): Promise<void>;
  teardown(): Promise<void>;
}

export type RigFactory = (setup: { pad: ScriptedPinPad; clientOptions: SerialReaderOptions; deviceLogger: Logger }) => Promise<ReaderRig>;

/** Collects a logger's output as text, to prove what is (not) in it. */
export function captureLog(): { logger: Logger; text(): string } {
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { logger: createLogger({ level: 'trace' }, sink), text: () => chunks.join('') };
}

async function failure(promise: Promise<unknown>): Promise<SerialFailure | string> {
  try {
    await promise;
    return 'resolved';
  } catch (err) {
    return isSerialReaderError(err) ? err.kind : String(err);
  }
}

export function serialReaderContract(name: string, makeRig: RigFactory): void {
  describe(`serial reader contract — ${name}`, () => {
    let pad: ScriptedPinPad;
    let rig: ReaderRig;
    let card: PinTestCard;
    let clientLog: ReturnType<typeof captureLog>;
    let deviceLog: ReturnType<typeof captureLog>;

    beforeEach(async () => {
      pad = new ScriptedPinPad();
      clientLog = captureLog();
      deviceLog = captureLog();
      rig = await makeRig({ pad, clientOptions: { logger: clientLog.logger, timeoutMs: 300, retries: 2 }, deviceLogger: deviceLog.logger });
      card = new PinTestCard(encodePinBcd('123456'));
    });

    afterEach(async () => {
      await rig.teardown();
    });

    it('reports the slot, powers the card on and exchanges APDUs', async () => {
      expect(await rig.reader.status()).toBe('absent');
      expect(await failure(rig.reader.powerOn())).toBe('no-card');
      rig.device.insert(card);
      expect(await rig.reader.status()).toBe('present');
      expect(await failure(rig.reader.transmit(Buffer.from('0084000008', 'hex')))).toBe('not-powered');
      expect(await rig.reader.powerOn()).toEqual(PinTestCard.ATR);
      expect(await rig.reader.status()).toBe('powered');
      const challenge = await rig.reader.transmit(Buffer.from('0084000008', 'hex'));
      expect(challenge.length).toBe(10);
      expect(challenge.subarray(8).toString('hex')).toBe('9000');
      // A refusal is an answer, not a transport failure
      expect((await rig.reader.transmit(Buffer.from('00CA000000', 'hex'))).toString('hex')).toBe('6d00');
      await rig.reader.powerOff();
      expect(await rig.reader.status()).toBe('present');
    });

    it('PIN entry on the pad: ok, wrong with tries left, down to blocked', async () => {
      rig.device.insert(card);
      await rig.reader.powerOn();
      pad.type('123456');
      expect(await rig.reader.enterPin()).toEqual({ kind: 'ok' });
      expect(card.received.at(-1)?.toString('hex')).toBe('0020000003123456');
      pad.type('111111');
      expect(await rig.reader.enterPin()).toEqual({ kind: 'wrong', triesLeft: 2 });
      pad.type('222222');
      expect(await rig.reader.enterPin()).toEqual({ kind: 'wrong', triesLeft: 1 });
      pad.type('333333');
      expect(await rig.reader.enterPin()).toEqual({ kind: 'blocked' });
      pad.type('123456');
      expect(await rig.reader.enterPin()).toEqual({ kind: 'blocked' });
      expect(pad.requests.map((r) => r.purpose)).toEqual(['verify', 'verify', 'verify', 'verify', 'verify']);
    });

    it('PIN change on the pad, then the new PIN verifies', async () => {
      rig.device.insert(card);
      await rig.reader.powerOn();
      pad.type('123456').type('654321').type('654321');
      expect(await rig.reader.changePin()).toEqual({ kind: 'ok' });
      pad.type('654321');
      expect(await rig.reader.enterPin()).toEqual({ kind: 'ok' });
    });

    it('cancel and timeout on the pad are typed failures; a PIN of the wrong length cancels', async () => {
      rig.device.insert(card);
      await rig.reader.powerOn();
      pad.cancel();
      expect(await failure(rig.reader.enterPin())).toBe('pin-cancelled');
      pad.timeout();
      expect(await failure(rig.reader.enterPin())).toBe('pin-timeout');
      pad.type('12');
      expect(await failure(rig.reader.enterPin())).toBe('pin-cancelled');
      expect(card.triesLeft).toBe(3);
    });

    it('a holder typing slowly: the host REPEATs, the reader answers busy, the PIN answer comes when the pad is done', async () => {
      rig.device.insert(card);
      await rig.reader.powerOn();
      const outcome = rig.reader.enterPin({ timeoutSeconds: 30 });
      await new Promise((resolve) => setTimeout(resolve, 1000)); // > 3 slices of 300 ms: retries alone would have given up
      pad.type('123456');
      expect(await outcome).toEqual({ kind: 'ok' });
      expect(rig.device.executed).toBe(2);
    });

    it('a reader that goes silent during PIN entry is a timeout after a few slices, not after the PIN wait', async () => {
      rig.device.insert(card);
      await rig.reader.powerOn();
      rig.device.faults.dropReplies = 1000;
      expect(await failure(rig.reader.enterPin({ timeoutSeconds: 120 }))).toBe('timeout');
    });

    it('a card refusal other than a PIN answer is a CardStatusError', async () => {
      const locked = { powerOn: () => PinTestCard.ATR, transmit: () => Buffer.from('6982', 'hex') };
      rig.device.insert(locked);
      await rig.reader.powerOn();
      pad.type('123456');
      await expect(rig.reader.enterPin()).rejects.toBeInstanceOf(CardStatusError);
    });

    it('the PIN never appears in the host log nor in the emulator transcript', async () => {
      rig.device.insert(card);
      await rig.reader.powerOn();
      pad.type('123456');
      await rig.reader.enterPin();
      pad.type('123456').type('987650').type('987650');
      await rig.reader.changePin();
      const text = clientLog.text() + deviceLog.text();
      expect(text).toContain('<PIN hidden>');
      expect(text).toContain('serial command');
      for (const secret of ['123456', '987650', '12 34 56', '0020000003']) expect(text).not.toContain(secret);
    });

    it('display, beep and card events', async () => {
      const events: string[] = [];
      rig.reader.onCardEvent((state) => events.push(state));
      await rig.reader.display('请插卡', 1);
      expect(rig.device.display[1]).toBe('请插卡');
      await rig.reader.beep(2, 100);
      expect(rig.device.beeps).toBe(2);
      rig.device.insert(card);
      rig.device.remove();
      await rig.reader.status();
      expect(events).toEqual(['present', 'absent']);
    });

    it('a corrupt answer is fetched again with REPEAT: the command runs once', async () => {
      rig.device.insert(card);
      await rig.reader.powerOn();
      rig.device.faults.corruptReplies = 1;
      const before = rig.device.executed;
      const challenge = await rig.reader.transmit(Buffer.from('0084000008', 'hex'));
      expect(challenge.length).toBe(10);
      expect(rig.device.executed - before).toBe(1);
      expect(card.received.length).toBe(1);
      // a VERIFY whose answer is corrupted must not use a second try
      rig.device.faults.corruptReplies = 1;
      pad.type('000000');
      expect(await rig.reader.enterPin()).toEqual({ kind: 'wrong', triesLeft: 2 });
    });

    it('a lost answer: timeout, REPEAT, the kept answer comes back', async () => {
      rig.device.insert(card);
      await rig.reader.powerOn();
      rig.device.faults.dropReplies = 1;
      const before = rig.device.executed;
      expect((await rig.reader.transmit(Buffer.from('0084000008', 'hex'))).length).toBe(10);
      expect(rig.device.executed - before).toBe(1);
    });

    it('a command corrupted on the way to the reader: ERROR 04, sent again, run once', async () => {
      rig.device.insert(card);
      await rig.reader.powerOn();
      rig.device.faults.corruptCommands = 1;
      const before = rig.device.executed;
      pad.type('123456');
      expect(await rig.reader.enterPin()).toEqual({ kind: 'ok' });
      expect(rig.device.executed - before).toBe(1);
      expect(rig.device.faults.corruptCommands).toBe(0);
    });

    it('line noise (with false STX) before an answer is skipped', async () => {
      rig.device.faults.noiseBeforeReply = Buffer.from('FF02FFFF0002AA55020500', 'hex');
      expect(await rig.reader.status()).toBe('absent');
      rig.device.faults.noiseBeforeReply = Buffer.from('0201F0', 'hex'); // false STX with LEN 0x1F0: waits for the inter-character timeout
      expect(await rig.reader.status()).toBe('absent');
    });

    it('gives up with a typed timeout when the reader stays silent', async () => {
      rig.device.faults.dropReplies = 10;
      expect(await failure(rig.reader.status())).toBe('timeout');
    });

    it('reader unplugged mid-request: the pending call fails as reader-gone at once, and so does every later call', async () => {
      rig.device.insert(card);
      await rig.reader.powerOn();
      const gone: string[] = [];
      rig.reader.onGone((err) => gone.push(err.kind));
      const pending = failure(rig.reader.enterPin({ timeoutSeconds: 60 })); // the pad waits: nobody types
      await new Promise((resolve) => setTimeout(resolve, 50));
      await rig.unplug();
      // resolves long before the 65 s the host would wait for the pad: no hang
      expect(await pending).toBe('reader-gone');
      expect(rig.reader.connected).toBe(false);
      expect(await failure(rig.reader.status())).toBe('reader-gone');
      expect(gone).toEqual(['reader-gone']);
    });
  });
}
