import { describe, expect, it } from 'vitest';
import { decodeResponse } from '../../protocol/apdu/response.ts';
import { fromHex, hex } from '../../protocol/apdu/errors.ts';
import { externalAuthenticate, getChallenge, getResponse, internalAuthenticate, PSAM } from '../../protocol/sscard/commands.ts';
import { ALGORITHM_CODE, algorithmFor, cardFactor, cityFactor, KEY_ID } from '../../protocol/sscard/crypto.ts';
import { loadProfile } from './profile.ts';
import { replayTranscript } from './transcript.ts';
import { VirtualCard } from './virtual-card.ts';
import { PSAM_VARIANTS, VirtualPsam } from './virtual-psam.ts';

function powered<T extends { powerOn(): Buffer }>(x: T): T {
  x.powerOn();
  return x;
}

/** The driver's flow, in-process: card challenge → PSAM cryptogram → card external authenticate. */
function externalAuth(card: VirtualCard, psam: VirtualPsam): number {
  const code = card.profile.ef05.cardIdCode;
  const alg = algorithmFor(card.profile.generation);
  const r = decodeResponse(card.transmit(getChallenge())).data;
  expect(decodeResponse(psam.transmit(PSAM.select())).sw).toBe(0x9000);
  expect(decodeResponse(psam.transmit(PSAM.diversify(KEY_ID.RKSSSE, ALGORITHM_CODE[alg], cityFactor(code), cardFactor(code)))).sw).toBe(0x9000);
  const c = decodeResponse(psam.transmit(PSAM.cryptogram(r))).data;
  return decodeResponse(card.transmit(externalAuthenticate(KEY_ID.RKSSSE, c, r))).sw;
}

/** Internal authentication checked through the PSAM: true when the card is genuine. */
function internalAuthOk(card: VirtualCard, psam: VirtualPsam): boolean {
  const code = card.profile.ef05.cardIdCode;
  const alg = algorithmFor(card.profile.generation);
  const data = fromHex('0F1E2D3C4B5A6978');
  let answer = decodeResponse(card.transmit(internalAuthenticate(cardFactor(code), data)));
  if (answer.sw >> 8 === 0x61) answer = decodeResponse(card.transmit(getResponse(answer.sw & 0xff))); // T=0
  psam.transmit(PSAM.select());
  psam.transmit(PSAM.diversify(KEY_ID.IKSSSE, ALGORITHM_CODE[alg], cityFactor(code), cardFactor(code)));
  return decodeResponse(psam.transmit(PSAM.cryptogram(data))).data.equals(answer.data);
}

describe('VirtualPsam (yibao-psam-v1)', () => {
  it('answers the dialect as SPEC.md shows', () => {
    const result = replayTranscript(
      powered(new VirtualPsam()),
      `
      => 80FA000008${'00'.repeat(8)}
      <= 6985
      => 00A4040006D15600000590
      <= 9000
      => 00B0960006
      <= 1522010000019000
      => 00B0960004
      <= 6C06
      => 80FA000008${'00'.repeat(8)}
      <= 6985
      => 801A010310${'00'.repeat(16)}
      <= 6A81
      => 801A030110${'00'.repeat(16)}
      <= 6A88
      => 801A010110${'00'.repeat(16)}
      <= 9000
      => 80FA000008${'00'.repeat(8)}
      <= ????????????????9000
      => 80CA000000
      <= 6D00
      `,
    );
    expect(result.mismatches, result.actual).toEqual([]);
    expect(result.leftover).toEqual([]);
    expect(hex(new VirtualPsam().atr())).toMatch(/^3BE800008131FE4559425053414D3031..$/);
  });

  it('authenticates every shipped 2.00/3.00/1.00 card (SM4 and 3DES) and spots the clone', () => {
    const psam = powered(new VirtualPsam());
    for (const name of ['adult-resident', 'employee-account', 'gen1-no-name-extension', 't0-gen3']) {
      const card = powered(new VirtualCard(loadProfile(name)));
      expect(externalAuth(card, psam), name).toBe(0x9000);
      expect(internalAuthOk(card, psam), name).toBe(true);
    }
    const clone = powered(new VirtualCard(loadProfile('cloned-card')));
    expect(externalAuth(clone, psam)).toBe(0x9000);
    expect(internalAuthOk(clone, psam)).toBe(false);
  });

  it('variants lack SM4 (6A81) or the RKSSSE key (6A88)', () => {
    const code = loadProfile('adult-resident').ef05.cardIdCode;
    const noSm4 = powered(new VirtualPsam(PSAM_VARIANTS['no-sm4']));
    noSm4.transmit(PSAM.select());
    expect(hex(noSm4.transmit(PSAM.diversify(1, ALGORITHM_CODE.sm4, cityFactor(code), cardFactor(code))))).toBe('6A81');
    expect(hex(noSm4.transmit(PSAM.diversify(1, ALGORITHM_CODE['3des'], cityFactor(code), cardFactor(code))))).toBe('9000');
    const noKey = powered(new VirtualPsam(PSAM_VARIANTS['no-rkssse']));
    noKey.transmit(PSAM.select());
    expect(hex(noKey.transmit(PSAM.diversify(1, ALGORITHM_CODE.sm4, cityFactor(code), cardFactor(code))))).toBe('6A88');
  });
});
