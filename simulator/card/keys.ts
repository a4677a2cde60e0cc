/**
 * THE DEMO TEST KEY SET — test keys for the simulator and the tests, never production keys.
 * A real PSAM holds the province's master keys in secure hardware; these 16-byte masters
 * are published in this repository on purpose so that anyone can check a transcript.
 *
 * The virtual PSAM holds the masters; a virtual card holds only its own diversified keys
 * (protocol/sscard/SPEC.md "Keys"), computed here as the card personalisation would.
 */
import { fromHex } from '../../protocol/apdu/errors.ts';
import { cardFactor, cardKey, cityFactor, type CardAlgorithm } from '../../protocol/sscard/crypto.ts';

export interface KeySet {
  /** Master of RKSSSE (key id 01): external authentication, terminal → card. */
  readonly rkssse: Buffer;
  /** Master of IKSSSE (key id 02): internal authentication, card → terminal. */
  readonly ikssse: Buffer;
}

/** TEST KEYS. */
export const DEMO_TEST_KEYS: KeySet = Object.freeze({
  rkssse: fromHex('5445535420524B5353534520303031FF'), // "TEST RKSSSE 001" + FF
  ikssse: fromHex('5445535420494B5353534520303032FF'), // "TEST IKSSSE 002" + FF
});

/**
 * The masters a cloned card was "personalised" with: a forger copies the files but not the
 * keys, so its internal-authentication answers come from the wrong key. TEST KEYS.
 */
export const CLONE_TEST_KEYS: KeySet = Object.freeze({
  rkssse: fromHex('434C4F4E4520524B5353534520585858'), // "CLONE RKSSSE XXX"
  ikssse: fromHex('434C4F4E4520494B5353534520585858'), // "CLONE IKSSSE XXX"
});

/** The keys one card carries, diversified from the masters with its identification code. */
export interface CardKeys {
  readonly algorithm: CardAlgorithm;
  readonly external: Buffer;
  readonly internal: Buffer;
}

export function personaliseCardKeys(algorithm: CardAlgorithm, cardIdCode: string, masters: KeySet, internalMasters: KeySet = masters): CardKeys {
  const city = cityFactor(cardIdCode);
  const card = cardFactor(cardIdCode);
  return {
    algorithm,
    external: cardKey(algorithm, masters.rkssse, city, card),
    internal: cardKey(algorithm, internalMasters.ikssse, city, card),
  };
}
