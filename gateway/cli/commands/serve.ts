import { parseArgs } from 'node:util';
import { reportFailure, type Command } from '../command.ts';
import { loadConfig } from '../../config.ts';
import { createGateway, type Gateway } from '../../app.ts';
import { isGatewayError } from '../../errors/gateway-error.ts';

const SERVE_USAGE = `Usage: yibao-gateway serve [--port N] [--data-dir DIR] [--config FILE]

Runs the gateway: the HIS API on 127.0.0.1 (see /docs), the store under the data directory,
and the uploader to the centre.

Options:
  --port N          TCP port of the API (env YIBAO_PORT, default 8860)
  --data-dir DIR    where the SQLite database lives (env YIBAO_DATA_DIR, default ./data)
  --config FILE     JSON configuration file (see deploy/CONFIGURATION.md)
`;

export const serveCommand: Command = {
  name: ['serve'],
  summary: 'run the gateway (HIS API, store, uploader)',
  usage: SERVE_USAGE,
  async run(args, io) {
    let config;
    try {
      const { values } = parseArgs({ args, options: { port: { type: 'string' }, 'data-dir': { type: 'string' }, config: { type: 'string' } }, strict: true });
      config = loadConfig({ file: values.config, env: io.env, overrides: { port: values.port, dataDir: values['data-dir'] } });
    } catch (err) {
      io.stderr.write(`yibao-gateway serve: ${isGatewayError(err) ? err.message : (err as Error).message}\n`);
      return 2;
    }
    let gateway: Gateway | undefined;
    let url: string;
    try {
      gateway = await createGateway(config);
      url = await gateway.start();
    } catch (err) {
      await gateway?.close().catch(() => undefined);
      return reportFailure('yibao-gateway serve', err, io);
    }
    gateway.log.info({ url, data_dir: config.dataDir, center: config.centerUrl }, `gateway listening on ${url} (API docs at ${url}/docs)`);
    await new Promise<void>((resolve) => {
      const stop = (): void => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    gateway.log.info('shutting down');
    await gateway.close();
    return 0;
  },
};
