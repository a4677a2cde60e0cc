/**
 * The vpcd link against a fake vpcd (a TCP server speaking vsmartcard's framing), so the
 * protocol handling is tested without pcscd: length-prefixed messages, control codes, split
 * and merged TCP chunks, transcripts, remove/swap and a card pulled mid-command.
 */
import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { fromHex, hex } from '../../protocol/apdu/errors.ts';
import { loadProfile } from './profile.ts';
import { VirtualCard } from './virtual-card.ts';
import { VpcdLink } from './vpcd-link.ts';

interface FakeVpcd {
  readonly port: number;
  /** Resolves with the next accepted card connection. */
  nextCard(): Promise<FakeCardConn>;
  close(): Promise<void>;
}

interface FakeCardConn {
  send(payload: Buffer, split?: boolean): void;
  /** Writes bytes as they are (several frames in one TCP chunk). */
  raw(bytes: Buffer): void;
  /** Resolves with the next framed answer from the card. */
  answer(): Promise<Buffer>;
  closed: Promise<void>;
}

async function fakeVpcd(): Promise<FakeVpcd> {
  const waiting: Array<(c: FakeCardConn) => void> = [];
  const sockets: Socket[] = [];
  const server: Server = createServer((socket) => {
    sockets.push(socket);
    let buffer = Buffer.alloc(0);
    const answers: Buffer[] = [];
    let wake: (() => void) | undefined;
    socket.on('data', (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      while (buffer.length >= 2 && buffer.length >= 2 + buffer.readUInt16BE(0)) {
        const n = buffer.readUInt16BE(0);
        answers.push(Buffer.from(buffer.subarray(2, 2 + n)));
        buffer = buffer.subarray(2 + n);
        wake?.();
      }
    });
    const conn: FakeCardConn = {
      send(payload, split = false) {
        const frame = Buffer.concat([Buffer.from([payload.length >> 8, payload.length & 0xff]), payload]);
        if (!split) socket.write(frame);
        else for (const b of frame) socket.write(Buffer.from([b]));
      },
      raw(bytes) {
        socket.write(bytes);
      },
      async answer() {
        while (answers.length === 0) await new Promise<void>((r) => (wake = r));
        return answers.shift()!;
      },
      closed: new Promise<void>((r) => socket.on('close', () => r())),
    };
    const w = waiting.shift();
    if (w) w(conn);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    port: address.port,
    nextCard: () => new Promise((r) => waiting.push(r)),
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

let vpcd: FakeVpcd | undefined;
afterEach(async () => {
  await vpcd?.close();
  vpcd = undefined;
});

describe('VpcdLink', () => {
  it('answers get-ATR, powers the card on, relays APDUs and writes a transcript', async () => {
    vpcd = await fakeVpcd();
    const lines: string[] = [];
    const link = new VpcdLink({ port: vpcd.port, transcript: (l) => lines.push(l) });
    const card = new VirtualCard(loadProfile('adult-resident'));
    const accepted = vpcd.nextCard();
    const inserting = link.insert(card);
    const conn = await accepted;
    conn.send(Buffer.from([0x04]));
    await inserting;
    expect(await conn.answer()).toEqual(card.atr());
    conn.send(Buffer.from([0x01]));
    conn.send(fromHex('00A404000F7378312E73682EC9E7BBE1B1A3D5CF'), true); // byte by byte
    expect(hex(await conn.answer())).toBe('6F11840F7378312E73682EC9E7BBE1B1A3D5CF9000');
    conn.raw(Buffer.concat([Buffer.from([0, 5]), fromHex('00B207280B'), Buffer.from([0, 1, 4])])); // two frames in one chunk
    expect(hex(await conn.answer())).toMatch(/^0709[0-9A-F]{18}9000$/);
    expect(await conn.answer()).toEqual(card.atr());
    expect(lines.filter((l) => !l.startsWith('#'))).toEqual([
      '=> 00A404000F7378312E73682EC9E7BBE1B1A3D5CF',
      '<= 6F11840F7378312E73682EC9E7BBE1B1A3D5CF9000',
      '=> 00B207280B',
      expect.stringMatching(/^<= 0709/),
    ]);
    expect(lines.some((l) => /power on, ATR 3BEC/.test(l))).toBe(true);
    expect(link.exchanges).toBe(2);
    await link.remove();
    await conn.closed;
    expect(link.inserted).toBe(false);
    await link.close();
  });

  it('swaps cards: the old connection closes and the new card answers', async () => {
    vpcd = await fakeVpcd();
    const link = new VpcdLink({ port: vpcd.port });
    const first = new VirtualCard(loadProfile('adult-resident'));
    const second = new VirtualCard(loadProfile('student'));
    const c1p = vpcd.nextCard();
    const ins = link.insert(first);
    const c1 = await c1p;
    c1.send(Buffer.from([0x04]));
    await ins;
    await c1.answer();
    const c2p = vpcd.nextCard();
    const swapping = link.swap(second);
    await c1.closed;
    const c2 = await c2p;
    c2.send(Buffer.from([0x04]));
    await swapping;
    expect(await c2.answer()).toEqual(second.atr());
    expect(link.card).toBe(second);
    await link.close();
  });

  it('pulls the card out on the command a hook picks, without answering it', async () => {
    vpcd = await fakeVpcd();
    const link = new VpcdLink({ port: vpcd.port });
    const removed: string[] = [];
    link.on('removed', (why: string) => removed.push(why));
    link.onCommand((apdu) => (apdu[1] === 0xb2 ? 'pull' : undefined));
    const cp = vpcd.nextCard();
    const ins = link.insert(new VirtualCard(loadProfile('adult-resident')));
    const c = await cp;
    c.send(Buffer.from([0x01]));
    await ins;
    c.send(fromHex('00B207280B'));
    await c.closed;
    expect(removed).toEqual(['pulled mid-command']);
    expect(link.inserted).toBe(false);
    await link.close();
  });

  it('rejects insert with a clear error when nothing listens, and a second insert while a card is in', async () => {
    vpcd = await fakeVpcd();
    const port = vpcd.port;
    await vpcd.close();
    vpcd = undefined;
    const link = new VpcdLink({ port });
    await expect(link.insert(new VirtualCard(loadProfile('adult-resident')))).rejects.toThrow(/cannot reach vpcd/);
    vpcd = await fakeVpcd();
    const link2 = new VpcdLink({ port: vpcd.port, insertTimeoutMs: 200 });
    const card = new VirtualCard(loadProfile('adult-resident'));
    await expect(link2.insert(card)).rejects.toThrow(/did not speak to the card/);
    expect(link2.inserted).toBe(false);
    const cp = vpcd.nextCard();
    const ins = link2.insert(card);
    (await cp).send(Buffer.from([0x04]));
    await ins;
    await expect(link2.insert(card)).rejects.toThrow(/already/);
    await link2.close();
  });
});
