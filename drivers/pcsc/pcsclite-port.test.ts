/**
 * The real port's own logic — event deduplication, swapped-card detection, pcscd going and
 * coming back — against a fake of the `pcsclite` module's objects (the events and callbacks
 * its index.d.ts declares). The same port against real pcscd is in test/contract/.
 */
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { PcscTransportError } from './errors.ts';
import { PcscLitePort, type NativeReader, type NativeService, type PcscFactory } from './pcsclite-port.ts';
import type { ReaderEvent } from './port.ts';

const PRESENT = 0x20;
const EMPTY = 0x10;
const INUSE = 0x100;
const EXCLUSIVE = 0x80;

class FakeReader extends EventEmitter {
  readonly SCARD_SHARE_SHARED = 2;
  readonly SCARD_SHARE_EXCLUSIVE = 1;
  readonly SCARD_PROTOCOL_T0 = 1;
  readonly SCARD_PROTOCOL_T1 = 2;
  readonly SCARD_STATE_PRESENT = PRESENT;
  readonly SCARD_STATE_MUTE = 0x200;
  readonly SCARD_LEAVE_CARD = 0;
  readonly SCARD_RESET_CARD = 1;
  connected = false;
  sent: string[] = [];
  answer: (apdu: Buffer) => Buffer | Error = () => Buffer.from('9000', 'hex');
  constructor(readonly name: string) {
    super();
  }
  connect(_options: unknown, cb: (err: unknown, protocol: number) => void): void {
    setImmediate(() => {
      this.connected = true;
      cb(null, 2);
    });
  }
  disconnect(_disposition: number, cb: (err: unknown) => void): void {
    setImmediate(() => {
      this.connected = false;
      cb(null);
    });
  }
  transmit(data: Buffer, _len: number, _protocol: number, cb: (err: unknown, data: Buffer) => void): void {
    this.sent.push(data.toString('hex'));
    const out = this.answer(data);
    setImmediate(() => (out instanceof Error ? cb(out, Buffer.alloc(0)) : cb(null, out)));
  }
  close(): void {
    this.emit('end');
  }
  status(state: number, atr = '3B00'): void {
    this.emit('status', { state, atr: Buffer.from(atr, 'hex') });
  }
}

class FakeService extends EventEmitter {
  startCb: ((err: unknown, data: Buffer) => void) | null = null;
  closed = false;
  start(cb: (err: unknown, data: Buffer) => void): void {
    this.startCb = cb;
  }
  close(): void {
    this.closed = true;
  }
  /** What the module does after a listing: a `reader` event per new reader, then the callback. */
  list(readers: FakeReader[]): void {
    for (const r of readers) this.emit('reader', r);
    this.startCb?.(null, Buffer.alloc(0));
  }
}

