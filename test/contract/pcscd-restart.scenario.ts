/**
 * Run by `pcscd-restart.real.test.ts` inside `private-pcscd.sh` (never against the shared
 * pcscd): a card is read, pcscd is killed (every reader vanishes — the only way a vpcd
 * reader is "unplugged"), started again, and the same port, without being reopened, reads
 * the card once it is back. Prints one JSON line with what it saw.
 */
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { openPcscLitePort } from '../../drivers/pcsc/pcsclite-port.ts';
import type { ReaderEvent } from '../../drivers/pcsc/port.ts';
import { CredentialService } from '../../gateway/credentials/service.ts';
import { loadProfile } from '../../simulator/card/profile.ts';
import { VirtualCard, VirtualPsam } from '../../simulator/card/virtual-card.ts';
import { VpcdLink } from '../../simulator/card/vpcd-link.ts';
import { benchInfo } from '../../simulator/pcsc/stack.ts';

const pid = Number(process.env.YIBAO_PRIVATE_PCSCD_PID);
const conf = process.env.YIBAO_PRIVATE_PCSCD_CONF;
if (!pid || !conf) throw new Error('run me through test/contract/private-pcscd.sh');

const bench = benchInfo(0);
const port = await openPcscLitePort({ retryMs: 100 });
const events: string[] = [];
const waitFor = (match: (e: ReaderEvent) => boolean, ms = 10_000): Promise<void> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('event did not come')), ms);
    const stop = port.watch((e) => {
      if (match(e)) {
        clearTimeout(timer);
        stop();
        resolve();
      }
    });
  });
port.watch((e) => {
  if (!('reader' in e) || e.reader === bench.userReader) events.push(e.type);
});
const credentials = new CredentialService({ port, blocklist: { isBlocked: () => null }, pairing: { pairs: [{ userReader: bench.userReader, psamReader: bench.psamReader }] } });
const insert = async (): Promise<VpcdLink[]> => {
  const user = new VpcdLink({ port: bench.userPort });
  const psam = new VpcdLink({ port: bench.psamPort });
  const seen = waitFor((e) => e.type === 'card-inserted' && e.reader === bench.userReader);
  await psam.insert(new VirtualPsam());
  await user.insert(new VirtualCard(loadProfile('adult-resident')));
  await seen;
  return [user, psam];
};

let restarted: ReturnType<typeof spawn> | null = null;
const result: Record<string, unknown> = {};
try {
  let links = await insert();
  result.before = (await credentials.readCard(bench.userReader)).credentialType;
  const lost = waitFor((e) => e.type === 'service-lost');
  process.kill(pid, 'SIGTERM');
  await lost;
  result.during = await credentials.readCard(bench.userReader).then(
    () => 'read',
    (err: { code?: string }) => err.code,
  );
  for (const link of links) await link.close();
  const restored = waitFor((e) => e.type === 'service-restored');
  restarted = spawn('pcscd', ['--foreground', '--config', conf], { stdio: 'ignore' });
  await restored;
  await waitFor((e) => e.type === 'reader-added' && e.reader === bench.userReader).catch(() => undefined);
  await sleep(200);
  links = await insert();
  result.after = (await credentials.readCard(bench.userReader)).credentialType;
  result.events = [...events]; // before the card is taken out at the end
  for (const link of links) await link.close();
} catch (err) {
  result.error = String(err);
} finally {
  await credentials.close();
  await port.close();
  restarted?.kill('SIGTERM');
}
result.events ??= events;
process.stdout.write(`${JSON.stringify(result)}\n`);
