/**
 * A subcommand of `yibao-gateway` or `yibao-sim`. Each lives in its own file under
 * `cli/commands/` and is listed in that CLI's table; `--help` prints the table.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isGatewayError } from '../errors/gateway-error.ts';

export interface CliIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly stdin: NodeJS.ReadableStream;
  readonly env: NodeJS.ProcessEnv;
}

export interface Command {
  /** Words that select it, e.g. `['card', 'read']`. */
  readonly name: readonly string[];
  /** One line for the command table. */
  readonly summary: string;
  /** Full usage text for `<command> --help`. */
  readonly usage: string;
  /** Runs with the arguments after the command words; resolves to the exit code. */
  run(args: string[], io: CliIo): Promise<number>;
}

/**
 * Runs parseArgs for a command; on bad usage prints `program: problem`, a blank line and the
 * usage to stderr and answers null (the command then exits 2).
 */
export function parseOrUsage<T extends ParseArgsConfig>(program: string, usage: string, config: T, io: CliIo): ReturnType<typeof parseArgs<T>> | null {
  try {
    return parseArgs(config);
  } catch (err) {
    io.stderr.write(`${program}: ${(err as Error).message}\n\n${usage}`);
    return null;
  }
}

/**
 * A command that could not do its work: one line on stderr saying what is wrong and what to
 * do (the registry code, the English and the Chinese message), no stack; answers exit code 1.
 * A technician at a terminal reads it; the log, when there is one, keeps the cause.
 */
export function reportFailure(program: string, err: unknown, io: CliIo): number {
  if (isGatewayError(err)) io.stderr.write(`${program}: ${err.code} ${err.message} — ${err.messageZh}\n`);
  else io.stderr.write(`${program}: ${(err as Error)?.message ?? String(err)}\n`);
  return 1;
}
