/**
 * Properties of the virtual cards over every shipped profile: the files read back through
 * the driver's codecs give the profile's values (card and codec agree), and random APDUs never
 * crash a card — every answer ends in a status word.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeResponse } from '../../protocol/apdu/response.ts';
import { getResponse, readRecordByNumber, selectByName, selectEf, SSSE_AID, DF04_AID } from '../../protocol/sscard/commands.ts';
import { decodeFile, DF04_EF05_FIELDS, DF04_EF06_FIELDS, EF05_FIELDS, EF06_FIELDS, type FieldDef } from '../../protocol/sscard/records.ts';
import { decodeRecord, type TlvRecord } from '../../protocol/sscard/tlv.ts';
import { DEMO_TEST_KEYS } from './keys.ts';
import { loadAllProfiles } from './profile.ts';
import { VirtualCard, VirtualPsam } from './virtual-card.ts';

/** Reads every record of the current EF by number (with GET RESPONSE / 6Cxx handling). */
function readAll(card: VirtualCard): TlvRecord[] {
  const out: TlvRecord[] = [];
  for (let n = 1; n < 20; n++) {
    let r = decodeResponse(card.transmit(readRecordByNumber(n, 0x02)));
    if (r.sw >> 8 === 0x6c) r = decodeResponse(card.transmit(readRecordByNumber(n, r.sw & 0xff)));
    if (r.sw >> 8 === 0x61) r = decodeResponse(card.transmit(getResponse(r.sw & 0xff)));
    if (r.sw === 0x6a83) break;
    expect(r.sw, `record ${n}`).toBe(0x9000);
    out.push(decodeRecord(r.data));
  }
  return out;
}

function select(card: VirtualCard, apdu: Buffer): void {
  const r = decodeResponse(card.transmit(apdu));
  if (r.sw >> 8 === 0x61) card.transmit(getResponse(r.sw & 0xff));
  else expect(r.sw).toBe(0x9000);
}

describe('every shipped profile', () => {
  for (const profile of loadAllProfiles()) {
    it(`${profile.name}: the card's files decode to the profile's values`, () => {
      const card = new VirtualCard(profile, DEMO_TEST_KEYS);
      card.powerOn();
      const read = (aid: Buffer, fid: number, defs: readonly FieldDef[]): unknown => {
        select(card, selectByName(aid));
        select(card, selectEf(fid));
        return decodeFile(defs, readAll(card));
      };
      expect(read(SSSE_AID, 0xef05, EF05_FIELDS)).toEqual(profile.ef05);
      if (profile.generation !== '3.00') expect(read(SSSE_AID, 0xef06, EF06_FIELDS)).toEqual(profile.ef06);
      expect(read(DF04_AID, 0xef05, DF04_EF05_FIELDS)).toEqual(profile.df04.ef05);
      expect(read(DF04_AID, 0xef06, DF04_EF06_FIELDS)).toEqual(profile.df04.ef06);
    });
  }
});

describe('random APDUs', () => {
  const apdus = fc.oneof(
    fc.uint8Array({ minLength: 0, maxLength: 300 }),
    fc.tuple(fc.constantFrom(0x00, 0x80, 0x84), fc.constantFrom(0xa4, 0xb2, 0x20, 0x5e, 0x84, 0x82, 0x88, 0xc0, 0xb0, 0x1a, 0xfa), fc.uint8Array({ minLength: 2, maxLength: 40 })).map(([cla, ins, rest]) =>
      Uint8Array.from([cla, ins, ...rest]),
    ),
  );

  it('never crash a card or the PSAM: every answer is a status word, with or without data', () => {
    const cards = [...loadAllProfiles().map((p) => new VirtualCard(p)), new VirtualPsam()];
    for (const c of cards) c.powerOn();
    fc.assert(
      fc.property(fc.array(apdus, { minLength: 1, maxLength: 12 }), fc.nat(cards.length - 1), (sequence, which) => {
        const card = cards[which]!;
        for (const apdu of sequence) {
          const answer = card.transmit(Buffer.from(apdu));
          expect(answer.length).toBeGreaterThanOrEqual(2);
          const sw1 = answer[answer.length - 2]!;
          expect([0x61, 0x62, 0x63, 0x65, 0x67, 0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e, 0x6f, 0x90]).toContain(sw1);
        }
      }),
      { numRuns: 300 },
    );
  });
});
