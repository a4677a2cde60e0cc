import type { Command } from './command.ts';
import { dispatch, processIo } from './dispatch.ts';
import { serveCommand } from './commands/serve.ts';
import { demoCommand } from './commands/demo.ts';
import { trialCommand } from './commands/trial.ts';
import { cardReadCommand } from './commands/card.ts';
import { configCommand } from './commands/config.ts';
import { apikeyCommand } from './commands/apikey.ts';
import { auditCommand } from './commands/audit.ts';
import { approveCommand, operatorCommand } from './commands/operator.ts';
import { settingsCommand } from './commands/settings.ts';
import { backupCommand } from './commands/backup.ts';
import { restoreCommand } from './commands/restore.ts';
import { verifyCommand } from './commands/verify.ts';
import { reconcileCommand } from './commands/reconcile.ts';

/** The table `yibao-gateway --help` prints, in the order a newcomer meets the commands. */
export const COMMANDS: readonly Command[] = [
  serveCommand,
  demoCommand,
  cardReadCommand,
  trialCommand,
  apikeyCommand,
  operatorCommand,
  approveCommand,
  settingsCommand,
  auditCommand,
  backupCommand,
  restoreCommand,
  verifyCommand,
  reconcileCommand,
  configCommand,
];

export async function main(argv: string[]): Promise<number> {
  return dispatch('yibao-gateway', 'hospital medical-insurance settlement gateway', COMMANDS, argv, processIo);
}
