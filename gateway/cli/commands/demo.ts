/**
 * `yibao-gateway demo` (what `npm start` runs): the gateway on embedded defaults with the
 * simulators a newcomer needs and no hardware — the centre simulator in-process, and a
 * virtual social security card + PSAM served into pcscd's virtual readers through vpcd.
 * Where pcscd + vpcd are not installed, the card lives in-process instead (said in one line).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { reportFailure, type Command, type CliIo } from '../command.ts';
import { loadConfig, type Config } from '../../config.ts';
import { createGateway, listenFailure, type Gateway } from '../../app.ts';
import { GatewayError, isGatewayError } from '../../errors/gateway-error.ts';
import { startCenter, type CenterHandle } from '../../../simulator/center/server.ts';
import { benchInfo, ensurePcscd, missingPackages, type PcscdHandle } from '../../../simulator/pcsc/stack.ts';
import { inProcessPort, SIMULATED_PSAM_READER, SIMULATED_USER_READER } from '../../../simulator/pcsc/in-process.ts';
import { VpcdLink } from '../../../simulator/card/vpcd-link.ts';
import { VirtualCard, VirtualPsam } from '../../../simulator/card/virtual-card.ts';
import { loadProfile } from '../../../simulator/card/profile.ts';

const USAGE = `Usage: yibao-gateway demo [--port N] [--data-dir DIR] [--center-port N] [--profile NAME] [--bench N]

Runs the gateway on embedded defaults with simulated centre and card, no hardware:
  - the centre simulator in-process (its data under <data-dir>/center);
  - a virtual card (profile NAME, default adult-resident) and PSAM in the virtual readers of
    pcscd + vpcd (bench N, default 0 = "Virtual PCD 00 00"/"00 01"; pcscd is started when it
    is not running), or in-process where pcscd/vpcd are not installed;
  - a demo HIS API key, kept in <data-dir>/demo-api-key.txt.
Then prints the API address and the first requests to try. Ctrl-C stops everything.

Options:
  --port N         API port (env YIBAO_PORT, default 8860; 0 picks a free one)
  --data-dir DIR   data directory (env YIBAO_DATA_DIR, default ./data)
  --center-port N  centre simulator port (default 8870; 0 picks a free one)
  --profile NAME   card profile (yibao-sim card --list shows them)
  --bench N        vpcd bench 0-3
`;

export interface DemoHandle {
  readonly gateway: Gateway;
  readonly center: CenterHandle;
  readonly apiUrl: string;
  readonly apiKey: string;
  readonly userReader: string;
  readonly psamReader: string;
  /** 'pcsc' when the card is in pcscd's virtual reader, 'in-process' otherwise. */
  readonly readerMode: 'pcsc' | 'in-process';
  stop(): Promise<void>;
}

export interface DemoOptions {
  readonly config: Config;
  readonly centerPort: number;
  readonly profile: string;
  readonly bench: number;
}

/** Starts the demo; used by the command and by the walking-skeleton test. */
export async function startDemo(options: DemoOptions): Promise<DemoHandle> {
  const profile = loadProfile(options.profile);
  const center = await startCenter({ port: options.centerPort, dataDir: join(options.config.dataDir, 'center') }).catch((cause: NodeJS.ErrnoException) => {
    const failure = listenFailure(cause, '127.0.0.1', options.centerPort);
    throw failure.code === 'GW_PORT_IN_USE' ? new GatewayError('GW_PORT_IN_USE', { cause, detail: `the centre simulator's port 127.0.0.1:${options.centerPort} (choose another with --center-port)` }) : failure;
  });
  const stops: Array<() => Promise<void>> = [() => center.close()];
  const stopAll = async (): Promise<void> => {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
  };
  try {
    const missing = missingPackages();
    let pcscd: PcscdHandle | undefined;
    let config: Config = { ...options.config, centerUrl: center.url };
    let readerMode: DemoHandle['readerMode'] = 'pcsc';
    if (missing.length === 0) {
      pcscd = await ensurePcscd();
      stops.push(() => pcscd!.stop());
      const bench = benchInfo(options.bench);
      const cardLink = new VpcdLink({ port: bench.userPort, label: bench.userReader });
      const psamLink = new VpcdLink({ port: bench.psamPort, label: bench.psamReader });
      await psamLink.insert(new VirtualPsam());
      stops.push(() => psamLink.close());
      await cardLink.insert(new VirtualCard(profile));
      stops.push(() => cardLink.close());
      config = { ...config, userReader: bench.userReader, psamReader: bench.psamReader };
    } else {
      readerMode = 'in-process';
      config = { ...config, userReader: SIMULATED_USER_READER, psamReader: SIMULATED_PSAM_READER };
    }
    const gateway = await createGateway(config, readerMode === 'in-process' ? { pcscPort: inProcessPort(options.profile) } : {});
    if (readerMode === 'in-process') {
      gateway.log.warn(`simulator mode: ${missing.join(', ')} not installed, so the virtual card is served in-process (apt-get install ${missing.join(' ')} to use the real PC/SC stack)`);
    }
    stops.push(() => gateway.close());
    const apiKey = demoApiKey(gateway, config.dataDir);
    const apiUrl = await gateway.start();
    return { gateway, center, apiUrl, apiKey, userReader: config.userReader, psamReader: config.psamReader, readerMode, stop: stopAll };
  } catch (err) {
    await stopAll();
    throw err;
  }
}

