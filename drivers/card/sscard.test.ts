/**
 * The card application's APDU sequences, pinned with transcripts (what a reviewer can check
 * against the reference byte by byte), and its refusals mapped to typed failures.
 * The same code against the simulator's cards over mock and real PC/SC: test/contract/.
 */
import { describe, expect, it } from 'vitest';
import { encodeField } from '../../protocol/sscard/fields.ts';
import { encodeRecord } from '../../protocol/sscard/tlv.ts';
import { loadProfile } from '../../simulator/card/profile.ts';
import type { KeySet } from '../../simulator/card/keys.ts';
import { VirtualCard, VirtualPsam } from '../../simulator/card/virtual-card.ts';
import { PSAM_VARIANTS } from '../../simulator/card/virtual-psam.ts';
import { CardChannel } from '../pcsc/card-channel.ts';
import { MockPcscPort, type MockCard } from '../pcsc/mock-port.ts';
import { ApduTranscript } from '../pcsc/transcript.ts';
import { CardApplicationError } from './errors.ts';
import { legacyErrorCode } from './legacy-codes.ts';
import { Psam } from './psam.ts';
import { SocialSecurityCard } from './sscard.ts';

const T1_ATR = '3BEC00008131FE45535343330123456789ABCDEF00';
const T0_ATR = '3B6C0000535343310123456789ABCDEF';
const PSAM_ATR = '3BE800008131FE4559425053414D3031';

/** `tag len value ‖ 9000` for a field, e.g. rec(0x07, 'ascii', 'A12345674', 9) → 0709 4131…34 9000. */
function rec(tag: number, encoding: Parameters<typeof encodeField>[0], value: string, width: number): string {
  return `${encodeRecord({ tag, value: encodeField(encoding, value, width) }).toString('hex').toUpperCase()} 9000`;
}

const CARD_ID = '152200D1560000050123456789ABCDEF';
const EF05 = {
  version: (v: string) => rec(0x03, 'ascii', v, 4),
  id: rec(0x01, 'binary', CARD_ID, 16),
  issue: rec(0x05, 'date', '20200101', 4),
  expiry: rec(0x06, 'date', '20301231', 4),
  number: (n = 'A12345674') => rec(0x07, 'ascii', n, 9),
};
const DF04 = {
  insured: rec(0x80, 'bcd', '152201', 3),
};
const EF06 = {
  id: rec(0x08, 'ascii', '11010519491231002X', 18),
  name: rec(0x09, 'gbk', '张三', 30),
};

async function session(user: MockCard, psamCard?: MockCard) {
  const port = new MockPcscPort(['T 00 00', 'T 00 01']);
  port.insertCard('T 00 00', user);
  if (psamCard) port.insertCard('T 00 01', psamCard);
  const card = new SocialSecurityCard(new CardChannel(await port.connect('T 00 00')));
  const psam = psamCard ? new Psam(new CardChannel(await port.connect('T 00 01'))) : null;
  return { card, psam };
}

function sim(card: VirtualCard | VirtualPsam): MockCard {
  const atr = card.atr();
  return { atr, protocol: (atr[1] ?? 0) & 0x80 ? 'T1' : 'T0', powerOn: () => void card.powerOn(), respond: (a) => card.transmit(a) };
}

