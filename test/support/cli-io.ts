/** A CliIo that collects what a command prints, for tests that run commands in-process. */
import { PassThrough } from 'node:stream';
import type { CliIo } from '../../gateway/cli/command.ts';

export interface CapturedIo extends CliIo {
  out(): string;
  err(): string;
}

/** `stdinText`, when given, is what the command reads from stdin (then end of input). */
export function captureIo(env: NodeJS.ProcessEnv = {}, stdinText?: string): CapturedIo {
  const stdin = new PassThrough();
  if (stdinText !== undefined) stdin.end(stdinText);
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { out: [] as Buffer[], err: [] as Buffer[] };
  stdout.on('data', (c: Buffer) => chunks.out.push(c));
  stderr.on('data', (c: Buffer) => chunks.err.push(c));
  return {
    stdout,
    stderr,
    stdin,
    env,
    out: () => Buffer.concat(chunks.out).toString('utf8'),
    err: () => Buffer.concat(chunks.err).toString('utf8'),
  };
}