function fakePcsc(): { factory: PcscFactory; services: FakeService[]; up: { value: boolean } } {
  const services: FakeService[] = [];
  const up = { value: true };
  const factory: PcscFactory = () => {
    if (!up.value) throw new Error('SCardEstablishContext error: Service not available.(0x8010001d)');
    const service = new FakeService();
    services.push(service);
    // the module starts listing on the next tick
    process.nextTick(() => service.start(() => undefined));
    return service as unknown as NativeService;
  };
  return { factory, services, up };
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

async function started(): Promise<{ port: PcscLitePort; service: FakeService; reader: FakeReader; events: ReaderEvent[]; fake: ReturnType<typeof fakePcsc> }> {
  const fake = fakePcsc();
  const port = new PcscLitePort(fake.factory, { retryMs: 5 });
  const events: ReaderEvent[] = [];
  port.watch((e) => events.push(e));
  await tick();
  const service = fake.services[0]!;
  const reader = new FakeReader('Fake 00 00');
  service.list([reader]);
  reader.status(EMPTY);
  return { port, service, reader, events, fake };
}

const kinds = (events: ReaderEvent[]): string[] => events.map((e) => e.type);

describe('PcscLitePort (against a fake pcsclite module)', () => {
  it('lists readers once the first listing and their first status are in', async () => {
    const { port, reader } = await started();
    reader.status(PRESENT, '3B6C0000');
    expect(await port.listReaders()).toEqual([{ name: 'Fake 00 00', card: { atr: Buffer.from('3B6C0000', 'hex') } }]);
    await port.close();
  });

  it('reports each insertion and removal once, ignoring in-use and exclusive flag changes', async () => {
    const { port, reader, events } = await started();
    reader.status(PRESENT | (1 << 16));
    reader.status(PRESENT | INUSE | (1 << 16));
    reader.status(PRESENT | INUSE | EXCLUSIVE | (1 << 16));
    reader.status(PRESENT | (1 << 16));
    reader.status(EMPTY | (2 << 16));
    reader.status(EMPTY | (2 << 16));
    expect(kinds(events)).toEqual(['reader-added', 'card-inserted', 'card-removed']);
    await port.close();
  });

  it('reports a card swapped between two looks as removed then inserted (event counter jumped by 2)', async () => {
    const { port, reader, events } = await started();
    reader.status(PRESENT | (1 << 16), '3B01');
    reader.status(PRESENT | (3 << 16), '3B01');
    expect(kinds(events)).toEqual(['reader-added', 'card-inserted', 'card-removed', 'card-inserted']);
    await port.close();
  });

  it('gives a handle to a removed card `card-removed`, and a new connect works on the next card', async () => {
    const { port, reader } = await started();
    reader.status(PRESENT | (1 << 16));
    const handle = await port.connect('Fake 00 00');
    expect((await handle.transmit(Buffer.from('0084000008', 'hex'))).toString('hex')).toBe('9000');
    reader.status(EMPTY | (2 << 16));
    const err = (await handle.transmit(Buffer.from('0084000008', 'hex')).catch((e: unknown) => e)) as PcscTransportError;
    expect(err.kind).toBe('card-removed');
    reader.status(PRESENT | (3 << 16));
    await tick();
    const again = await port.connect('Fake 00 00');
    expect((await again.transmit(Buffer.from('0084000008', 'hex'))).toString('hex')).toBe('9000');
    await port.close();
  });

  it('maps the PC/SC code inside a pcsclite error to a transport failure', async () => {
    const { port, reader } = await started();
    reader.status(PRESENT | (1 << 16));
    const handle = await port.connect('Fake 00 00');
    reader.answer = () => new Error('SCardTransmit error: Card was removed.(0x80100069)');
    const err = (await handle.transmit(Buffer.from('00A4040000', 'hex')).catch((e: unknown) => e)) as PcscTransportError;
    expect([err.kind, err.pcscCode]).toEqual(['card-removed', 0x80100069]);
    await port.close();
  });

  it('connect to an empty slot is `no-card`, to an unknown reader `reader-gone`', async () => {
    const { port } = await started();
    await expect(port.connect('Fake 00 00')).rejects.toMatchObject({ kind: 'no-card' });
    await expect(port.connect('Nope 00 00')).rejects.toMatchObject({ kind: 'reader-gone' });
    await port.close();
  });

  it('survives pcscd going away and coming back: readers removed, service-lost, retry, service-restored, readers again', async () => {
    const { port, service, reader, events, fake } = await started();
    reader.status(PRESENT | (1 << 16));
    fake.up.value = false;
    service.emit('error', new Error('SCardGetStatusChange error: Service was stopped.(0x8010001e)'));
    expect(kinds(events).slice(-3)).toEqual(['card-removed', 'reader-removed', 'service-lost']);
    await expect(port.listReaders()).rejects.toMatchObject({ kind: 'no-service' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    fake.up.value = true;
    await new Promise((resolve) => setTimeout(resolve, 20));
    const second = fake.services.at(-1)!;
    expect(second).not.toBe(service);
    const back = new FakeReader('Fake 00 00');
    second.list([back]);
    back.status(PRESENT | (1 << 16));
    expect(kinds(events).slice(-3)).toEqual(['service-restored', 'reader-added', 'card-inserted']);
    expect((await port.listReaders()).map((r) => r.name)).toEqual(['Fake 00 00']);
    await port.close();
  });

  it('starts without pcscd and reports `no-service` until it appears', async () => {
    const fake = fakePcsc();
    fake.up.value = false;
    const port = new PcscLitePort(fake.factory, { retryMs: 5 });
    await expect(port.listReaders()).rejects.toMatchObject({ kind: 'no-service' });
    await port.close();
  });

  it('reports a reader unplugged (its `end`) as card-removed then reader-removed', async () => {
    const { port, reader, events } = await started();
    reader.status(PRESENT | (1 << 16));
    reader.emit('end');
    expect(kinds(events).slice(-2)).toEqual(['card-removed', 'reader-removed']);
    expect(await port.listReaders()).toEqual([]);
    await port.close();
  });
});

// keep the fake honest about the shape the port expects
const _typecheck: NativeReader = new FakeReader('x') as unknown as NativeReader;
void _typecheck;
