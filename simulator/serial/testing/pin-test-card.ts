/**
 * A small card for the serial reader's own tests: the PIN rules of protocol/sscard/SPEC.md
 * §PIN (three tries, `63Cx` with x ≥ 1, the try that reaches 0 and every later one answer
 * `6983`, a right PIN restores the tries), CHANGE PIN `805E`, GET CHALLENGE, and `6D00` for
 * anything else. The full social security card is simulator/card's `VirtualCard`; the
 * cross-layer tests use that one.
 */
import { randomBytes } from 'node:crypto';
import type { SlotCard } from '../reader-device.ts';

const sw = (value: number): Buffer => Buffer.from([value >> 8, value & 0xff]);

export class PinTestCard implements SlotCard {
  /** `3B 82 01 59 42 98`: TD1 = 01 (T=1), historical bytes "YB", TCK 98 — not a social security card. */
  static readonly ATR = Buffer.from('3B8201594298', 'hex');
  triesLeft: number;
  readonly maxTries: number;
  #pin: Buffer;
  powered = false;
  /** Every APDU the card received (tests check what the pad sent). */
  readonly received: Buffer[] = [];

  constructor(pinBcd: Buffer, maxTries = 3) {
    this.#pin = Buffer.from(pinBcd);
    this.maxTries = maxTries;
    this.triesLeft = maxTries;
  }

  powerOn(): Buffer {
    this.powered = true;
    return PinTestCard.ATR;
  }

  powerOff(): void {
    this.powered = false;
  }

  transmit(apdu: Buffer): Buffer {
    this.received.push(Buffer.from(apdu));
    const [cla, ins, p1, p2] = apdu;
    if (cla === 0x00 && ins === 0x84 && apdu.length === 5) return Buffer.concat([randomBytes(apdu[4] || 256), sw(0x9000)]);
    if (cla === 0x00 && ins === 0x20 && p1 === 0x00 && p2 === 0x00) {
      if (apdu.length === 4) return this.triesLeft === 0 ? sw(0x6983) : sw(0x63c0 | this.triesLeft);
      return this.#check(apdu.subarray(5, 5 + (apdu[4] ?? 0)), () => undefined);
    }
    if (cla === 0x80 && ins === 0x5e && p1 === 0x01 && p2 === 0x00) {
      const body = apdu.subarray(5, 5 + (apdu[4] ?? 0));
      const split = body.indexOf(0xff);
      if (split < 0) return sw(0x6a80);
      const fresh = Buffer.from(body.subarray(split + 1));
      return this.#check(body.subarray(0, split), () => {
        this.#pin = fresh;
      });
    }
    return sw(0x6d00);
  }

  #check(candidate: Buffer, onRight: () => void): Buffer {
    if (this.triesLeft === 0) return sw(0x6983);
    if (candidate.equals(this.#pin)) {
      this.triesLeft = this.maxTries;
      onRight();
      return sw(0x9000);
    }
    this.triesLeft--;
    return this.triesLeft === 0 ? sw(0x6983) : sw(0x63c0 | this.triesLeft);
  }
}
