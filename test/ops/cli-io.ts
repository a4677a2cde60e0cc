/** A CliIo that collects what a command prints, for tests that run commands in-process. */
import { PassThrough } from 'node:stream';
import type { CliIo } from '../../gateway/cli/command.ts';

export interface CapturedIo extends CliIo {
  out(): string;
  err(): string;
}

export function captureIo(env: NodeJS.ProcessEnv = {}): CapturedIo {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { out: [] as Buffer[], err: [] as Buffer[] };
  stdout.on('data', (c: Buffer) => chunks.out.push(c));
  stderr.on('data', (c: Buffer) => chunks.err.push(c));
  return {
    stdout,
    stderr,
    stdin: new PassThrough(),
    env,
    out: () => Buffer.concat(chunks.out).toString('utf8'),
    err: () => Buffer.concat(chunks.err).toString('utf8'),
  };
}
