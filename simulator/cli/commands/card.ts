/**
 * `yibao-sim card` — serve a virtual social security card (and the PSAM) into pcscd's
 * virtual readers through vpcd; `card --list` shows the profiles; `card new` makes a profile
 * from a template with valid check characters (simulator/card/).
 */
import { writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { CliIo, Command } from '../../../gateway/cli/command.ts';
import { CardServer, ControlError } from '../../card/card-server.ts';
import { newProfile } from '../../card/new-profile.ts';
import { loadProfile, profileNames, ProfileError } from '../../card/profile.ts';
import { PSAM_VARIANTS } from '../../card/virtual-psam.ts';
import { benchInfo, BENCH_NAMES } from '../../pcsc/stack.ts';

const CARD_USAGE = `Usage: yibao-sim card --profile NAME [--bench N | --port P] [--slot 0|1] [--no-psam]
                     [--psam-variant standard|no-sm4|no-rkssse] [--transcript FILE]
                     [--control-port P] [--empty]
       yibao-sim card --list
       yibao-sim card new --from TEMPLATE --out FILE [--name NAME] [--holder 姓名] …

Serves a virtual social security card into a vpcd reader until stopped (Ctrl-C / SIGTERM).
  --profile NAME     the card: a profile name (see --list) or a path to a profile JSON file
  --bench N          vpcd bench 0-${BENCH_NAMES.length - 1} (default 0: "Virtual PCD", ports 35963/35964)
  --port P           the card's vpcd port instead of a bench's (the PSAM goes to P+1)
  --slot 0|1         slot of the bench for the card (default 0); slot 1 means no PSAM
  --no-psam          do not serve the PSAM in the next slot (served by default)
  --psam-variant V   a PSAM lacking SM4 (no-sm4, → −2202) or the RKSSSE key (no-rkssse, → −2203)
  --transcript FILE  append every APDU as '=> …' / '<= …' lines (PINs hidden) to FILE
  --control-port P   local control API on 127.0.0.1:P (default: a free port, printed)
  --empty            start with the card out of the reader
While it runs, type: insert [NAME] | remove | swap NAME | status | list | quit (when stdin is a
terminal). The control API: GET /status, GET /profiles, POST /insert[?profile=], POST /remove,
POST /swap?profile=NAME, POST /pull-on?command=00B2[&nth=N].`;

const NEW_USAGE = `Usage: yibao-sim card new --from TEMPLATE --out FILE [--name NAME] [--holder 姓名]
                         [--birth-date YYYYMMDD] [--sex 1|2] [--seed TEXT] [--description TEXT]

Makes a new card profile from a template profile: new ID number and card number with valid
check characters (and a new card identification code and person number), everything else —
generation, insurance facts — as in the template. The same --seed gives the same numbers.
  --from TEMPLATE   a profile name (yibao-sim card --list) or a profile file
  --out FILE        where to write the new profile (JSON)
  --name NAME       profile name (default: the file name without .json)
  --holder 姓名      holder name (GBK, at most 15 Chinese characters)`;

function fail(io: CliIo, message: string, code = 2): number {
  io.stderr.write(`yibao-sim card: ${message}\n`);
  return code;
}

export const cardNewCommand: Command = {
  name: ['card', 'new'],
  summary: 'Make a new card profile from a template, with valid check characters',
  usage: NEW_USAGE,
  async run(args: string[], io: CliIo): Promise<number> {
    let values;
    try {
      ({ values } = parseArgs({
        args,
        options: {
          from: { type: 'string' },
          out: { type: 'string' },
          name: { type: 'string' },
          holder: { type: 'string' },
          'birth-date': { type: 'string' },
          sex: { type: 'string' },
          seed: { type: 'string' },
          description: { type: 'string' },
        },
        strict: true,
      }));
    } catch (err) {
      return fail(io, (err as Error).message);
    }
    if (!values.from || !values.out) return fail(io, `--from and --out are required\n\n${NEW_USAGE}`);
    if (values.sex !== undefined && values.sex !== '1' && values.sex !== '2') return fail(io, '--sex is 1 (male) or 2 (female)');
    const name = values.name ?? values.out.replace(/^.*\//, '').replace(/\.json$/, '');
    try {
      const template = loadProfile(values.from);
      const profile = newProfile(template, {
        name,
        ...(values.description ? { description: values.description } : {}),
        ...(values.holder ? { holderName: values.holder } : {}),
        ...(values['birth-date'] ? { birthDate: values['birth-date'] } : {}),
        ...(values.sex ? { sex: values.sex as '1' | '2' } : {}),
        ...(values.seed ? { seed: values.seed } : {}),
      });
      writeFileSync(values.out, `${JSON.stringify(profile, null, 2)}\n`);
      io.stdout.write(`${values.out}: ${profile.name}  card ${profile.ef05.cardNumber}  ID ${profile.ef06.idNumber.slice(0, 6)}********${profile.ef06.idNumber.slice(14)}\n`);
      return 0;
    } catch (err) {
      if (err instanceof ProfileError) return fail(io, err.message, 1);
      throw err;
    }
  },
};

export const cardCommand: Command = {
  name: ['card'],
  summary: 'Serve a virtual social security card (and PSAM) into pcscd through vpcd; --list, new',
  usage: CARD_USAGE,
  async run(args: string[], io: CliIo): Promise<number> {
    if (args[0] === 'new') return cardNewCommand.run(args.slice(1), io);
    let values;
    try {
      ({ values } = parseArgs({
        args,
        options: {
          profile: { type: 'string' },
          list: { type: 'boolean' },
          bench: { type: 'string' },
          port: { type: 'string' },
          slot: { type: 'string' },
          psam: { type: 'boolean' },
          'no-psam': { type: 'boolean' },
          'psam-variant': { type: 'string' },
          transcript: { type: 'string' },
          'control-port': { type: 'string' },
          empty: { type: 'boolean' },
        },
        strict: true,
      }));
    } catch (err) {
      return fail(io, (err as Error).message);
    }
    if (values.list) {
      for (const name of profileNames()) {
        const p = loadProfile(name);
        io.stdout.write(`${name}  ${p.description}\n`);
      }
      return 0;
    }
    if (!values.profile) return fail(io, `--profile NAME is required (or --list)\n\n${CARD_USAGE}`);
    const slot = Number(values.slot ?? 0);
    if (slot !== 0 && slot !== 1) return fail(io, '--slot is 0 or 1');
    const bench = Number(values.bench ?? 0);
    if (!Number.isInteger(bench) || bench < 0 || bench >= BENCH_NAMES.length) return fail(io, `--bench is 0-${BENCH_NAMES.length - 1}`);
    const base = values.port !== undefined ? Number(values.port) : benchInfo(bench).userPort;
    if (!Number.isInteger(base) || base < 1 || base > 65535) return fail(io, '--port must be 1-65535');
    const variant = values['psam-variant'] ?? 'standard';
    if (!(variant in PSAM_VARIANTS)) return fail(io, `--psam-variant is one of ${Object.keys(PSAM_VARIANTS).join(', ')}`);
    const controlPort = Number(values['control-port'] ?? 0);
    let profile;
    try {
      profile = loadProfile(values.profile);
    } catch (err) {
      if (err instanceof ProfileError) return fail(io, err.message, 1);
      throw err;
    }
    const port = base + slot;
    const withPsam = slot === 0 && !values['no-psam'];
    let server: CardServer;
    try {
      server = await CardServer.start({
        port,
        profile,
        psam: withPsam ? PSAM_VARIANTS[variant as keyof typeof PSAM_VARIANTS] : false,
        ...(values.transcript ? { transcript: values.transcript } : {}),
        controlPort,
        empty: values.empty ?? false,
      });
    } catch (err) {
      return fail(io, (err as Error).message, 1);
    }
    const readerName = values.port === undefined ? `"${BENCH_NAMES[bench]} 00 0${slot}"` : `vpcd port ${port}`;
    io.stdout.write(`card ${profile.name} ${values.empty ? 'ready for' : 'in'} ${readerName} (port ${port})${withPsam ? `; PSAM (${variant}) in port ${port + 1}` : ''}\n`);
    io.stdout.write(`control: ${server.controlUrl}\n`);
    return serveUntilStopped(server, io);
  },
};

async function serveUntilStopped(server: CardServer, io: CliIo): Promise<number> {
  let stop: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => {
    stop = resolve;
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    const input = io.stdin as NodeJS.ReadStream;
    if (!input.isTTY) return;
    const rl = createInterface({ input, output: io.stdout as NodeJS.WriteStream, prompt: 'card> ', terminal: false });
    let closed = false;
    rl.prompt();
    rl.on('close', () => {
      closed = true;
      stop();
    });
    rl.on('line', (line) => {
      const [word, arg] = line.trim().split(/\s+/);
      const act = async (): Promise<void> => {
        switch (word) {
          case undefined:
          case '':
            return;
          case 'insert':
            await server.insert(arg);
            break;
          case 'remove':
            await server.remove();
            break;
          case 'swap':
            if (!arg) throw new ControlError('swap NAME');
            await server.swap(arg);
            break;
          case 'list':
            io.stdout.write(`${profileNames().join('\n')}\n`);
            return;
          case 'status':
            break;
          case 'quit':
          case 'exit':
            rl.close();
            return;
          default:
            throw new ControlError('commands: insert [NAME] | remove | swap NAME | status | list | quit');
        }
        io.stdout.write(`${JSON.stringify(server.status())}\n`);
      };
      act()
        .catch((err: unknown) => io.stdout.write(`${(err as Error).message}\n`))
        // After quit (or end of input) the interface is closed: Node 24 throws on prompt() then.
        .finally(() => {
          if (!closed) rl.prompt();
        });
    });
  });
  await stopped;
  process.off('SIGINT', stop);
  process.off('SIGTERM', stop);
  await server.close();
  io.stdout.write('card server stopped\n');
  return 0;
}
