import type { Command } from '../../gateway/cli/command.ts';
import { dispatch, processIo } from '../../gateway/cli/dispatch.ts';
import { cardCommand, cardNewCommand } from './commands/card.ts';
import { scenarioCommand } from './commands/card-scenario.ts';
import { centerCommand, centerFaultsCommand, centerReportCommand } from './commands/center.ts';
import { serialCommand } from './commands/serial.ts';
import { scannerCommand } from './commands/scanner.ts';

/** The table `yibao-sim --help` prints. */
export const COMMANDS: readonly Command[] = [
  cardCommand,
  cardNewCommand,
  scenarioCommand,
  centerCommand,
  centerReportCommand,
  centerFaultsCommand,
  serialCommand,
  scannerCommand,
];

export async function main(argv: string[]): Promise<number> {
  return dispatch('yibao-sim', 'virtual cards, PSAM, readers, QR scanner and central adjudication simulator', COMMANDS, argv, processIo);
}
