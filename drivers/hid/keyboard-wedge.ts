/**
 * Keyboard-wedge scanners: the scanner types the code as a USB keyboard would. Each input
 * report is the boot keyboard report (USB HID 1.11 Appendix B.1):
 *
 *   [modifiers] [reserved] [key1 … key6]         usages from the Keyboard/Keypad page 0x07
 *   02 00 04 00 00 00 00 00   left shift + usage 04 → "A"
 *   00 00 00 00 00 00 00 00   all keys released
 *   00 00 28 00 00 00 00 00   Enter: the scan is complete
 *
 * A key counts when it appears in a report it was not in before (a key held over several
 * reports is one press). Modifier bits: 01 LCtrl 02 LShift 04 LAlt 08 LGUI 10 RCtrl 20 RShift
 * 40 RAlt 80 RGUI. The layout is US, the factory default of every scanner we know; Caps Lock
 * toggles letters. Usages are from HID Usage Tables 1.4 §10.
 *
 * `encodeKeyboardReports(text)` (for the scanner emulator) and the decoder are inverses over
 * printable ASCII.
 */

const LSHIFT = 0x02;
const RSHIFT = 0x20;
const CTRL_ALT_GUI = 0x01 | 0x04 | 0x08 | 0x10 | 0x40 | 0x80;
export const USAGE_ENTER = 0x28;
export const USAGE_KEYPAD_ENTER = 0x58;
export const USAGE_TAB = 0x2b;
const USAGE_CAPS_LOCK = 0x39;
/** Phantom state: more keys down than the report holds (all six slots 01). */
const USAGE_ROLLOVER = 0x01;

/** usage → [unshifted, shifted] on the US layout. */
const US_LAYOUT = new Map<number, readonly [string, string]>();
for (let i = 0; i < 26; i++) US_LAYOUT.set(0x04 + i, [String.fromCharCode(0x61 + i), String.fromCharCode(0x41 + i)]);
const DIGIT_ROW = ['1!', '2@', '3#', '4$', '5%', '6^', '7&', '8*', '9(', '0)'];
DIGIT_ROW.forEach((pair, i) => US_LAYOUT.set(0x1e + i, [pair[0]!, pair[1]!]));
const PUNCTUATION: Array<[number, string, string]> = [
  [0x2c, ' ', ' '],
  [0x2d, '-', '_'],
  [0x2e, '=', '+'],
  [0x2f, '[', '{'],
  [0x30, ']', '}'],
  [0x31, '\\', '|'],
  [0x33, ';', ':'],
  [0x34, "'", '"'],
  [0x35, '`', '~'],
  [0x36, ',', '<'],
  [0x37, '.', '>'],
  [0x38, '/', '?'],
];
for (const [usage, plain, shifted] of PUNCTUATION) US_LAYOUT.set(usage, [plain, shifted]);
/** Keypad (Num Lock on, as scanners send it): same character shifted or not. */
const KEYPAD: Array<[number, string]> = [
  [0x54, '/'],
  [0x55, '*'],
  [0x56, '-'],
  [0x57, '+'],
  ...Array.from({ length: 9 }, (_, i): [number, string] => [0x59 + i, String(i + 1)]),
  [0x62, '0'],
  [0x63, '.'],
];
for (const [usage, char] of KEYPAD) US_LAYOUT.set(usage, [char, char]);

/** character → the main-block key and whether Shift is needed (the encoder's table). */
const KEY_OF_CHAR = new Map<string, { usage: number; shift: boolean }>();
for (const [usage, [plain, shifted]] of US_LAYOUT) {
  if (usage >= 0x54) continue; // the encoder types with the main block, like a scanner does by default
  if (!KEY_OF_CHAR.has(plain)) KEY_OF_CHAR.set(plain, { usage, shift: false });
  if (!KEY_OF_CHAR.has(shifted)) KEY_OF_CHAR.set(shifted, { usage, shift: true });
}

export type Terminator = 'enter' | 'tab';

export interface WedgeScan {
  readonly text: string;
  /** Key presses that are not characters of the layout (or came with Ctrl/Alt/GUI). */
  readonly unmapped: number;
}

