/**
 * The virtual PC/SC stack: pcscd with vpcd "benches" (reader.conf.d beside this file). Each
 * bench is a pair of virtual readers — slot 0 for the user card, slot 1 for the PSAM — and
 * a program connecting to the bench's TCP ports becomes the card in that reader
 * (reference/peer-systems.md, vsmartcard). Bench 0 keeps vpcd's stock name and ports.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

export const READER_CONF_DIR = fileURLToPath(new URL('./reader.conf.d', import.meta.url));
export const BENCH_NAMES = ['Virtual PCD', 'Virtual PCD Bench 2', 'Virtual PCD Bench 3', 'Virtual PCD Bench 4'] as const;
const FIRST_PORT = 35963;
const VPCD_DRIVER = '/usr/lib/pcsc/drivers/serial/libifdvpcd.so';

export interface BenchInfo {
  readonly index: number;
  /** PC/SC name of the user-card reader, e.g. "Virtual PCD 00 00". */
  readonly userReader: string;
  /** PC/SC name of the PSAM reader, e.g. "Virtual PCD 00 01". */
  readonly psamReader: string;
  /** vpcd TCP port a virtual user card connects to. */
  readonly userPort: number;
  /** vpcd TCP port a virtual PSAM connects to. */
  readonly psamPort: number;
}

export function benchInfo(index: number): BenchInfo {
  const name = BENCH_NAMES[index];
  if (!name) throw new RangeError(`no bench ${index}; there are ${BENCH_NAMES.length}`);
  return { index, userReader: `${name} 00 00`, psamReader: `${name} 00 01`, userPort: FIRST_PORT + 2 * index, psamPort: FIRST_PORT + 2 * index + 1 };
}

/** What of the stack is missing on this machine, as the Debian packages that bring it. */
export function missingPackages(): string[] {
  const missing: string[] = [];
  if (spawnSync('which', ['pcscd']).status !== 0) missing.push('pcscd');
  if (!existsSync(VPCD_DRIVER)) missing.push('vsmartcard-vpcd');
  if (spawnSync('which', ['opensc-tool']).status !== 0) missing.push('opensc');
  return missing;
}

/**
 * Reader names pcscd shows now (through opensc-tool, a foreign client). Never probe the vpcd
 * ports with a TCP connect: a connection there IS a card insertion to vpcd.
 */
export function listReaders(): string[] {
  const out = spawnSync('opensc-tool', ['--list-readers'], { encoding: 'utf8', timeout: 10_000 });
  const lines = (out.stdout ?? '').split('\n');
  // "Nr.  Card  Features  Name" — the name starts under the header's "Name" column.
  const column = lines.find((line) => line.startsWith('Nr.'))?.indexOf('Name') ?? -1;
  if (column < 0) return [];
  return lines.filter((line) => /^\s*\d+\s/.test(line)).map((line) => line.slice(column).trim());
}

export function pcscdRunning(): boolean {
  return spawnSync('pgrep', ['-x', 'pcscd']).status === 0;
}

export interface PcscdHandle {
  /** true when this call started pcscd (and `stop()` will stop it). */
  readonly started: boolean;
  /** How many benches pcscd shows (1 with the stock vpcd configuration, 4 with ours). */
  readonly benches: number;
  stop(): Promise<void>;
}

/** Starts pcscd with the benches unless one is running; waits until bench 0's reader shows. */
export async function ensurePcscd(): Promise<PcscdHandle> {
  const missing = missingPackages();
  if (missing.length > 0) {
    throw new Error(`The PC/SC stack is missing. Install it with: apt-get install ${missing.join(' ')} pcsc-tools libpcsclite-dev`);
  }
  let started = false;
  if (!pcscdRunning()) {
    rmSync('/run/pcscd/pcscd.comm', { force: true });
    const child = spawn('pcscd', ['--foreground', '--config', READER_CONF_DIR], { detached: true, stdio: 'ignore' });
    child.unref();
    started = true;
  }
  const deadline = Date.now() + 10_000;
  let readers = listReaders();
  while (!readers.includes(benchInfo(0).userReader)) {
    if (Date.now() > deadline) throw new Error(`pcscd shows no '${benchInfo(0).userReader}' reader within 10 s (readers: ${readers.join(', ') || 'none'})`);
    await sleep(100);
    readers = listReaders();
  }
  let benches = 1;
  while (benches < BENCH_NAMES.length && readers.includes(benchInfo(benches).userReader)) benches++;
  return {
    started,
    benches,
    async stop() {
      if (!started) return;
      spawnSync('pkill', ['-x', 'pcscd']);
      const until = Date.now() + 5_000;
      while (pcscdRunning() && Date.now() < until) await sleep(50);
    },
  };
}
