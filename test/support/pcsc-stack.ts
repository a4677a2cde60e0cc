/**
 * The real PC/SC stack for tests: pcscd with vpcd test benches (test/pcsc/reader.conf.d).
 * Each bench is a pair of virtual readers — slot 0 for the user card, slot 1 for the PSAM —
 * and a program connecting to the bench's TCP ports becomes the card in that reader.
 *
 * Test files (and developers running them side by side) take a bench with `acquireBench()`,
 * a lock shared across processes, so two files never serve cards into the same reader.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

export interface Bench {
  readonly index: number;
  /** PC/SC name of the user-card reader, e.g. "Virtual PCD 00 00". */
  readonly userReader: string;
  /** PC/SC name of the PSAM reader, e.g. "Virtual PCD 00 01". */
  readonly psamReader: string;
  /** vpcd TCP port a virtual user card connects to. */
  readonly userPort: number;
  /** vpcd TCP port a virtual PSAM connects to. */
  readonly psamPort: number;
  release(): void;
}

const CONF_DIR = fileURLToPath(new URL('../pcsc/reader.conf.d', import.meta.url));
const LOCK_DIR = '/tmp/yibao-pcsc-locks';
const BENCH_NAMES = ['Virtual PCD', 'Virtual PCD Bench 2', 'Virtual PCD Bench 3', 'Virtual PCD Bench 4'];
const FIRST_PORT = 35963;

export function benchPorts(index: number): { userPort: number; psamPort: number } {
  return { userPort: FIRST_PORT + 2 * index, psamPort: FIRST_PORT + 2 * index + 1 };
}

/**
 * Reader names pcscd shows now (via opensc-tool, a foreign client). Never probe the vpcd
 * ports with a TCP connect: a connection there IS a card insertion to vpcd.
 */
export function listReaders(): string[] {
  const out = spawnSync('opensc-tool', ['--list-readers'], { encoding: 'utf8', timeout: 10_000 });
  const lines = out.stdout.split('\n');
  // "Nr.  Card  Features  Name" — the name starts under the header's "Name" column.
  const column = lines.find((line) => line.startsWith('Nr.'))?.indexOf('Name') ?? -1;
  if (column < 0) return [];
  return lines.filter((line) => /^\s*\d+\s/.test(line)).map((line) => line.slice(column).trim());
}

function pcscdRunning(): boolean {
  return spawnSync('pgrep', ['-x', 'pcscd']).status === 0;
}

/** A clear message instead of a silent skip when the stack is not installed. */
export function assertPcscInstalled(): void {
  const missing = ['pcscd', 'opensc-tool'].filter((bin) => spawnSync('which', [bin]).status !== 0);
  const vpcd = spawnSync('test', ['-e', '/usr/lib/pcsc/drivers/serial/libifdvpcd.so']).status === 0;
  if (missing.length > 0 || !vpcd) {
    throw new Error(
      'The PC/SC test stack is missing. Install it with: ' +
        'apt-get install pcscd libpcsclite-dev vsmartcard-vpcd pcsc-tools opensc',
    );
  }
}

/**
 * Starts pcscd with the test benches unless one is already running.
 * Returns a stop function that only stops what it started.
 */
export async function ensurePcscd(): Promise<{ started: boolean; benches: number; stop(): Promise<void> }> {
  assertPcscInstalled();
  let started = false;
  if (!pcscdRunning()) {
    rmSync('/run/pcscd/pcscd.comm', { force: true });
    const child = spawn('pcscd', ['--foreground', '--config', CONF_DIR], { detached: true, stdio: 'ignore' });
    child.unref();
    started = true;
  }
  const deadline = Date.now() + 10_000;
  let readers = listReaders();
  while (!readers.includes(`${BENCH_NAMES[0]} 00 00`)) {
    if (Date.now() > deadline) throw new Error(`pcscd shows no '${BENCH_NAMES[0]} 00 00' reader within 10 s (readers: ${readers.join(', ') || 'none'})`);
    await sleep(100);
    readers = listReaders();
  }
  let benches = 1;
  while (benches < BENCH_NAMES.length && readers.includes(`${BENCH_NAMES[benches]} 00 00`)) benches++;
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

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function tryLock(index: number): boolean {
  const dir = `${LOCK_DIR}/bench-${index}`;
  mkdirSync(LOCK_DIR, { recursive: true });
  try {
    mkdirSync(dir);
  } catch {
    let owner = NaN;
    try {
      owner = Number(readFileSync(`${dir}/pid`, 'utf8'));
    } catch {
      // the owner is between mkdir and writing its pid: treat as held
      return false;
    }
    if (Number.isFinite(owner) && pidAlive(owner)) return false;
    rmSync(dir, { recursive: true, force: true });
    return tryLock(index);
  }
  writeFileSync(`${dir}/pid`, String(process.pid));
  return true;
}

/** Takes a free bench (waits for one up to `timeoutMs`). Call `release()` in afterAll. */
export async function acquireBench(timeoutMs = 180_000): Promise<Bench> {
  const { benches } = await ensurePcscd();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (let index = 0; index < benches; index++) {
      if (tryLock(index)) {
        const name = BENCH_NAMES[index] ?? BENCH_NAMES[0]!;
        return {
          index,
          userReader: `${name} 00 00`,
          psamReader: `${name} 00 01`,
          ...benchPorts(index),
          release: () => rmSync(`${LOCK_DIR}/bench-${index}`, { recursive: true, force: true }),
        };
      }
    }
    if (Date.now() > deadline) throw new Error(`no free PC/SC test bench within ${timeoutMs} ms`);
    await sleep(100);
  }
}
