/**
 * The emulated reader's PIN pad. The pad is on the device side of the line: whatever types
 * the digits (a test script, the technician at `yibao-sim serial`) talks to the emulator,
 * never to the gateway, exactly as a holder types on a real pad.
 */
export type PadEntry = { readonly kind: 'digits'; readonly pin: string } | { readonly kind: 'cancel' } | { readonly kind: 'timeout' };

export interface PadRequest {
  /** Which entry: the PIN to verify, or the old / new / repeated new PIN of a change. */
  readonly purpose: 'verify' | 'old' | 'new' | 'confirm';
  readonly prompt: string;
  readonly minLength: number;
  readonly maxLength: number;
  readonly timeoutSeconds: number;
}

export interface PinPad {
  collect(request: PadRequest): Promise<PadEntry>;
}

/**
 * A pad driven by a script: queue what the holder will do, in order. With nothing queued it
 * waits, like a pad nobody touches, until something is queued or its timeout passes.
 */
export class ScriptedPinPad implements PinPad {
  readonly #queue: PadEntry[] = [];
  #waiter: (() => void) | undefined;
  /** The requests the pad has seen (purposes and prompts; never digits). */
  readonly requests: PadRequest[] = [];

  /** The holder types these digits and presses Enter. */
  type(pin: string): this {
    return this.#push({ kind: 'digits', pin });
  }

  cancel(): this {
    return this.#push({ kind: 'cancel' });
  }

  /** The holder walks away: the pad's timeout ends the entry. */
  timeout(): this {
    return this.#push({ kind: 'timeout' });
  }

  get queued(): number {
    return this.#queue.length;
  }

  async collect(request: PadRequest): Promise<PadEntry> {
    this.requests.push(request);
    if (this.#queue.length === 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          this.#waiter = undefined;
          resolve();
        }, request.timeoutSeconds * 1000);
        this.#waiter = () => {
          clearTimeout(timer);
          this.#waiter = undefined;
          resolve();
        };
      });
    }
    return this.#queue.shift() ?? { kind: 'timeout' };
  }

  #push(entry: PadEntry): this {
    this.#queue.push(entry);
    this.#waiter?.();
    return this;
  }
}

/** A pad that types the same PIN every time (`yibao-sim serial --pin 123456`). */
export class FixedPinPad implements PinPad {
  readonly #pin: string;

  constructor(pin: string) {
    this.#pin = pin;
  }

  async collect(): Promise<PadEntry> {
    return { kind: 'digits', pin: this.#pin };
  }
}

/**
 * PIN as packed BCD, `F`-padded to whole bytes (social-security-card.md, verify PIN):
 * `123456` → `12 34 56`; `12345` → `12 34 5F`.
 */
export function encodePinBcd(pin: string): Buffer {
  if (!/^\d{1,24}$/.test(pin)) throw new RangeError('a PIN is 1..24 decimal digits');
  const padded = pin.length % 2 === 0 ? pin : `${pin}F`;
  return Buffer.from(padded, 'hex');
}

/** An APDU for a transcript line, with the data of VERIFY / CHANGE PIN / RESET RETRY hidden. */
export function apduLabel(apdu: Buffer): string {
  const ins = apdu[1];
  if (ins === 0x20 || ins === 0x5e || ins === 0x24) return `${apdu.subarray(0, 4).toString('hex').toUpperCase()} <PIN hidden>`;
  return apdu.toString('hex').toUpperCase();
}
