/**
 * A foreign PC/SC client (opensc-tool, scriptor) sees the virtual
 * card through pcscd + vpcd, reads its ATR and gets the reference's bytes for SELECT SSSE,
 * READ RECORD EF05 tag 07 and EF06 tag 08 (shared/reference/social-security-card.md).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromHex, hex } from '../../protocol/apdu/errors.ts';
import { cardFactor, cardKey, cityFactor, cryptogram } from '../../protocol/sscard/crypto.ts';
import { DEMO_TEST_KEYS } from '../../simulator/card/keys.ts';
import { loadProfile } from '../../simulator/card/profile.ts';
import { VirtualCard } from '../../simulator/card/virtual-card.ts';
import { VpcdLink } from '../../simulator/card/vpcd-link.ts';
import { acquireBench, type Bench } from '../support/pcsc-stack.ts';
import { openscAtr, openscSend, scriptor } from './foreign-tools.ts';
import { watchReader, type RawReaderWatch } from './raw-pcsc.ts';

const SELECT_SSSE = '00A404000F7378312E73682EC9E7BBE1B1A3D5CF';
const FCI_SSSE = '6F11840F7378312E73682EC9E7BBE1B1A3D5CF';
const READ_EF05_07 = '00B207280B';
const READ_EF06_08 = '00B2083014';
const ascii = (s: string): string => Buffer.from(s, 'latin1').toString('hex').toUpperCase();

let bench: Bench;
let link: VpcdLink;
let watch: RawReaderWatch;
const transcript: string[] = [];

beforeAll(async () => {
  bench = await acquireBench();
  link = new VpcdLink({ port: bench.userPort, label: bench.userReader, transcript: (l) => transcript.push(l) });
  watch = await watchReader(bench.userReader);
});

afterAll(async () => {
  await link?.close();
  watch?.close();
  bench?.release();
});

async function insert(card: VirtualCard): Promise<void> {
  transcript.length = 0;
  await link.insert(card);
  await watch.waitFor(true);
}

async function remove(): Promise<void> {
  await link.remove();
  await watch.waitFor(false);
}

describe('a foreign PC/SC client reads the virtual card', () => {
  it('opensc-tool: ATR, SELECT SSSE, EF05 tag 07 and EF06 tag 08 of a 2.00 card (T=1)', async () => {
    const profile = loadProfile('employee-account');
    const card = new VirtualCard(profile);
    await insert(card);
    expect(await openscAtr(bench.userReader)).toBe(hex(card.atr()));
    const got = await openscSend(bench.userReader, [SELECT_SSSE, READ_EF05_07, READ_EF06_08]);
    expect(got).toEqual([
      { sent: SELECT_SSSE, received: `${FCI_SSSE}9000` },
      { sent: READ_EF05_07, received: `0709${ascii(profile.ef05.cardNumber)}9000` },
      { sent: READ_EF06_08, received: `0812${ascii(profile.ef06.idNumber)}9000` },
    ]);
    // the card's own transcript shows the same bytes
    expect(transcript).toEqual(expect.arrayContaining([`=> ${READ_EF05_07}`, `<= 0709${ascii(profile.ef05.cardNumber)}9000`, `=> ${READ_EF06_08}`]));
    await remove();
  });

  it('opensc-tool: a 3.00 card keeps EF06 behind external authentication (6982) but gives EF05', async () => {
    const profile = loadProfile('adult-resident');
    await insert(new VirtualCard(profile));
    const got = await openscSend(bench.userReader, [SELECT_SSSE, READ_EF05_07, READ_EF06_08]);
    expect(got.map((e) => e.received)).toEqual([`${FCI_SSSE}9000`, `0709${ascii(profile.ef05.cardNumber)}9000`, '6982']);
    await remove();
  });

  it('opensc-tool: a 3.00 card reads EF06 tag 08 after GET CHALLENGE and EXTERNAL AUTHENTICATE (SM4)', async () => {
    const profile = loadProfile('adult-resident');
    const r = fromHex('0123456789ABCDEF'); // a card with a known "random", so the cryptogram can be given on the command line
    const code = profile.ef05.cardIdCode;
    const c = cryptogram('sm4', cardKey('sm4', DEMO_TEST_KEYS.rkssse, cityFactor(code), cardFactor(code)), r);
    await insert(new VirtualCard(profile, DEMO_TEST_KEYS, { random: () => Buffer.from(r) }));
    const got = await openscSend(bench.userReader, [SELECT_SSSE, '0084000008', `0082000110${hex(c)}${hex(r)}`, READ_EF06_08]);
    expect(got.map((e) => e.received)).toEqual([`${FCI_SSSE}9000`, `${hex(r)}9000`, '9000', `0812${ascii(profile.ef06.idNumber)}9000`]);
    await remove();
  });

  it('scriptor: a 1.00 card on T=0 answers 61 13, GET RESPONSE gives the FCI; SFI answers 6A86; 6Cxx gives the length', async () => {
    const profile = loadProfile('gen1-no-name-extension');
    const card = new VirtualCard(profile);
    await insert(card);
    expect(await openscAtr(bench.userReader)).toBe(hex(card.atr()));
    const got = await scriptor(bench.userReader, [SELECT_SSSE, '00C0000013', READ_EF05_07, '00A4020002EF05', '00B2070000', '00B207000B']);
    expect(got).toEqual(['6113', `${FCI_SSSE}9000`, '6A86', '9000', '6C0B', `0709${ascii(profile.ef05.cardNumber)}9000`]);
    await remove();
  });
});
