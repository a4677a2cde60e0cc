/**
 * The virtual card's answers, transcript style: each test replays `=> …` / `<= …` lines and
 * ends by checking that nothing was mismatched and nothing expected is left.
 */
import { describe, expect, it } from 'vitest';
import { fromHex, hex } from '../../protocol/apdu/errors.ts';
import { encodeGbk } from '../../protocol/sscard/fields.ts';
import { cardFactor, cardKey, cityFactor, cryptogram } from '../../protocol/sscard/crypto.ts';
import { historicalBytes } from './atr.ts';
import { CardNotPoweredError, VirtualCard } from './virtual-card.ts';
import { CLONE_TEST_KEYS, DEMO_TEST_KEYS } from './keys.ts';
import { loadProfile, type CardProfile } from './profile.ts';
import { replayTranscript, type Transmitter } from './transcript.ts';

const R = fromHex('1122334455667788');
const SSSE = '7378312E73682EC9E7BBE1B1A3D5CF';

function card(name: string, edit: (p: CardProfile) => CardProfile = (p) => p): VirtualCard {
  const c = new VirtualCard(edit(loadProfile(name)), DEMO_TEST_KEYS, { random: () => Buffer.from(R) });
  c.powerOn();
  return c;
}

function expectTranscript(c: Transmitter, text: string): void {
  const result = replayTranscript(c, text);
  expect(result.mismatches, result.actual).toEqual([]);
  expect(result.leftover).toEqual([]);
  expect(result.exchanged).toBeGreaterThan(0);
}

const ascii = (s: string): string => Buffer.from(s, 'latin1').toString('hex').toUpperCase();
const extCryptogram = (p: CardProfile, alg: 'sm4' | '3des'): string =>
  hex(cryptogram(alg, cardKey(alg, DEMO_TEST_KEYS.rkssse, cityFactor(p.ef05.cardIdCode), cardFactor(p.ef05.cardIdCode)), R));

