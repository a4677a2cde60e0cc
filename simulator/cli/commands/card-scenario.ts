/**
 * `yibao-sim scenario NAME` — run a scenario script (simulator/card/scenarios/) to certify a
 * counter: the simulator plays the card and tells the person at the counter what to do.
 */
import { parseOrUsage, type CliIo, type Command } from '../../../gateway/cli/command.ts';
import { VirtualPsam } from '../../card/virtual-psam.ts';
import { loadScenario, runScenario, ScenarioError, scenarioNames } from '../../card/scenario.ts';
import { askTechnician, followGateway, type VerdictSource } from '../../card/verdicts.ts';
import { VpcdLink } from '../../card/vpcd-link.ts';
import { benchInfo, BENCH_NAMES } from '../../pcsc/stack.ts';

const USAGE = `Usage: yibao-sim scenario NAME [--bench N | --port P] [--no-psam] [--transcript FILE] [--timeout S]
                          [--gateway URL --key KEY [--reader ID] | --confirm]
       yibao-sim scenario --list

Runs a scenario script against the counter: the simulator inserts, removes and swaps virtual
cards in the bench's reader, says what the person at the counter must do, checks what the
counter sends, and checks what the counter told the cashier (each "the counter must …"):
  PASSED (exit 0)         every step done, every verdict observed and right
  FAILED (exit 1)         a step or a verdict went wrong; the line says what the counter did
  NOT CERTIFIED (exit 3)  the card side went through, but nothing observed the verdicts
  NAME               a scenario (see --list) or a path to a scenario JSON file
  --gateway URL      follow the counter's gateway: its reader events give each read's outcome
  --key KEY          an API key of that gateway (or YIBAO_API_KEY)
  --reader ID        only that reader's outcomes (an id from GET /v1/readers)
  --confirm          no gateway to follow: ask the technician to confirm each verdict (y/n)
  --bench N          vpcd bench 0-${BENCH_NAMES.length - 1} (default 0: "Virtual PCD", ports 35963/35964)
  --port P           the card's vpcd port instead of a bench's (the PSAM goes to P+1)
  --no-psam          do not serve the PSAM in the next slot
  --transcript FILE  append every APDU as '=> …' / '<= …' lines (PINs hidden)
  --timeout S        how long a step waits for the counter (default 120 s)`;

export const scenarioCommand: Command = {
  name: ['scenario'],
  summary: 'Certify a counter: run a card scenario script (insert, pull out mid-read, wrong PIN …)',
  usage: USAGE,
  async run(args: string[], io: CliIo): Promise<number> {
    const parsed = parseOrUsage('yibao-sim scenario', USAGE, {
        args,
        allowPositionals: true,
        options: {
          list: { type: 'boolean' }, bench: { type: 'string' }, port: { type: 'string' }, 'no-psam': { type: 'boolean' }, transcript: { type: 'string' }, timeout: { type: 'string' },
          gateway: { type: 'string' }, key: { type: 'string' }, reader: { type: 'string' }, confirm: { type: 'boolean' },
        },
        strict: true,
      }, io);
    if (!parsed) return 2;
    const { values, positionals } = parsed;
    if (values.list) {
      for (const name of scenarioNames()) io.stdout.write(`${name}  ${loadScenario(name).description}\n`);
      return 0;
    }
    const name = positionals[0];
    if (!name) {
      io.stderr.write(`yibao-sim scenario: name a scenario (or --list)\n\n${USAGE}\n`);
      return 2;
    }
    let scenario;
    try {
      scenario = loadScenario(name);
    } catch (err) {
      if (err instanceof ScenarioError) {
        io.stderr.write(`yibao-sim scenario: ${err.message}\n`);
        return 1;
      }
      throw err;
    }
    const bench = Number(values.bench ?? 0);
    if (!Number.isInteger(bench) || bench < 0 || bench >= BENCH_NAMES.length) {
      io.stderr.write(`yibao-sim scenario: --bench is 0-${BENCH_NAMES.length - 1}\n`);
      return 2;
    }
    if (values.gateway !== undefined && values.confirm) {
      io.stderr.write('yibao-sim scenario: --gateway and --confirm exclude each other\n');
      return 2;
    }
    const key = values.key ?? io.env.YIBAO_API_KEY;
    if (values.gateway !== undefined && !key) {
      io.stderr.write('yibao-sim scenario: --gateway needs --key (or YIBAO_API_KEY): an API key of that gateway\n');
      return 2;
    }
    let verdicts: VerdictSource | undefined;
    if (values.gateway !== undefined) {
      try {
        verdicts = await followGateway({ url: values.gateway, key: key!, ...(values.reader ? { readerId: values.reader } : {}) });
      } catch (err) {
        io.stderr.write(`yibao-sim scenario: ${(err as Error).message}\n`);
        return 1;
      }
    } else if (values.confirm) {
      verdicts = askTechnician(lineReader(io));
    }
    const port = values.port !== undefined ? Number(values.port) : benchInfo(bench).userPort;
    const transcript = values.transcript;
    const link = new VpcdLink({ port, label: `card slot :${port}`, ...(transcript ? { transcript } : {}) });
    const psamLink = values['no-psam'] ? undefined : new VpcdLink({ port: port + 1, label: `PSAM slot :${port + 1}`, ...(transcript ? { transcript } : {}) });
    const controller = new AbortController();
    const stop = (): void => controller.abort(new Error('stopped by signal'));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    try {
      if (psamLink) await psamLink.insert(new VirtualPsam());
      const result = await runScenario(scenario, link, {
        say: (line) => io.stdout.write(`${line}\n`),
        defaultTimeoutMs: Number(values.timeout ?? 120) * 1000,
        signal: controller.signal,
        ...(verdicts ? { verdicts } : {}),
      });
      return result.outcome === 'passed' ? 0 : result.outcome === 'failed' ? 1 : 3;
    } catch (err) {
      io.stderr.write(`yibao-sim scenario: ${(err as Error).message}\n`);
      return 1;
    } finally {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      await link.close();
      await psamLink?.close();
      await verdicts?.close();
      if (values.confirm) io.stdin.pause();
    }
  },
};

/** Asks on stdout and resolves with the next line typed on stdin. */
function lineReader(io: CliIo): (question: string) => Promise<string> {
  let buffered = '';
  const waiting: Array<(line: string) => void> = [];
  io.stdin.setEncoding?.('utf8');
  io.stdin.on('data', (chunk: string | Buffer) => {
    buffered += chunk.toString();
    for (let nl = buffered.indexOf('\n'); nl >= 0 && waiting.length > 0; nl = buffered.indexOf('\n')) {
      const line = buffered.slice(0, nl);
      buffered = buffered.slice(nl + 1);
      waiting.shift()!(line);
    }
  });
  return (question) => {
    io.stdout.write(question);
    return new Promise((resolve) => {
      const nl = buffered.indexOf('\n');
      if (nl >= 0) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        resolve(line);
      } else waiting.push(resolve);
    });
  };
}
