/**
 * The PC/SC test stack's life around a run: pcscd is started by the first test file that
 * takes a bench (`acquireBench()` in `pcsc-stack.ts`), so a run that reads no card — the
 * engine's tests, say — needs no PC/SC packages and touches no loopback route. At the end,
 * pcscd is stopped if this run started it (YIBAO_KEEP_PCSCD=1 keeps it).
 */
import { spawnSync } from 'node:child_process';
import { pcscdRunning } from '../../simulator/pcsc/stack.ts';

export default async function setup(): Promise<() => Promise<void>> {
  const runningBefore = await pcscdRunning();
  return async () => {
    if (runningBefore || process.env.YIBAO_KEEP_PCSCD === '1') return;
    // the pcscd a test file started serves the benches' configuration (stack.ts writeBenchConfig)
    spawnSync('pkill', ['-TERM', '-f', 'pcscd --foreground --config .*yibao-pcsc-benches']);
  };
}