export interface KeyboardWedgeOptions {
  /** A report ID byte before the 8-byte report (devices with numbered reports). */
  readonly reportId?: number;
  /** Keys that end a scan; default Enter (and keypad Enter). */
  readonly terminators?: readonly Terminator[];
}

export class KeyboardWedgeDecoder {
  readonly #reportId: number | undefined;
  readonly #terminators: ReadonlySet<number>;
  #down = new Set<number>();
  #text = '';
  #unmapped = 0;
  #capsLock = false;
  /** Reports of the wrong size or report ID, skipped. */
  malformed = 0;

  constructor(options: KeyboardWedgeOptions = {}) {
    this.#reportId = options.reportId;
    const terminators = options.terminators ?? ['enter'];
    this.#terminators = new Set(terminators.flatMap((t) => (t === 'enter' ? [USAGE_ENTER, USAGE_KEYPAD_ENTER] : [USAGE_TAB])));
  }

  /** Characters typed since the last terminator. */
  get pending(): string {
    return this.#text;
  }

  /** Feeds one input report; returns the scans it completed (normally none or one). */
  push(raw: Buffer): WedgeScan[] {
    let report = raw;
    if (this.#reportId !== undefined) {
      if (raw[0] !== this.#reportId) {
        this.malformed++;
        return [];
      }
      report = raw.subarray(1);
    }
    if (report.length < 3) {
      this.malformed++;
      return [];
    }
    const modifiers = report[0] ?? 0;
    const keys = [...report.subarray(2, 8)].filter((k) => k !== 0);
    if (keys.length > 0 && keys.every((k) => k === USAGE_ROLLOVER)) return []; // rollover: state unknown, wait
    const scans: WedgeScan[] = [];
    const shift = (modifiers & (LSHIFT | RSHIFT)) !== 0;
    for (const usage of keys) {
      if (this.#down.has(usage)) continue;
      if (this.#terminators.has(usage)) {
        scans.push({ text: this.#text, unmapped: this.#unmapped });
        this.#text = '';
        this.#unmapped = 0;
        continue;
      }
      if (usage === USAGE_CAPS_LOCK) {
        this.#capsLock = !this.#capsLock;
        continue;
      }
      const pair = US_LAYOUT.get(usage);
      if (!pair || (modifiers & CTRL_ALT_GUI) !== 0) {
        this.#unmapped++;
        continue;
      }
      const isLetter = usage >= 0x04 && usage <= 0x1d;
      const upper = isLetter ? shift !== this.#capsLock : shift;
      this.#text += upper ? pair[1] : pair[0];
    }
    this.#down = new Set(keys);
    return scans;
  }

  /** Drops a partial scan (the scanner stopped mid-code, or a person typed on it). */
  reset(): void {
    this.#text = '';
    this.#unmapped = 0;
    this.#down.clear();
  }
}

/**
 * The reports a keyboard-wedge scanner sends for `text` and a terminator: for each character
 * a key-down report (with Shift when needed) then an all-released report.
 *   "A" → 02 00 04 00 00 00 00 00, 00 00 00 00 00 00 00 00
 */
export function encodeKeyboardReports(text: string, options: { reportId?: number; terminator?: Terminator } = {}): Buffer[] {
  const reports: Buffer[] = [];
  const press = (usage: number, modifiers: number): void => {
    const down = Buffer.from([modifiers, 0x00, usage, 0, 0, 0, 0, 0]);
    const up = Buffer.alloc(8);
    for (const r of [down, up]) reports.push(options.reportId === undefined ? r : Buffer.concat([Buffer.from([options.reportId]), r]));
  };
  for (const char of text) {
    const key = KEY_OF_CHAR.get(char);
    if (!key) throw new RangeError(`character U+${char.codePointAt(0)?.toString(16).toUpperCase()} has no key on the US layout`);
    press(key.usage, key.shift ? LSHIFT : 0);
  }
  press((options.terminator ?? 'enter') === 'enter' ? USAGE_ENTER : USAGE_TAB, 0);
  return reports;
}
