/**
 * The virtual PC/SC stack: pcscd with vpcd "benches". Each bench is a pair of virtual
 * readers — slot 0 for the user card, slot 1 for the PSAM — and a program connecting to the
 * bench's TCP ports becomes the card in that reader (reference/peer-systems.md, vsmartcard).
 * Bench 0 keeps vpcd's stock name and ports (35963/35964).
 *
 * vpcd keeps its state in globals of the driver library, so several vpcd devices loaded from
 * one .so share it and only the last one configured ever takes a card. Each bench therefore
 * gets its own copy of the driver, in a reader.conf.d written under the temp directory.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

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

const PCSCD_SOCKET = '/run/pcscd/pcscd.comm';

/** Writes the benches' reader.conf.d (one driver copy per bench) and returns its path. */
export function writeBenchConfig(dir = join(tmpdir(), 'yibao-pcsc-benches')): string {
  const conf = join(dir, 'reader.conf.d');
  mkdirSync(conf, { recursive: true });
  const entries = BENCH_NAMES.map((name, index) => {
    const lib = join(dir, `libifdvpcd-bench${index}.so`);
    copyFileSync(VPCD_DRIVER, lib);
    const channel = `0x${benchInfo(index).userPort.toString(16).toUpperCase()}`;
    return `FRIENDLYNAME "${name}"\nDEVICENAME   /dev/null:${channel}\nLIBPATH      ${lib}\nCHANNELID    ${channel}\n`;
  });
  writeFileSync(join(conf, 'vpcd'), `# Written by simulator/pcsc/stack.ts: ${BENCH_NAMES.length} vpcd benches, each with its own driver copy.\n\n${entries.join('\n')}`);
  return conf;
}

/**
 * Whether a pcscd answers on this mount namespace's socket. (Not `pgrep`: a pcscd in another
 * namespace — a developer's private test stack — is no use to us and must not be killed.)
 */
export async function pcscdRunning(): Promise<boolean> {
  if (!existsSync(PCSCD_SOCKET)) return false;
  return new Promise((resolve) => {
    const socket = connect(PCSCD_SOCKET);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export interface PcscdHandle {
  /** true when this call started pcscd (and `stop()` will stop it). */
  readonly started: boolean;
  /** How many benches pcscd shows (1 with the stock vpcd configuration, 4 with ours). */
  readonly benches: number;
  stop(): Promise<void>;
}

/**
 * vpcd sends each message as two `send()` calls (length, then payload) on a socket without
 * TCP_NODELAY, so Nagle holds the payload until the card side ACKs the length — and Linux
 * delays that ACK by up to 40 ms. Every APDU then costs ~45 ms instead of ~0.3 ms. Turning on
 * `quickack` for the loopback routes removes the wait; it touches only traffic to 127.0.0.0/8
 * and only on a test bench (real readers do not go through TCP). Needs root; otherwise the
 * stack still works, only slowly. Returns whether quickack is on.
 */
export function enableLoopbackQuickAck(): boolean {
  const routes = spawnSync('ip', ['route', 'show', 'table', 'local'], { encoding: 'utf8' });
  if (routes.status !== 0) return false;
  const locals = routes.stdout.split('\n').filter((line) => /^local 127\.0\.0\.(0\/8|1) dev lo /.test(line));
  let on = locals.length > 0;
  for (const line of locals) {
    if (/\bquickack 1\b/.test(line)) continue;
    const args = ['route', 'change', ...line.trim().split(/\s+/), 'table', 'local', 'quickack', '1'];
    if (spawnSync('ip', args).status !== 0) on = false;
  }
  return on;
}

/** Starts pcscd with the benches unless one is running; waits until bench 0's reader shows. */
export async function ensurePcscd(): Promise<PcscdHandle> {
  const missing = missingPackages();
  if (missing.length > 0) {
    throw new Error(`The PC/SC stack is missing. Install it with: apt-get install ${missing.join(' ')} pcsc-tools libpcsclite-dev`);
  }
  enableLoopbackQuickAck();
  let child: ReturnType<typeof spawn> | undefined;
  if (!(await pcscdRunning())) {
    rmSync(PCSCD_SOCKET, { force: true });
    child = spawn('pcscd', ['--foreground', '--config', writeBenchConfig()], { detached: true, stdio: 'ignore' });
    child.unref();
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
    started: child !== undefined,
    benches,
    async stop() {
      if (!child || child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(5_000)]);
    },
  };
}
