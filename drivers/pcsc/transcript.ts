/**
 * A scripted card for the mock port: an APDU transcript, one exchange per pair of lines.
 *
 *   # select SSSE (T=0: the answer waits behind 61xx)
 *   => 00A404000F 7378312E73682EC9E7BBE1B1A3D5CF
 *   <= 6112
 *   => 00C0000012
 *   <= 6F10 … 9000
 *   => 00B2073000
 *   <= !remove          (the card is pulled out while this command runs)
 *   <= !stall           (the card never answers)
 *
 * Spaces inside hex are ignored. A command that differs from the next expected line is a
 * test failure (`assertDone()` reports it even if the driver swallowed the error), and so is
 * any expected line left over at the end.
 */
import type { MockAction, MockCard } from './mock-port.ts';
import type { CardProtocol } from './port.ts';

interface Step {
  readonly line: number;
  readonly command: string;
  readonly answer: Buffer | MockAction;
}

export class TranscriptMismatch extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TranscriptMismatch';
  }
}

const hex = (text: string): string => text.replace(/\s+/g, '').toUpperCase();

export class ApduTranscript implements MockCard {
  readonly atr: Buffer;
  readonly protocol: CardProtocol;
  readonly #steps: Step[];
  #next = 0;
  readonly #failures: string[] = [];

  constructor(script: string, options: { atr: Buffer | string; protocol?: CardProtocol }) {
    this.atr = typeof options.atr === 'string' ? Buffer.from(hex(options.atr), 'hex') : Buffer.from(options.atr);
    this.protocol = options.protocol ?? 'T1';
    this.#steps = ApduTranscript.parse(script);
  }

  static parse(script: string): Step[] {
    const steps: Step[] = [];
    let pending: { line: number; command: string } | null = null;
    script.split('\n').forEach((raw, index) => {
      const text = raw.replace(/#.*$/, '').replace(/\(.*\)\s*$/, '').trim();
      if (text === '') return;
      const line = index + 1;
      if (text.startsWith('=>')) {
        if (pending) throw new TranscriptMismatch(`transcript line ${pending.line}: command without an answer`);
        const command = hex(text.slice(2));
        if (!/^([0-9A-F]{2})+$/.test(command)) throw new TranscriptMismatch(`transcript line ${line}: not hex: ${text}`);
        pending = { line, command };
      } else if (text.startsWith('<=')) {
        if (!pending) throw new TranscriptMismatch(`transcript line ${line}: answer without a command`);
        const body = text.slice(2).trim();
        let answer: Buffer | MockAction;
        if (body === '!remove') answer = { action: 'remove' };
        else if (body === '!stall') answer = { action: 'stall' };
        else {
          const bytes = hex(body);
          if (!/^([0-9A-F]{2}){2,}$/.test(bytes)) throw new TranscriptMismatch(`transcript line ${line}: an answer needs at least SW1 SW2: ${text}`);
          answer = Buffer.from(bytes, 'hex');
        }
        steps.push({ line: pending.line, command: pending.command, answer });
        pending = null;
      } else {
        throw new TranscriptMismatch(`transcript line ${line}: expected '=>' or '<=': ${text}`);
      }
    });
    if (pending) throw new TranscriptMismatch(`transcript: the last command has no answer`);
    return steps;
  }

  respond(apdu: Buffer): Buffer | MockAction {
    const got = apdu.toString('hex').toUpperCase();
    const step = this.#steps[this.#next];
    if (!step) {
      const message = `transcript: unexpected extra command ${got}`;
      this.#failures.push(message);
      throw new TranscriptMismatch(message);
    }
    if (step.command !== got) {
      const message = `transcript line ${step.line}: expected ${step.command}, got ${got}`;
      this.#failures.push(message);
      throw new TranscriptMismatch(message);
    }
    this.#next++;
    return step.answer;
  }

  /** Commands still expected. */
  get remaining(): number {
    return this.#steps.length - this.#next;
  }

  /** Throws when a command differed from the script or an expected command never came. */
  assertDone(): void {
    if (this.#failures.length > 0) throw new TranscriptMismatch(this.#failures.join('; '));
    const step = this.#steps[this.#next];
    if (step) throw new TranscriptMismatch(`transcript line ${step.line}: expected ${step.command} was never sent (${this.remaining} left)`);
  }
}
