/**
 * The real PC/SC stack for tests (simulator/pcsc/stack.ts): test files — and developers
 * running them side by side — take a bench with `acquireBench()`, a lock shared across
 * processes, so two files never serve cards into the same reader.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { benchInfo, ensurePcscd, missingPackages, type BenchInfo } from '../../simulator/pcsc/stack.ts';

export { ensurePcscd, listReaders } from '../../simulator/pcsc/stack.ts';

export interface Bench extends BenchInfo {
  release(): void;
}

const LOCK_DIR = '/tmp/yibao-pcsc-locks';

export function benchPorts(index: number): { userPort: number; psamPort: number } {
  const { userPort, psamPort } = benchInfo(index);
  return { userPort, psamPort };
}

/** A clear message instead of a silent skip when the stack is not installed. */
export function assertPcscInstalled(): void {
  const missing = missingPackages();
  if (missing.length > 0) throw new Error(`The PC/SC test stack is missing. Install it with: apt-get install ${missing.join(' ')} pcsc-tools libpcsclite-dev`);
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

/**
 * pcscd with the benches, started by the first test file that needs it (test workers are
 * separate processes: a lock keeps two from starting it at once). The run's global setup
 * stops it at the end if the run started it; a run that reads no card never starts it.
 */
async function pcscdForTests(): Promise<{ benches: number }> {
  const dir = `${LOCK_DIR}/pcscd-start`;
  mkdirSync(LOCK_DIR, { recursive: true });
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      mkdirSync(dir);
      writeFileSync(`${dir}/pid`, String(process.pid));
      break;
    } catch {
      let owner = NaN;
      try {
        owner = Number(readFileSync(`${dir}/pid`, 'utf8'));
      } catch {
        // the owner is between mkdir and writing its pid
      }
      if (Number.isFinite(owner) && !pidAlive(owner)) rmSync(dir, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error('another test process has been starting pcscd for a minute');
      else await sleep(50);
    }
  }
  try {
    return await ensurePcscd();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Takes a free bench (waits for one up to `timeoutMs`). Call `release()` in afterAll. */
export async function acquireBench(timeoutMs = 180_000): Promise<Bench> {
  const { benches } = await pcscdForTests();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (let index = 0; index < benches; index++) {
      if (tryLock(index)) {
        return { ...benchInfo(index), release: () => rmSync(`${LOCK_DIR}/bench-${index}`, { recursive: true, force: true }) };
      }
    }
    if (Date.now() > deadline) throw new Error(`no free PC/SC test bench within ${timeoutMs} ms`);
    await sleep(100);
  }
}
