/**
 * APDU transcripts (STYLE.md item 5): one exchange is two lines,
 *   => 00B207280B
 *   <= 0709413132333435363734 9000
 * Lines starting with `#` are notes (power on, ATR, insert, remove). The same text is what
 * `yibao-sim card --transcript FILE` writes and what the card tests replay: `replayTranscript`
 * sends each `=>` and checks the answer against the following `<=` (`?` matches any hex digit,
 * spaces are ignored), and reports anything expected that was left over.
 */
import { hex } from '../../protocol/apdu/errors.ts';
import { fromHex } from '../../protocol/apdu/errors.ts';

export interface Transmitter {
  transmit(apdu: Buffer): Buffer;
}

/**
 * `=> 00B207280B`. PINs never reach a transcript (STYLE.md item 14): the data of VERIFY
 * (`0020`) and CHANGE PIN (`805E`) is written as `*`, e.g. `=> 0020000003******`.
 */
export function commandLine(apdu: Uint8Array): string {
  const text = hex(apdu);
  const pin = apdu.length > 5 && ((apdu[0] === 0x00 && apdu[1] === 0x20) || (apdu[0] === 0x80 && apdu[1] === 0x5e));
  return `=> ${pin ? text.slice(0, 10) + '*'.repeat(text.length - 10) : text}`;
}

export function responseLine(rapdu: Uint8Array): string {
  return `<= ${hex(rapdu)}`;
}

export interface TranscriptStep {
  readonly line: number;
  readonly command: string;
  readonly expected: string | undefined;
}

export class TranscriptFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TranscriptFormatError';
  }
}

export function parseTranscript(text: string): TranscriptStep[] {
  const steps: TranscriptStep[] = [];
  const lines = text.split('\n');
  let pending: { line: number; command: string } | undefined;
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const body = line.slice(2).replace(/\s+/g, '').toUpperCase();
    if (line.startsWith('=>')) {
      if (pending) steps.push({ ...pending, expected: undefined });
      if (!/^([0-9A-F]{2})+$/.test(body)) throw new TranscriptFormatError(`line ${i + 1}: a command is hex bytes`);
      pending = { line: i + 1, command: body };
    } else if (line.startsWith('<=')) {
      if (!pending) throw new TranscriptFormatError(`line ${i + 1}: an answer without a command`);
      if (!/^[0-9A-F?]{4,}$/.test(body) || body.length % 2 !== 0) throw new TranscriptFormatError(`line ${i + 1}: an answer is hex (? for any digit)`);
      steps.push({ ...pending, expected: body });
      pending = undefined;
    } else {
      throw new TranscriptFormatError(`line ${i + 1}: expected "=> …", "<= …" or "# …"`);
    }
  });
  if (pending) steps.push({ ...pending, expected: undefined });
  return steps;
}

function matches(pattern: string, actual: string): boolean {
  if (pattern.length !== actual.length) return false;
  for (let i = 0; i < pattern.length; i++) if (pattern[i] !== '?' && pattern[i] !== actual[i]) return false;
  return true;
}

export interface ReplayResult {
  /** Exchanges run. */
  readonly exchanged: number;
  /** Human-readable differences, empty when the card answered as written. */
  readonly mismatches: readonly string[];
  /** Expected lines never reached (a step threw). Empty on a full run. */
  readonly leftover: readonly TranscriptStep[];
  /** The actual transcript, in the same format. */
  readonly actual: string;
}

/** Replays a transcript against a card; stops at the first exception from the card. */
export function replayTranscript(card: Transmitter, text: string): ReplayResult {
  const steps = parseTranscript(text);
  const mismatches: string[] = [];
  const out: string[] = [];
  let exchanged = 0;
  for (const step of steps) {
    let answer: string;
    try {
      answer = hex(card.transmit(fromHex(step.command)));
    } catch (err) {
      mismatches.push(`line ${step.line}: ${step.command} threw ${(err as Error).message}`);
      return { exchanged, mismatches, leftover: steps.slice(exchanged), actual: out.join('\n') };
    }
    exchanged++;
    out.push(`=> ${step.command}`, `<= ${answer}`);
    if (step.expected === undefined) mismatches.push(`line ${step.line}: ${step.command} has no expected answer (got ${answer})`);
    else if (!matches(step.expected, answer)) mismatches.push(`line ${step.line}: ${step.command} expected ${step.expected}, got ${answer}`);
  }
  return { exchanged, mismatches, leftover: [], actual: out.join('\n') };
}
