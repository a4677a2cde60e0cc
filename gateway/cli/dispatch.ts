import type { CliIo, Command } from './command.ts';
import { VERSION } from '../version.ts';

/** Finds the command whose words match the longest prefix of argv and runs it. */
export async function dispatch(program: string, description: string, commands: readonly Command[], argv: string[], io: CliIo): Promise<number> {
  const table = (): string => {
    const width = Math.max(...commands.map((c) => c.name.join(' ').length));
    const rows = commands.map((c) => `  ${c.name.join(' ').padEnd(width)}  ${c.summary}`);
    return `${program} — ${description}\n\nUsage: ${program} <command> [options]\n       ${program} --version\n\nCommands:\n${rows.join('\n')}\n\nRun '${program} <command> --help' for a command's options.\n`;
  };
  if (argv[0] === '--version' || argv[0] === '-V' || argv[0] === 'version') {
    io.stdout.write(`${program} ${VERSION} (Node.js ${process.version})\n`);
    return 0;
  }
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    io.stdout.write(table());
    return argv.length === 0 ? 1 : 0;
  }
  const matches = commands
    .filter((c) => c.name.every((word, i) => argv[i] === word))
    .sort((a, b) => b.name.length - a.name.length);
  const command = matches[0];
  if (!command) {
    io.stderr.write(`${program}: unknown command '${argv.join(' ')}'\n\n${table()}`);
    return 2;
  }
  const rest = argv.slice(command.name.length);
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`${command.usage.trimEnd()}\n`);
    return 0;
  }
  return command.run(rest, io);
}

export const processIo: CliIo = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
