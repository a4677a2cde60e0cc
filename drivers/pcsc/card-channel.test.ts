import { describe, expect, it } from 'vitest';
import { CardChannel, commandLabel } from './card-channel.ts';
import { CardStatusError, PcscTransportError } from './errors.ts';
import { MockPcscPort } from './mock-port.ts';
import { ApduTranscript, TranscriptMismatch } from './transcript.ts';

const READER = 'Mock Reader 00 00';
const ATR = '3B 6F 00 00 80 31 80 65 B0 85 03 00 EF 12 0F FF 82 90 00';

async function channelFor(script: string, protocol: 'T0' | 'T1' = 'T0'): Promise<{ channel: CardChannel; card: ApduTranscript; port: MockPcscPort }> {
  const port = new MockPcscPort([READER]);
  const card = new ApduTranscript(script, { atr: ATR, protocol });
  port.insertCard(READER, card);
  return { channel: new CardChannel(await port.connect(READER)), card, port };
}

describe('CardChannel', () => {
  it('fetches T=0 response data with GET RESPONSE after 61xx', async () => {
    const { channel, card } = await channelFor(`
      => 00A404000F 7378312E73682EC9E7BBE1B1A3D5CF
      <= 6104
      => 00C0000004
      <= 6F02 8400 9000
    `);
    const data = await channel.exchange(Buffer.from('00A404000F7378312E73682EC9E7BBE1B1A3D5CF', 'hex'));
    expect(data.toString('hex').toUpperCase()).toBe('6F028400');
    expect(channel.apduCount).toBe(2);
    card.assertDone();
  });

  it('keeps asking while the card announces more data, and concatenates', async () => {
    const { channel, card } = await channelFor(`
      => 0084000008
      <= 0102 6106
      => 00C0000006
      <= 030405060708 9000
    `);
    expect((await channel.exchange(Buffer.from('0084000008', 'hex'))).toString('hex')).toBe('0102030405060708');
    card.assertDone();
  });

  it('repeats a command once with the exact Le after 6Cxx', async () => {
    const { channel, card } = await channelFor(`
      => 00B2072800
      <= 6C0B
      => 00B207280B
      <= 0709 413132333435363738 9000
    `, 'T1');
    const data = await channel.exchange(Buffer.from('00B2072800', 'hex'));
    expect(data.subarray(0, 2).toString('hex')).toBe('0709');
    expect(channel.apduCount).toBe(2);
    card.assertDone();
  });

  it('turns a refusal into CardStatusError with the status word, and send() returns it as a value', async () => {
    const { channel, card } = await channelFor(`
      => 00B2083014
      <= 6982
      => 00B2083014
      <= 6982
    `, 'T1');
    const refused = await channel.exchange(Buffer.from('00B2083014', 'hex')).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(CardStatusError);
    expect((refused as CardStatusError).sw).toBe(0x6982);
    expect((await channel.send(Buffer.from('00B2083014', 'hex'))).sw).toBe(0x6982);
    card.assertDone();
  });

  it('never shows a PIN in an error or label', () => {
    expect(commandLabel(Buffer.from('0020000003123456', 'hex'))).toBe('00200000 <PIN hidden>');
    expect(commandLabel(Buffer.from('805E010007123456FF654321', 'hex'))).not.toContain('123456');
  });

  it('reports a card pulled out mid-command as a transport error, not a status word', async () => {
    const { channel, port } = await channelFor(`
      => 0084000008
      <= !remove
    `, 'T1');
    const events: string[] = [];
    port.watch((e) => events.push(e.type));
    const err = await channel.exchange(Buffer.from('0084000008', 'hex')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PcscTransportError);
    expect((err as PcscTransportError).kind).toBe('card-removed');
    expect(events).toEqual(['card-removed']);
  });

  it('times out a card that never answers', async () => {
    const port = new MockPcscPort([READER]);
    port.insertCard(READER, new ApduTranscript('=> 0084000008\n<= !stall', { atr: ATR }));
    const channel = new CardChannel(await port.connect(READER), { timeoutMs: 20 });
    const err = await channel.exchange(Buffer.from('0084000008', 'hex')).catch((e: unknown) => e);
    expect((err as PcscTransportError).kind).toBe('timeout');
  });

  it('a transcript reports a command that differs from the script', async () => {
    const { channel, card } = await channelFor('=> 0084000008\n<= 9000', 'T1');
    await expect(channel.exchange(Buffer.from('0084000004', 'hex'))).rejects.toBeInstanceOf(TranscriptMismatch);
    expect(() => card.assertDone()).toThrow(/expected 0084000008, got 0084000004/);
  });
});
