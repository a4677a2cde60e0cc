import { describe, expect, it } from 'vitest';
import { MockPcscPort } from './mock-port.ts';
import type { ReaderEvent } from './port.ts';
import { ApduTranscript } from './transcript.ts';

const ATR = '3B6C0000535343310123456789ABCDEF';
const echo = { atr: Buffer.from(ATR, 'hex'), respond: () => Buffer.from('9000', 'hex') };

describe('MockPcscPort handles', () => {
  it('hot-plugs readers while running', async () => {
    const port = new MockPcscPort();
    const events: ReaderEvent[] = [];
    port.watch((e) => events.push(e));
    port.addReader('R 00 00');
    port.insertCard('R 00 00', echo);
    port.unplugReader('R 00 00');
    expect(events.map((e) => e.type)).toEqual(['reader-added', 'card-inserted', 'card-removed', 'reader-removed']);
    expect(await port.listReaders()).toEqual([]);
  });

  it('a handle whose reader was unplugged gets `reader-gone`', async () => {
    const port = new MockPcscPort(['R 00 00']);
    port.insertCard('R 00 00', echo);
    const handle = await port.connect('R 00 00');
    port.unplugReader('R 00 00');
    await expect(handle.transmit(Buffer.from('00A4040000', 'hex'))).rejects.toMatchObject({ kind: 'reader-gone' });
  });

  it('another program holding the reader is a sharing violation', async () => {
    const port = new MockPcscPort(['R 00 00']);
    port.insertCard('R 00 00', echo);
    const release = port.holdExclusive('R 00 00');
    await expect(port.connect('R 00 00')).rejects.toMatchObject({ kind: 'sharing-violation' });
    release();
    await expect(port.connect('R 00 00')).resolves.toBeDefined();
  });

  it('records what was sent and checks the transcript to its end', async () => {
    const port = new MockPcscPort(['R 00 00']);
    const card = new ApduTranscript('=> 0084000008\n<= 0102030405060708 9000\n=> 0084000008\n<= 6985', { atr: ATR });
    port.insertCard('R 00 00', card);
    const handle = await port.connect('R 00 00');
    await handle.transmit(Buffer.from('0084000008', 'hex'));
    expect(port.sent).toEqual([{ reader: 'R 00 00', apdu: '0084000008' }]);
    expect(() => card.assertDone()).toThrow(/never sent \(1 left\)/);
  });

  it('after a pcscd restart old handles are void and a reconnect recovers', async () => {
    const port = new MockPcscPort(['R 00 00']);
    port.insertCard('R 00 00', echo);
    const handle = await port.connect('R 00 00');
    port.stopService();
    await expect(handle.transmit(Buffer.from('00A4040000', 'hex'))).rejects.toMatchObject({ kind: 'no-service' });
    port.startService();
    await expect(handle.transmit(Buffer.from('00A4040000', 'hex'))).rejects.toMatchObject({ kind: 'card-removed' });
    await handle.reconnect();
    expect((await handle.transmit(Buffer.from('00A4040000', 'hex'))).toString('hex')).toBe('9000');
  });
});