/** One demo HIS key per data directory, shown to the newcomer (never do this in production). */
function demoApiKey(gateway: Gateway, dataDir: string): string {
  const file = join(dataDir, 'demo-api-key.txt');
  if (existsSync(file)) {
    const saved = readFileSync(file, 'utf8').trim();
    if (gateway.api.keys.verify(saved)) return saved;
  }
  const created = gateway.api.keys.create('demo HIS', 'demo').key;
  writeFileSync(file, `${created}\n`, { mode: 0o600 });
  return created;
}

function guide(demo: DemoHandle, profileName: string): string {
  const url = demo.apiUrl;
  const readerId = demo.userReader.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `
Yibao Gateway demo is running.
  HIS API       ${url}            (browsable docs: ${url}/docs)
  centre sim    ${demo.center.url}   (what it holds: ${demo.center.url}/report)
  card          '${profileName}' in reader '${demo.userReader}', PSAM in '${demo.psamReader}' (${demo.readerMode === 'pcsc' ? 'pcscd + vpcd' : 'in-process'})
  demo API key  ${demo.apiKey}

Try first (bash):
  K='Authorization: Bearer ${demo.apiKey}'
  curl -s -H "$K" ${url}/v1/readers
  S=$(curl -s -H "$K" -H 'content-type: application/json' -d '{"opter":"cashier-01","role":"cashier"}' ${url}/v1/operators/sign-in | sed 's/.*"session_id":"\\([^"]*\\)".*/\\1/')
  curl -s -H "$K" -H "X-Session-Id: $S" -X POST ${url}/v1/readers/${readerId}/read
  # then identify the person (mdtrt_cert_type 03 + the card number from the read) and sell:
  #   POST ${url}/v1/persons/identify      {"mdtrt_cert_type":"03","mdtrt_cert_no":"<card number>"}
  #   POST ${url}/v1/pharmacy/sales        (Idempotency-Key header) {"psn_no":"…","lines":[…]}
Press Ctrl-C to stop.
`;
}

export const demoCommand: Command = {
  name: ['demo'],
  summary: 'run the gateway with the centre simulator and a virtual card (npm start)',
  usage: USAGE,
  async run(args: string[], io: CliIo) {
    let options: DemoOptions;
    try {
      const { values } = parseArgs({
        args,
        options: { port: { type: 'string' }, 'data-dir': { type: 'string' }, 'center-port': { type: 'string' }, profile: { type: 'string' }, bench: { type: 'string' } },
        strict: true,
      });
      const config = loadConfig({ env: io.env, overrides: { port: values.port, dataDir: values['data-dir'] } });
      const centerPort = Number(values['center-port'] ?? 8870);
      const bench = Number(values.bench ?? 0);
      if (!Number.isInteger(centerPort) || centerPort < 0 || centerPort > 65535) throw new Error('--center-port must be 0-65535');
      if (!Number.isInteger(bench) || bench < 0 || bench > 3) throw new Error('--bench must be 0-3');
      options = { config, centerPort, bench, profile: values.profile ?? 'adult-resident' };
    } catch (err) {
      io.stderr.write(`yibao-gateway demo: ${isGatewayError(err) ? err.message : (err as Error).message}\n`);
      return 2;
    }
    let demo: DemoHandle;
    try {
      demo = await startDemo(options);
    } catch (err) {
      return reportFailure('yibao-gateway demo', err, io);
    }
    io.stdout.write(guide(demo, options.profile));
    await new Promise<void>((resolve) => {
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
    });
    await demo.stop();
    return 0;
  },
};