describe('VirtualCard — 3.00 card on T=1 (adult-resident)', () => {
  const p = loadProfile('adult-resident');

  it('answers SELECT SSSE with its FCI and reads EF05 tag 07 via SFI', () => {
    expectTranscript(
      card('adult-resident'),
      `
      => 00A404000F${SSSE}
      <= 6F11840F${SSSE}9000
      => 00B207280B
      <= 0709${ascii(p.ef05.cardNumber)}9000
      => 00B2032806
      <= 0304${ascii('3.00')}9000
      => 00A4020002EF05
      <= 9000
      => 00B2050006
      <= 0504${p.ef05.issueDate}9000
      => 00B2070400
      <= 0709${ascii(p.ef05.cardNumber)}9000
      `,
    );
  });

  it('keeps EF06 behind external authentication (6982), then reads it by tag, by number and the name extension', () => {
    const name = hex(encodeGbk(p.ef06.name, 30));
    expectTranscript(
      card('adult-resident'),
      `
      => 00A404000F${SSSE}
      <= 6F11840F${SSSE}9000
      => 00B2083014
      <= 6982
      => 0084000008
      <= 11223344556677889000
      => 0082000110${extCryptogram(p, 'sm4')}${hex(R)}
      <= 9000
      => 00B2083014
      <= 0812${ascii(p.ef06.idNumber)}9000
      => 00B2093020
      <= 091E${name}9000
      => 00B24E3016
      <= 4E14${'00'.repeat(20)}9000
      => 00B2020420
      <= 091E${name}9000
      => 00B2030416
      <= 4E14${'00'.repeat(20)}9000
      => 00B20D3006
      <= 0D04${p.ef06.birthDate}9000
      `,
    );
  });

  it('refuses bad external authentications with 6985, 6300 and 6A88', () => {
    expectTranscript(
      card('adult-resident'),
      `
      # no challenge outstanding
      => 0082000110${'00'.repeat(16)}
      <= 6985
      => 0084000008
      <= 11223344556677889000
      # wrong cryptogram
      => 0082000110${'00'.repeat(8)}${hex(R)}
      <= 6300
      # R is good for one command only
      => 0082000110${extCryptogram(p, 'sm4')}${hex(R)}
      <= 6985
      => 0084000008
      <= 11223344556677889000
      => 0082000210${extCryptogram(p, 'sm4')}${hex(R)}
      <= 6A88
      `,
    );
  });

  it('answers 6Cxx on a wrong Le, data on Le 00, 6A83 for a missing tag and 6A86 for bad P2', () => {
    expectTranscript(
      card('adult-resident'),
      `
      => 00A404000F${SSSE}
      <= 6F11840F${SSSE}9000
      => 00B2072805
      <= 6C0B
      => 00B2072800
      <= 0709${ascii(p.ef05.cardNumber)}9000
      => 00B2112803
      <= 6A83
      => 00B2012A12
      <= 6A86
      => 00B2090412
      <= 6A83
      `,
    );
  });

  it('answers 6A82 for unknown files, 6986 without a current EF, 6D00, 6E00 and 6700', () => {
    expectTranscript(
      card('adult-resident'),
      `
      => 00A4040006D15600000599
      <= 6A82
      => 00A4020002EF05
      <= 6A82
      => 00B2070012
      <= 6986
      => 00A404000F${SSSE}
      <= 6F11840F${SSSE}9000
      => 00A4020002EF09
      <= 6A82
      => 00CA000000
      <= 6D00
      => A0A4000002
      <= 6E00
      => 00A40200053F00
      <= 6700
      `,
    );
  });

  it('serves DF04 medical records by AID, file id and SFI', () => {
    const m = p.df04;
    expectTranscript(
      card('adult-resident'),
      `
      => 00A4040006D15600000503
      <= 6F08840 6D15600000503 9000
      => 00B2802805
      <= 8003${m.ef05.insuredRegion}9000
      => 00B2812805
      <= 8103${ascii(m.ef05.insuranceType)}9000
      => 00A4020002EF06
      <= 9000
      => 00B2900009
      <= 9007${m.ef06.lastOnline}9000
      => 00B2933006
      <= 9304${m.ef06.offlineAmountFen.toString(16).padStart(8, '0')}9000
      => 00A40000023F00
      <= 9000
      => 00A4000002DF04
      <= 9000
      `,
    );
  });

  it('internal authentication gives C(Kint, data) with the card factor', () => {
    const factor = cardFactor(p.ef05.cardIdCode);
    const kint = cardKey('sm4', DEMO_TEST_KEYS.ikssse, cityFactor(p.ef05.cardIdCode), factor);
    expectTranscript(
      card('adult-resident'),
      `
      => 0088000010${hex(factor)}0102030405060708
      <= ${hex(cryptogram('sm4', kint, fromHex('0102030405060708')))}9000
      => 0088000010${'00'.repeat(8)}0102030405060708
      <= 6A80
      `,
    );
  });

  it('has a T=1 ATR whose historical bytes carry the generation and the card factor', () => {
    const c = card('adult-resident');
    const atr = c.atr();
    expect(hex(atr.subarray(0, 8))).toBe('3BEC00008131FE45');
    expect(historicalBytes(atr)).toEqual(Buffer.concat([Buffer.from('SSC3'), cardFactor(p.ef05.cardIdCode)]));
    let tck = 0;
    for (const b of atr.subarray(1)) tck ^= b;
    expect(tck).toBe(0);
  });
});

describe('VirtualCard — PIN', () => {
  it('counts wrong PINs down to blocked and stays blocked', () => {
    expectTranscript(
      card('adult-resident'),
      `
      => 00200000
      <= 63C3
      => 0020000003111111
      <= 63C2
      => 0020000003123456
      <= 9000
      => 0020000003111111
      <= 63C2
      => 0020000003111111
      <= 63C1
      => 0020000003111111
      <= 6983
      => 0020000003123456
      <= 6983
      => 805E0100071234 56FF654321
      <= 6983
      `,
    );
  });

  it('changes the PIN when the old one is right, and counts a wrong old PIN', () => {
    const c = card('adult-resident');
    expectTranscript(
      c,
      `
      => 805E010007111111FF654321
      <= 63C2
      => 805E010007123456FF65432F
      <= 9000
      => 0020000003123456
      <= 63C2
      => 002000000365432F
      <= 9000
      `,
    );
    expect(c.pinTriesLeft).toBe(3);
  });

  it('a PIN-blocked card answers 6983 from the start; the counter survives a power cycle', () => {
    expectTranscript(card('pin-blocked'), '=> 0020000003123456\n<= 6983\n=> 00200000\n<= 6983');
    const c = card('adult-resident');
    c.transmit(fromHex('0020000003000000'));
    c.powerOff();
    c.powerOn();
    expect(c.pinTriesLeft).toBe(2);
  });
});