describe('SocialSecurityCard.readIdentity', () => {
  it('reads a 3.0 card with SFI addressing and external authentication: 13 card + 4 PSAM APDUs', async () => {
    const user = new ApduTranscript(`
      => 00A404000F 7378312E73682EC9E7BBE1B1A3D5CF      # select SSSE
      <= 6F11840F7378312E73682EC9E7BBE1B1A3D5CF 9000
      => 00B2032806                                     # EF05 tag 03 via SFI 5: version
      <= ${EF05.version('3.00')}
      => 00B2012812                                     # tag 01: card identification code
      <= ${EF05.id}
      => 00B2052806
      <= ${EF05.issue}
      => 00B2062806
      <= ${EF05.expiry}
      => 00B207280B                                     # tag 07: card number
      <= ${EF05.number()}
      => 0084000008                                     # GET CHALLENGE
      <= 0102030405060708 9000
      => 0082000110 A1A2A3A4A5A6A7A8 0102030405060708   # EXTERNAL AUTHENTICATE RKSSSE
      <= 9000
      => 00B2083014                                     # EF06 tag 08 via SFI 6: ID number
      <= ${EF06.id}
      => 00B2093020
      <= ${EF06.name}
      => 00B24E3016                                     # name extension: this card has none
      <= 6A83
      => 00A4040006 D15600000503                        # select DF04 (medical)
      <= 6F08 8406D15600000503 9000
      => 00B2802805                                     # DF04 EF05 tag 80 via SFI 5: insured region
      <= ${DF04.insured}
    `, { atr: T1_ATR });
    const psam = new ApduTranscript(`
      => 00A4040006D15600000590
      <= 9000
      => 00B0960006
      <= 152201000001 9000
      => 801A010110 152200FFFFFFFFFF 0123456789ABCDEF   # diversify RKSSSE, SM4
      <= 9000
      => 80FA000008 0102030405060708
      <= A1A2A3A4A5A6A7A8 9000
    `, { atr: PSAM_ATR });
    const { card, psam: session_ } = await session(user, psam);
    const identity = await card.readIdentity({ psam: session_ });
    user.assertDone();
    psam.assertDone();
    expect(identity).toMatchObject({
      cardNumber: 'A12345674',
      region: '152200',
      idNumber: '11010519491231002X',
      name: '张三',
      sex: '2',
      birthDate: '19491231',
      terminalNumber: '152201000001',
      authentication: { external: true, internal: false },
      insuredRegion: '152201',
      apdus: { card: 13, psam: 4 },
      atrHistorical: '535343330123456789ABCDEF',
    });
    expect(identity.nameExtension).toBeUndefined();
  });

  it('falls back from SFI to SELECT EF on a 1.0 T=0 card (6A86 once), and never asks for 4E', async () => {
    const user = new ApduTranscript(`
      => 00A404000F 7378312E73682EC9E7BBE1B1A3D5CF
      <= 6113
      => 00C0000013
      <= 6F11840F7378312E73682EC9E7BBE1B1A3D5CF 9000
      => 00B2032806
      <= 6A86
      => 00A4020002EF05
      <= 9000
      => 00B2030006
      <= ${EF05.version('1.00')}
      => 00B2010012
      <= ${EF05.id}
      => 00B2050006
      <= ${EF05.issue}
      => 00B2060006
      <= ${EF05.expiry}
      => 00B207000B
      <= ${EF05.number()}
      => 00A4020002EF06
      <= 9000
      => 00B2080014
      <= ${EF06.id}
      => 00B2090020
      <= ${EF06.name}
      => 00A4040006 D15600000503                        # select DF04: this card has none
      <= 6A82
    `, { atr: T0_ATR, protocol: 'T0' });
    const { card } = await session(user);
    const identity = await card.readIdentity();
    user.assertDone();
    expect(identity).toMatchObject({ specVersion: '1.00', name: '张三', authentication: { external: false, internal: false } });
    expect(identity.insuredRegion).toBeUndefined();
  });

  it('authenticates lazily when a card refuses EF06 with 6982 although its version did not say so', async () => {
    const user = new ApduTranscript(`
      => 00A404000F 7378312E73682EC9E7BBE1B1A3D5CF
      <= 9000
      => 00B2032806
      <= ${EF05.version('2.00')}
      => 00B2012812
      <= ${EF05.id}
      => 00B2052806
      <= ${EF05.issue}
      => 00B2062806
      <= ${EF05.expiry}
      => 00B207280B
      <= ${EF05.number()}
      => 00B2083014
      <= 6982
      => 0084000008
      <= 1111111111111111 9000
      => 0082000110 2222222222222222 1111111111111111
      <= 9000
      => 00B2083014
      <= ${EF06.id}
      => 00B2093020
      <= ${EF06.name}
      => 00B24E3016
      <= 6A83
      => 00A4040006 D15600000503                        # DF04 without an insured-region record
      <= 9000
      => 00B2802805
      <= 6A83
    `, { atr: T1_ATR });
    const psam = new ApduTranscript(`
      => 00A4040006D15600000590
      <= 9000
      => 00B0960006
      <= 152201000001 9000
      => 801A010210 152200FFFFFFFFFF 0123456789ABCDEF   # 2.0 card: 3DES (algorithm 02)
      <= 9000
      => 80FA000008 1111111111111111
      <= 2222222222222222 9000
    `, { atr: PSAM_ATR });
    const { card, psam: p } = await session(user, psam);
    expect((await card.readIdentity({ psam: p })).authentication.external).toBe(true);
    user.assertDone();
    psam.assertDone();
  });

  it('refuses a card whose card number fails its check character', async () => {
    const user = new ApduTranscript(`
      => 00A404000F 7378312E73682EC9E7BBE1B1A3D5CF
      <= 9000
      => 00B2032806
      <= ${EF05.version('2.00')}
      => 00B2012812
      <= ${EF05.id}
      => 00B2052806
      <= ${EF05.issue}
      => 00B2062806
      <= ${EF05.expiry}
      => 00B207280B
      <= ${EF05.number('A12345675')}
    `, { atr: T1_ATR });
    const { card } = await session(user);
    const err = await card.readIdentity().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CardApplicationError);
    expect((err as CardApplicationError).kind).toBe('invalid-data');
    expect(legacyErrorCode(err)).toBe(-1);
  });

  it('a card without SSSE is the wrong card type (−1)', async () => {
    const user = new ApduTranscript('=> 00A404000F7378312E73682EC9E7BBE1B1A3D5CF\n<= 6A82', { atr: T1_ATR });
    const { card } = await session(user);
    const err = await card.readIdentity().catch((e: unknown) => e);
    expect((err as CardApplicationError).kind).toBe('wrong-card-type');
    expect(legacyErrorCode(err)).toBe(-1);
  });

  it('PSAM without SM4 → −2202, without RKSSSE → −2203, card rejecting the cryptogram → terminal-rejected', async () => {
    const profile = loadProfile('adult-resident');
    for (const [variant, kind, code] of [['no-sm4', 'psam-algorithm', -2202], ['no-rkssse', 'psam-key', -2203]] as const) {
      const { card, psam } = await session(sim(new VirtualCard(profile)), sim(new VirtualPsam(PSAM_VARIANTS[variant])));
      const err = await card.readIdentity({ psam }).catch((e: unknown) => e);
      expect([(err as CardApplicationError).kind, legacyErrorCode(err)]).toEqual([kind, code]);
    }
    const wrongKeys: KeySet = { rkssse: Buffer.alloc(16, 1), ikssse: Buffer.alloc(16, 2) };
    const { card, psam } = await session(sim(new VirtualCard(profile)), sim(new VirtualPsam(PSAM_VARIANTS.standard, wrongKeys)));
    const err = await card.readIdentity({ psam }).catch((e: unknown) => e);
    expect((err as CardApplicationError).kind).toBe('terminal-rejected');
  });
});

describe('SocialSecurityCard PIN', () => {
  it('returns values: ok, wrong with tries left, blocked (6983 and 63C0)', async () => {
    const user = new ApduTranscript(`
      => 00A404000F 7378312E73682EC9E7BBE1B1A3D5CF
      <= 9000
      => 0020000003 123456
      <= 9000
      => 0020000003 111111
      <= 63C2
      => 0020000003 111111
      <= 63C0
      => 0020000003 123456
      <= 6983
      => 805E010007 123456FF654321
      <= 6983
    `, { atr: T1_ATR });
    const { card } = await session(user);
    expect(await card.verifyPin('123456')).toEqual({ kind: 'ok' });
    expect(await card.verifyPin('111111')).toEqual({ kind: 'wrong', triesLeft: 2 });
    expect(await card.verifyPin('111111')).toEqual({ kind: 'blocked' });
    expect(await card.verifyPin('123456')).toEqual({ kind: 'blocked' });
    expect(await card.changePin('123456', '654321')).toEqual({ kind: 'blocked' });
    user.assertDone();
  });
});
