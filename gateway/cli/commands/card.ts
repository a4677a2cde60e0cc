/**
 * `yibao-gateway card read`: reads the social security card in a reader and prints the
 * identity as JSON, or the national reader-DLL string (eleven fields ending in `|`) that
 * HIS code written for `iReadCardBas` already parses.
 */
import { credentialToWire } from '../../credentials/wire.ts';
import { openPcscLitePort } from '../../../drivers/pcsc/pcsclite-port.ts';
import type { PcscPort } from '../../../drivers/pcsc/port.ts';
import { loadConfig } from '../../config.ts';
import { CredentialService, type Blocklist } from '../../credentials/service.ts';
import { cardGatewayError } from '../../credentials/card-errors.ts';
import { openSqliteBlocklist } from '../../credentials/sqlite-blocklist.ts';
import { isGatewayError, type GatewayError } from '../../errors/gateway-error.ts';
import { parseOrUsage, type CliIo, type Command } from '../command.ts';

const USAGE = `Usage: yibao-gateway card read [--reader NAME] [--psam-reader NAME] [--json | --legacy] [--config FILE]

Reads the social security card (EF05, EF06, PSAM external authentication, internal
authentication when a PSAM is present), checks its expiry date and the local blocklist, and
prints the identity.

Options:
  --reader NAME       user-card reader (env YIBAO_USER_READER; default: the configured one
                      when present, else the first reader pcscd shows)
  --psam-reader NAME  PSAM reader (env YIBAO_PSAM_READER; default: slot 01 of the same device)
  --json              print the identity as JSON (default)
  --legacy            print the reader-DLL string: region|ID number|card number|card id code|
                      name|ATR historical bytes|spec version|issue date|expiry date|
                      terminal number|terminal device number|
                      On failure --legacy prints the DLL's negative code (e.g. -2 no card).
  --config FILE       gateway configuration file (for the data directory's blocklist)

Exit status: 0 read; 2 usage; 3 no reader, pcscd or PSAM problem; 4 no card / card removed /
unreadable; 5 card refused (blocked, expired, lost, not genuine, PIN); 1 other.
`;

/** Exit status by error code family (documented in the usage text). */
export function exitStatusOf(err: GatewayError): number {
  switch (err.code) {
    case 'GW_CARD_DRIVER_MISSING':
    case 'GW_CARD_PCSCD_DOWN':
    case 'GW_CARD_NO_READER':
    case 'GW_CARD_READER_NOT_FOUND':
    case 'GW_CARD_READER_BUSY':
    case 'GW_CARD_PSAM_MISSING':
    case 'GW_CARD_PSAM_UNSUPPORTED':
    case 'GW_CARD_PSAM_KEY_MISSING':
      return 3;
    case 'GW_CARD_NO_CARD':
    case 'GW_CARD_REMOVED':
    case 'GW_CARD_UNREADABLE':
    case 'GW_CARD_TIMEOUT':
    case 'GW_CARD_WRONG_TYPE':
    case 'GW_CARD_INVALID_DATA':
      return 4;
    case 'GW_CARD_BLOCKLISTED':
    case 'GW_CARD_EXPIRED':
    case 'GW_CARD_NOT_GENUINE':
    case 'GW_CARD_AUTH_FAILED':
    case 'GW_CARD_PIN_WRONG':
    case 'GW_CARD_PIN_BLOCKED':
      return 5;
    default:
      return 1;
  }
}

export interface CardReadDeps {
  /** Opens the PC/SC port (default: the real one on pcsclite). */
  readonly openPort?: () => Promise<PcscPort>;
  /** The blocklist (default: the store's table in the configured data directory). */
  readonly blocklist?: Blocklist;
  readonly clock?: () => Date;
}

export function createCardReadCommand(deps: CardReadDeps = {}): Command {
  return {
    name: ['card', 'read'],
    summary: 'read the social security card and print the identity (JSON or reader-DLL string)',
    usage: USAGE,
    async run(args: string[], io: CliIo): Promise<number> {
      const parsed = parseOrUsage('yibao-gateway card read', USAGE, {
        args,
        options: {
          reader: { type: 'string' },
          'psam-reader': { type: 'string' },
          json: { type: 'boolean' },
          legacy: { type: 'boolean' },
          config: { type: 'string' },
        },
        strict: true,
        allowPositionals: false,
      }, io);
      if (!parsed) return 2;
      const { values } = parsed;
      if (values.json && values.legacy) {
        io.stderr.write(`yibao-gateway card read: --json and --legacy exclude each other\n\n${USAGE}`);
        return 2;
      }
      const legacy = values.legacy === true;
      const fail = (err: GatewayError): number => {
        io.stderr.write(`${err.code}: ${err.messageZh}\n${err.code}: ${err.message}\n`);
        if (legacy) io.stdout.write(`${String(err.details?.legacy_code ?? -11)}\n`);
        return exitStatusOf(err);
      };

      let config;
      try {
        config = loadConfig({ file: values.config, env: io.env });
      } catch (err) {
        io.stderr.write(`yibao-gateway card read: ${(err as Error).message}\n`);
        return 2;
      }
      const owned = deps.blocklist ? null : openSqliteBlocklist(config.dataDir);
      const blocklist = deps.blocklist ?? owned!;
      let port: PcscPort | null = null;
      let credentials: CredentialService | null = null;
      try {
        port = await (deps.openPort ?? openPcscLitePort)();
        credentials = new CredentialService({ port, blocklist, allowUnverified: config.cardAllowUnverified, ...(deps.clock ? { clock: deps.clock } : {}) });
        let reader = values.reader;
        let psamReader: string | null | undefined = values['psam-reader'];
        if (reader === undefined) {
          const names = (await port.listReaders()).map((r) => r.name);
          if (names.includes(config.userReader)) {
            reader = config.userReader;
            if (psamReader === undefined && names.includes(config.psamReader)) psamReader = config.psamReader;
          }
        }
        const person = await credentials.readCard(reader, psamReader === undefined ? {} : { psamReader });
        if (legacy) io.stdout.write(`${person.legacy}\n`);
        else io.stdout.write(`${JSON.stringify(credentialToWire(person), null, 2)}\n`);
        return 0;
      } catch (err) {
        return fail(isGatewayError(err) ? err : cardGatewayError(err));
      } finally {
        await credentials?.close();
        await port?.close();
        owned?.close();
      }
    },
  };
}

export const cardReadCommand: Command = createCardReadCommand();