describe('VirtualCard — 1.00 card on T=0 (gen1-no-name-extension)', () => {
  const p = loadProfile('gen1-no-name-extension');

  it('answers SELECT with 61xx and GET RESPONSE, refuses SFI (6A86) and has no name extension (6A83)', () => {
    expectTranscript(
      card('gen1-no-name-extension'),
      `
      => 00A404000F${SSSE}
      <= 6113
      => 00C0000013
      <= 6F11840F${SSSE}9000
      => 00B207280B
      <= 6A86
      => 00A4020002EF05
      <= 9000
      => 00B207000B
      <= 0709${ascii(p.ef05.cardNumber)}9000
      => 00B2070000
      <= 6C0B
      => 00A4020002EF06
      <= 9000
      => 00B2080014
      <= 0812${ascii(p.ef06.idNumber)}9000
      => 00B24E0016
      <= 6A83
      => 00B2070400
      <= 6A83
      `,
    );
  });

  it('GET RESPONSE in pieces, with a wrong length, and with nothing pending', () => {
    expectTranscript(
      card('gen1-no-name-extension'),
      `
      => 00C0000008
      <= 6985
      => 00A404000F${SSSE}
      <= 6113
      => 00C0000020
      <= 6C13
      => 00C0000003
      <= 6F1184 6110
      => 00C0000010
      <= 0F${SSSE}9000
      `,
    );
  });

  it('uses 3DES: external and internal authentication', () => {
    const factor = cardFactor(p.ef05.cardIdCode);
    const kint = cardKey('3des', DEMO_TEST_KEYS.ikssse, cityFactor(p.ef05.cardIdCode), factor);
    expectTranscript(
      card('gen1-no-name-extension'),
      `
      => 0084000008
      <= 11223344556677889000
      => 0082000110${extCryptogram(p, '3des')}${hex(R)}
      <= 9000
      => 0088000010${hex(factor)}A1A2A3A4A5A6A7A8
      <= 6108
      => 00C0000008
      <= ${hex(cryptogram('3des', kint, fromHex('A1A2A3A4A5A6A7A8')))}9000
      `,
    );
    expect(hex(card('gen1-no-name-extension').atr().subarray(0, 4))).toBe('3B6C0000');
  });
});

describe('VirtualCard — 2.00 card and special cards', () => {
  it('2.00 reads EF06 without external authentication, record 7 is the name extension', () => {
    const p = loadProfile('long-name-extension');
    expectTranscript(
      card('long-name-extension'),
      `
      => 00A404000F${SSSE}
      <= 6F11840F${SSSE}9000
      => 00B24E3016
      <= 4E14${hex(encodeGbk(p.ef06.nameExtension ?? '', 20))}9000
      => 00B2070416
      <= 4E14${hex(encodeGbk(p.ef06.nameExtension ?? '', 20))}9000
      `,
    );
  });

  it('a cloned card accepts any external cryptogram but answers internal authentication with the wrong key', () => {
    const p = loadProfile('cloned-card');
    const factor = cardFactor(p.ef05.cardIdCode);
    const genuine = cardKey('sm4', DEMO_TEST_KEYS.ikssse, cityFactor(p.ef05.cardIdCode), factor);
    const clone = cardKey('sm4', CLONE_TEST_KEYS.ikssse, cityFactor(p.ef05.cardIdCode), factor);
    const data = fromHex('0102030405060708');
    expect(cryptogram('sm4', genuine, data)).not.toEqual(cryptogram('sm4', clone, data));
    expectTranscript(
      card('cloned-card'),
      `
      => 0084000008
      <= 11223344556677889000
      => 0082000110${'00'.repeat(8)}${hex(R)}
      <= 9000
      => 0088000010${hex(factor)}${hex(data)}
      <= ${hex(cryptogram('sm4', clone, data))}9000
      `,
    );
  });

  it('a T=0 3.00 card answers internal authentication with 61 08', () => {
    const p = loadProfile('t0-gen3');
    expectTranscript(card('t0-gen3'), `=> 0088000010${hex(cardFactor(p.ef05.cardIdCode))}0000000000000000\n<= 6108`);
  });

  it('refuses commands when not powered', () => {
    const c = new VirtualCard(loadProfile('adult-resident'));
    expect(() => c.transmit(fromHex('0084000008'))).toThrow(CardNotPoweredError);
  });

  it('forgets the selection and the authentication on reset', () => {
    const c = card('adult-resident');
    c.transmit(fromHex(`00A404000F${SSSE}`));
    c.reset();
    expectTranscript(c, '=> 00B207280B\n<= 6A82');
  });
});

describe('transcript lines', () => {
  it('never show a PIN', async () => {
    const { commandLine } = await import('./transcript.ts');
    expect(commandLine(fromHex('0020000003123456'))).toBe('=> 0020000003******');
    expect(commandLine(fromHex('805E010007123456FF654321'))).toBe('=> 805E010007**************');
    expect(commandLine(fromHex('00B207280B'))).toBe('=> 00B207280B');
  });
});
