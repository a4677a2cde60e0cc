import type { Command } from './command.ts';
import { dispatch, processIo } from './dispatch.ts';
import { serveCommand } from './commands/serve.ts';
import { demoCommand } from './commands/demo.ts';
import { trialCommand } from './commands/trial.ts';
import { cardReadCommand } from './commands/card.ts';
import { configCommand } from './commands/config.ts';

/** The table `yibao-gateway --help` prints. Commands are added here as their areas land. */
export const COMMANDS: readonly Command[] = [serveCommand, demoCommand, cardReadCommand, trialCommand, configCommand];

export async function main(argv: string[]): Promise<number> {
  return dispatch('yibao-gateway', 'hospital medical-insurance settlement gateway', COMMANDS, argv, processIo);
}
