/**
 * `yibao-sim serial --profile NAME` — an emulated serial card reader with a PIN pad on a
 * pseudo-terminal (simulator/serial/), hosting a virtual card; prints the device path for the
 * gateway (or any program speaking protocol/serial/README.md) to open.
 */
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { parseOrUsage, type CliIo, type Command } from '../../../gateway/cli/command.ts';
import { createLogger, type Logger } from '../../../gateway/log.ts';
import { loadProfile, ProfileError } from '../../card/profile.ts';
import { VirtualCard, VirtualPsam } from '../../card/virtual-card.ts';
import { FixedPinPad, type PadEntry, type PadRequest, type PinPad } from '../../serial/pin-pad.ts';
import { startSerialReaderEmulator, type SerialReaderEmulator } from '../../serial/pty-emulator.ts';

const USAGE = `Usage: yibao-sim serial --profile NAME [--psam] [--pin DIGITS] [--transcript] [--no-card]

Serves an emulated serial card reader with a PIN pad on a pseudo-terminal, with a virtual
card in its slot, and prints the device path (first line of stdout; the PSAM reader's path
second with --psam). Open it at 115200 8N1 with the gateway's serial driver; the protocol is
protocol/serial/README.md.
  --profile NAME   the card (see 'yibao-sim card --list'), or a path to a profile JSON file
  --psam           also serve a second reader holding the PSAM (3.00 cards need it to read EF06)
  --pin DIGITS     the pad types these digits whenever a PIN is asked; without it the pad
                   asks on this terminal (the next line is the PIN, an empty line cancels)
  --transcript     print every APDU the reader sends to the card as '=> …' / '<= …' (PIN hidden)
  --no-card        start with the slot empty
While it runs, type 'remove', 'insert' or 'quit' (Ctrl-D also quits). Stops on Ctrl-C or SIGTERM.
Needs python3 (it opens the pseudo-terminal pair).`;

/** A pino stream that prints only the transcript lines (`apdu` field) of the emulator's log. */
function transcriptSink(out: NodeJS.WritableStream): Writable {
  return new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split('\n')) {
        if (!line) continue;
        try {
          const entry = JSON.parse(line) as { apdu?: unknown; msg?: unknown };
          if (typeof entry.apdu === 'string') out.write(`${entry.apdu}\n`);
        } catch {
          // not a log line: ignore
        }
      }
      done();
    },
  });
}

/** The technician is the cardholder: prompts go to stderr, the next stdin line is the PIN. */
class LinePad implements PinPad {
  readonly #prompt: NodeJS.WritableStream;
  #waiting: ((line: string | undefined) => void) | undefined;

  constructor(prompt: NodeJS.WritableStream) {
    this.#prompt = prompt;
  }

  /** Routes a typed line: true when the pad took it. */
  offer(line: string | undefined): boolean {
    const waiting = this.#waiting;
    if (!waiting) return false;
    this.#waiting = undefined;
    waiting(line);
    return true;
  }

  async collect(request: PadRequest): Promise<PadEntry> {
    this.#prompt.write(`[PIN pad] ${request.prompt} (${request.minLength}-${request.maxLength} digits, empty line cancels, ${request.timeoutSeconds} s): `);
    const line = await new Promise<string | undefined>((resolve) => {
      const timer = setTimeout(() => {
        this.#waiting = undefined;
        resolve(undefined);
      }, request.timeoutSeconds * 1000);
      this.#waiting = (text) => {
        clearTimeout(timer);
        resolve(text ?? '');
      };
    });
    if (line === undefined) {
      this.#prompt.write('\n[PIN pad] timed out\n');
      return { kind: 'timeout' };
    }
    const pin = line.trim();
    return pin === '' ? { kind: 'cancel' } : { kind: 'digits', pin };
  }
}

export const serialCommand: Command = {
  name: ['serial'],
  summary: 'Serve an emulated serial card reader + PIN pad on a pseudo-terminal',
  usage: USAGE,
  async run(args: string[], io: CliIo): Promise<number> {
    const parsed = parseOrUsage('yibao-sim serial', USAGE, {
        args,
        options: { profile: { type: 'string' }, psam: { type: 'boolean' }, pin: { type: 'string' }, transcript: { type: 'boolean' }, 'no-card': { type: 'boolean' } },
        strict: true,
      }, io);
    if (!parsed) return 2;
    const { values } = parsed;
    if (!values.profile) {
      io.stderr.write(`yibao-sim serial: --profile NAME is required\n\n${USAGE}\n`);
      return 2;
    }
    if (values.pin !== undefined && !/^\d{4,12}$/.test(values.pin)) {
      io.stderr.write('yibao-sim serial: --pin must be 4 to 12 digits\n');
      return 2;
    }
    let profile;
    try {
      profile = loadProfile(values.profile);
    } catch (err) {
      io.stderr.write(`yibao-sim serial: ${err instanceof ProfileError || err instanceof Error ? err.message : String(err)}\n`);
      return 2;
    }
    const logger: Logger | undefined = values.transcript ? createLogger({ level: 'info' }, transcriptSink(io.stderr)) : undefined;
    const linePad = values.pin === undefined ? new LinePad(io.stderr) : undefined;
    const pad: PinPad = linePad ?? new FixedPinPad(values.pin ?? '');
    // one card for the whole session: its PIN counter survives removal, like the chip's EEPROM
    const card = new VirtualCard(profile);
    let reader: SerialReaderEmulator;
    let psam: SerialReaderEmulator | undefined;
    try {
      reader = await startSerialReaderEmulator({ pad, ...(values['no-card'] ? {} : { card }), ...(logger ? { logger } : {}) });
      if (values.psam) psam = await startSerialReaderEmulator({ pad: new FixedPinPad('000000'), card: new VirtualPsam() });
    } catch (err) {
      io.stderr.write(`yibao-sim serial: ${err instanceof Error ? err.message : String(err)}\n`);
      return 1;
    }
    io.stdout.write(`${reader.path}\n`);
    if (psam) io.stdout.write(`${psam.path}\n`);
    io.stderr.write(`serial reader on ${reader.path}${psam ? `, PSAM reader on ${psam.path}` : ''}; card: ${values['no-card'] ? '(none)' : `${profile.name} — ${profile.description}`}\n`);
    io.stderr.write("type 'remove', 'insert' or 'quit'\n");

    await new Promise<void>((resolve) => {
      const rl = createInterface({ input: io.stdin, terminal: false });
      const stop = (): void => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        rl.close();
        resolve();
      };
      rl.on('line', (line) => {
        if (linePad?.offer(line)) return;
        const word = line.trim();
        if (word === 'remove') {
          reader.device.remove();
          io.stderr.write('card removed\n');
        } else if (word === 'insert') {
          reader.device.insert(card);
          io.stderr.write(`card inserted: ${profile.name}\n`);
        } else if (word === 'quit') {
          stop();
        } else if (word !== '') {
          io.stderr.write(`unknown command '${word}': type 'remove', 'insert' or 'quit'\n`);
        }
      });
      rl.on('close', () => {
        linePad?.offer(undefined);
        stop();
      });
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    await reader.stop();
    await psam?.stop();
    return 0;
  },
};
