/**
 * `yibao-sim center` — the central adjudication simulator, and `center report` /
 * `center faults` to look at and steer a running one (simulator/center/server.ts).
 */
import { parseArgs } from 'node:util';
import { parseOrUsage, type CliIo, type Command } from '../../../gateway/cli/command.ts';
import { FaultError, parseFaultFlags } from '../../center/faults.ts';
import { startCenter } from '../../center/server.ts';

const DEFAULT_PORT = 8870;

export const centerCommand: Command = {
  name: ['center'],
  summary: 'Run the central adjudication simulator (persistent store, fault injection)',
  usage: `Usage: yibao-sim center [--port P] [--host H] [--data-dir D] [--fault name=value …]

Runs the centre the gateway uploads to, on 127.0.0.1:P (default ${DEFAULT_PORT}; env YIBAO_CENTER_PORT).
  --data-dir D   keep the store in D/center.sqlite (default: in memory; env YIBAO_CENTER_DATA_DIR)
  --fault n=v    set a fault switch at start; repeat or comma-separate. Switches:
                   latencyMs, jitterMs, errorRate, timeoutRate, dropAckRate, duplicateAckRate,
                   reorder, reorderMaxDelayMs, outageSeconds, slowDripBytesPerSec,
                   backPressureRate, backPressureStatus (429|503), retryAfterSeconds
                 rates are 0..1, e.g. --fault dropAckRate=0.2,latencyMs=50
At run time: yibao-sim center faults --url … name=value …   and   yibao-sim center report --url …
Stops on Ctrl-C (SIGINT) or SIGTERM.`,
  async run(args: string[], io: CliIo): Promise<number> {
    const parsed = parseOrUsage('yibao-sim center', centerCommand.usage, { args, options: { port: { type: 'string' }, host: { type: 'string' }, 'data-dir': { type: 'string' }, fault: { type: 'string', multiple: true } }, strict: true }, io);
    if (!parsed) return 2;
    const portText = parsed.values.port ?? io.env.YIBAO_CENTER_PORT ?? String(DEFAULT_PORT);
    const port = Number(portText);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      io.stderr.write(`yibao-sim center: --port must be 0–65535, got ${portText}\n`);
      return 2;
    }
    let center;
    try {
      const dataDir = parsed.values['data-dir'] ?? io.env.YIBAO_CENTER_DATA_DIR;
      center = await startCenter({ port, host: parsed.values.host ?? '127.0.0.1', ...(dataDir ? { dataDir } : {}), faults: parseFaultFlags(parsed.values.fault ?? []) });
    } catch (err) {
      io.stderr.write(`yibao-sim center: ${err instanceof FaultError ? err.message : err instanceof Error ? `${err.message}` : String(err)}\n`);
      return err instanceof FaultError ? 2 : 1;
    }
    const report = center.report();
    io.stdout.write(`centre simulator listening on ${center.url} (store: ${String(report.store)}, population ${String(report.population)})\n`);
    io.stdout.write(`report: ${center.url}/report   faults: ${center.url}/control/faults\n`);
    await new Promise<void>((resolve) => {
      const stop = (): void => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        resolve();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    await center.close();
    io.stdout.write('centre simulator stopped\n');
    return 0;
  },
};

function urlOption(args: string[], io: CliIo): { url: string; rest: string[] } | string {
  try {
    const parsed = parseArgs({ args, options: { url: { type: 'string' }, port: { type: 'string' } }, strict: true, allowPositionals: true });
    const url = parsed.values.url ?? io.env.YIBAO_CENTER_URL ?? `http://127.0.0.1:${parsed.values.port ?? DEFAULT_PORT}`;
    return { url: url.replace(/\/+$/, ''), rest: parsed.positionals };
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

export const centerReportCommand: Command = {
  name: ['center', 'report'],
  summary: 'Print what a running centre simulator holds (JSON)',
  usage: `Usage: yibao-sim center report [--url URL | --port P]

Prints GET <url>/report: records held by kind and status with their totals, per gateway,
rejections by code, adjudication outcomes, duplicates received, out-of-order arrivals,
request counts, injected faults. Default URL http://127.0.0.1:${DEFAULT_PORT} (env YIBAO_CENTER_URL).`,
  async run(args: string[], io: CliIo): Promise<number> {
    const opt = urlOption(args, io);
    if (typeof opt === 'string') {
      io.stderr.write(`yibao-sim center report: ${opt}\n`);
      return 2;
    }
    try {
      const res = await fetch(`${opt.url}/report`, { signal: AbortSignal.timeout(5_000) });
      io.stdout.write(`${JSON.stringify(await res.json(), null, 2)}\n`);
      return res.ok ? 0 : 1;
    } catch (err) {
      io.stderr.write(`yibao-sim center report: no centre simulator at ${opt.url} (${err instanceof Error ? err.message : String(err)})\n`);
      return 1;
    }
  },
};

export const centerFaultsCommand: Command = {
  name: ['center', 'faults'],
  summary: 'Show or change the fault switches of a running centre simulator',
  usage: `Usage: yibao-sim center faults [--url URL | --port P] [reset] [name=value …]

Without switches prints the current ones. 'reset' clears all first. Example:
  yibao-sim center faults outageSeconds=30
  yibao-sim center faults reset dropAckRate=0.1,reorder=true`,
  async run(args: string[], io: CliIo): Promise<number> {
    const opt = urlOption(args, io);
    if (typeof opt === 'string') {
      io.stderr.write(`yibao-sim center faults: ${opt}\n`);
      return 2;
    }
    let patch: Record<string, unknown>;
    try {
      const reset = opt.rest.includes('reset');
      patch = { ...(reset ? { reset: true } : {}), ...parseFaultFlags(opt.rest.filter((a) => a !== 'reset')) };
    } catch (err) {
      io.stderr.write(`yibao-sim center faults: ${err instanceof Error ? err.message : String(err)}\n`);
      return 2;
    }
    try {
      const res = Object.keys(patch).length === 0
        ? await fetch(`${opt.url}/control/faults`, { signal: AbortSignal.timeout(5_000) })
        : await fetch(`${opt.url}/control/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(patch), signal: AbortSignal.timeout(5_000) });
      io.stdout.write(`${JSON.stringify(await res.json(), null, 2)}\n`);
      return res.ok ? 0 : 2;
    } catch (err) {
      io.stderr.write(`yibao-sim center faults: no centre simulator at ${opt.url} (${err instanceof Error ? err.message : String(err)})\n`);
      return 1;
    }
  },
};
