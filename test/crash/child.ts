/**
 * The process the crash test kills: the gateway's HIS API on its SQLite store — the same
 * createHisApi, buildServer, engine and store as `serve`, without the uploader and the card
 * drivers, which the crash does not concern and which would only slow each restart.
 * argv: <dataDir>. Prints the URL on stdout once listening.
 */
import { join } from 'node:path';
import { openDatabase } from '../../gateway/store/db.ts';
import { defaultEngineContext } from '../../gateway/engine/index.ts';
import { PersonService } from '../../gateway/persons/identify.ts';
import { CenterClient, keyFromConfig } from '../../gateway/center/client.ts';
import { createHisApi } from '../../gateway/api/his-api.ts';
import { buildServer } from '../../gateway/api/server.ts';
import { createLogger } from '../../gateway/log.ts';

async function main(): Promise<void> {
  const dataDir = process.argv[2]!;
  const db = openDatabase({ file: join(dataDir, 'gateway.sqlite') });
  // Nothing is asked of the centre: the person was confirmed moments ago (fresh snapshot).
  const center = new CenterClient({ baseUrl: 'http://127.0.0.1:9', gatewayId: 'crash', keyId: 'k1', key: keyFromConfig('crash-test') });
  const persons = new PersonService({ db, center, budgetMs: 100, freshMs: 24 * 3600_000 });
  const api = createHisApi({ db, engine: defaultEngineContext(), persons, facility: { fixmedinsCode: 'H15220100001', level: 3, admdvs: '152201' }, settleBudgetMs: 3000, requireApiKey: true });
  const app = await buildServer({ logger: createLogger({ level: 'silent' }), version: 'crash', routes: api.routes });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  process.stdout.write(`${url}\n`);
  if (process.env.CRASH_CHILD_EXIT) process.exit(0); // for profiling the start-up alone
}

void main();
