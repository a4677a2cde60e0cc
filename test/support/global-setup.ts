/**
 * Starts pcscd with the vpcd test benches before the suite when it is not running, and
 * stops it afterwards if this run started it. Tests that need a reader take a bench with
 * `acquireBench()` from `pcsc-stack.ts`.
 */
import { ensurePcscd } from './pcsc-stack.ts';

export default async function setup(): Promise<() => Promise<void>> {
  const pcscd = await ensurePcscd();
  return async () => {
    if (process.env.YIBAO_KEEP_PCSCD !== '1') await pcscd.stop();
  };
}
