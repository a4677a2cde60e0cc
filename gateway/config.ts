/**
 * Gateway configuration: embedded defaults, then an optional JSON file, then environment
 * variables, then command-line flags. Every option is declared once here with its default,
 * its environment variable and a description; `deploy/CONFIGURATION.md` is checked against
 * this table by a test, and a bad value names the option.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GatewayError } from './errors/gateway-error.ts';
import { parseScannerDevices, parseSerialReaders } from './credentials/peripheral-config.ts';
import { parseApprovalPolicy, ZHOUSHAN_APPROVALS_SETTING } from './settlement/approvals.ts';
import { parseAllowFrom } from './fsi/auth.ts';

type Kind = 'string' | 'int' | 'bool';

interface OptionSpec<K extends Kind> {
  readonly kind: K;
  readonly env: string;
  readonly default: K extends 'int' ? number : K extends 'bool' ? boolean : string;
  readonly description: string;
  readonly min?: number;
  readonly max?: number;
  /** A string option whose empty value means "off" (e.g. no TLS). */
  readonly allowEmpty?: boolean;
  /** A string option with a syntax of its own: throws an Error saying what is wrong. */
  readonly check?: (value: string) => unknown;
}

export const OPTIONS = {
  host: { kind: 'string', env: 'YIBAO_HOST', default: '127.0.0.1', description: 'Address the HTTP API listens on. Keep 127.0.0.1 unless HIS clients are on other machines.' },
  port: { kind: 'int', env: 'YIBAO_PORT', default: 8860, min: 0, max: 65535, description: 'TCP port of the HTTP API (0 picks a free port).' },
  dataDir: { kind: 'string', env: 'YIBAO_DATA_DIR', default: './data', description: 'Directory holding the SQLite database, backups and receipts.' },
  gatewayId: { kind: 'string', env: 'YIBAO_GATEWAY_ID', default: 'H15220100001-GW01', description: 'This gateway\'s id at the centre (institution code + device).' },
  fixmedinsCode: { kind: 'string', env: 'YIBAO_FIXMEDINS_CODE', default: 'H15220100001', description: 'Designated institution code (fixmedins_code, 12 characters).' },
  fixmedinsName: { kind: 'string', env: 'YIBAO_FIXMEDINS_NAME', default: '兴安盟人民医院', description: 'The institution\'s name as the patient reads it at the top of every receipt (fixmedins_name), beside its code.' },
  admdvs: { kind: 'string', env: 'YIBAO_ADMDVS', default: '152201', description: 'Region of treatment (mdtrtarea_admvs, 6 digits) where this institution is.' },
  hospitalLevel: { kind: 'int', env: 'YIBAO_HOSPITAL_LEVEL', default: 3, min: 1, max: 3, description: 'Hospital level of this institution (1 community/township, 2, 3); picks deductibles and ratios.' },
  fsiProfile: { kind: 'string', env: 'YIBAO_FSI_PROFILE', default: 'national', description: 'Regional profile of the national-interface endpoint (POST /fsi/api/tx): a file under gateway/fsi/profiles/ without .json (field lengths, "A" transaction variants, number style).' },
  fsiAuthId: { kind: 'string', env: 'YIBAO_FSI_AUTH_ID', default: '', allowEmpty: true, description: 'The id HIS software signs national-interface calls with, as its region\'s platform gateway issued it: the paasid (profile auth tif) or the access key (csb). Empty: any id; the secret decides.' },
  fsiAuthSecret: { kind: 'string', env: 'YIBAO_FSI_AUTH_SECRET', default: '', allowEmpty: true, description: 'The credential HIS software holds for its region\'s platform gateway, which the national-interface endpoint verifies: the paasToken (tif), the secret key (csb) or the key (apikey). Required when the profile (fsiProfile) authenticates that way. A gateway API key is accepted as well.' },
  fsiAllowFrom: { kind: 'string', env: 'YIBAO_FSI_ALLOW_FROM', default: '', allowEmpty: true, check: parseAllowFrom, description: 'HIS machines allowed to call the national-interface endpoint, comma-separated addresses or CIDR ranges (e.g. `10.20.0.0/16`). Required with a profile that takes no credential (auth none). Empty: any address that authenticates.' },
  centerUrl: { kind: 'string', env: 'YIBAO_CENTER_URL', default: 'http://127.0.0.1:8870', description: 'Base URL of the central adjudication system.' },
  centerKey: { kind: 'string', env: 'YIBAO_CENTER_KEY', default: 'demo-gateway-key-not-for-production', description: 'Shared key for the SM3-HMAC on central-link messages.' },
  userReader: { kind: 'string', env: 'YIBAO_USER_READER', default: 'Virtual PCD 00 00', description: 'PC/SC reader holding the patient\'s card.' },
  psamReader: { kind: 'string', env: 'YIBAO_PSAM_READER', default: 'Virtual PCD 00 01', description: 'PC/SC reader holding the PSAM.' },
  cardAllowUnverified: { kind: 'bool', env: 'YIBAO_CARD_ALLOW_UNVERIFIED', default: false, description: 'Accept a 1.00/2.00 social security card read without the card\'s authentication (no PSAM in the terminal): the read, its audit entry and the person\'s settlements of the next 12 hours are then flagged as unverified. Off: such a read is refused as GW_CARD_PSAM_MISSING (reader-DLL −2201), because a cloned card reads the same. A 3.00 card always needs the PSAM. Changing it needs two people (settings approve).' },
  pcscReaders: { kind: 'bool', env: 'YIBAO_PCSC_READERS', default: true, description: 'Use the PC/SC card readers (pcscd). Turn off at a counter that has serial readers only.' },
  serialReaders: { kind: 'string', env: 'YIBAO_SERIAL_READERS', default: '', allowEmpty: true, check: parseSerialReaders, description: 'Serial card readers / PIN pads, comma-separated `[NAME=]PATH[@BAUD]` (e.g. `/dev/ttyUSB0@9600`; baud 1200–230400, default 115200 8N1). Listed in GET /v1/readers beside the PC/SC readers as `Serial PATH 00 00`, or as NAME: name a user-card reader and its PSAM reader `<device> 00 00` / `<device> 00 01` to pair them. A reader unplugged is reopened when it comes back. Empty: none.' },
  scannerKeyboard: { kind: 'string', env: 'YIBAO_SCANNER_KEYBOARD', default: '', allowEmpty: true, check: parseScannerDevices, description: 'QR voucher scanners in keyboard-wedge mode, comma-separated USB ids `VID[:PID]` in hex (e.g. `1eab:1a03`) or hidraw paths (`/dev/hidraw3`). Only listed devices are read (every keyboard looks like one). Scans reach the HIS as `voucher-scanned` events on GET /v1/readers/events and in GET /v1/scanners. Empty: none.' },
  scannerFeed: { kind: 'string', env: 'YIBAO_SCANNER_FEED', default: '', allowEmpty: true, description: 'A Unix socket on which a program on this machine can plug a QR voucher scanner into the running gateway and scan (`yibao-sim scanner --feed PATH`): for testing an installation where no real scanner is at hand and the kernel has no virtual HID. Made mode 0600 (the gateway\'s user only). Empty: off.' },
  scannerHidPos: { kind: 'bool', env: 'YIBAO_SCANNER_HID_POS', default: false, description: 'Read every QR voucher scanner in HID POS mode (USB usage page 0x8C; these are scanners by definition, no ids needed).' },
  uploadIntervalMs: { kind: 'int', env: 'YIBAO_UPLOAD_INTERVAL_MS', default: 1000, min: 10, max: 3_600_000, description: 'How often the uploader looks for undelivered outbox records.' },
  uploadLingerMs: { kind: 'int', env: 'YIBAO_UPLOAD_LINGER_MS', default: 20, min: 0, max: 10_000, description: 'How long the uploader waits after a settlement before it looks for records to send, so the settlements of that window go in one batch (0: at once).' },
  uploadBatchSize: { kind: 'int', env: 'YIBAO_UPLOAD_BATCH_SIZE', default: 200, min: 1, max: 10_000, description: 'Records per upload batch.' },
  httpIdleTimeoutMs: { kind: 'int', env: 'YIBAO_HTTP_IDLE_TIMEOUT_MS', default: 30_000, min: 1000, max: 3_600_000, description: 'An HIS connection that sends nothing for this long is closed (idle keep-alive connections after at most 10 s), so idle or abandoned sockets cannot use up the gateway\'s file descriptors.' },
  httpRequestTimeoutMs: { kind: 'int', env: 'YIBAO_HTTP_REQUEST_TIMEOUT_MS', default: 30_000, min: 1000, max: 600_000, description: 'A request\'s headers and body must arrive within this; a slower sender gets 408 GW_REQUEST_TIMEOUT.' },
  settleBudgetMs: { kind: 'int', env: 'YIBAO_SETTLE_BUDGET_MS', default: 3000, min: 50, max: 60_000, description: 'Time budget of one settlement at the counter; slower centre calls degrade to offline.' },
  syncIntervalMs: { kind: 'int', env: 'YIBAO_SYNC_INTERVAL_MS', default: 300_000, min: 100, max: 86_400_000, description: 'How often catalogue, policies and blocklist are pulled from the centre (also once on start); a card the centre lists as lost is refused within this interval.' },
  adjudicationPollMs: { kind: 'int', env: 'YIBAO_ADJUDICATION_POLL_MS', default: 60_000, min: 100, max: 86_400_000, description: 'How often the centre is asked for new adjudication results (rejections, adjusted amounts), which the HIS reads at GET /v1/adjudications.' },
  personFreshMs: { kind: 'int', env: 'YIBAO_PERSON_FRESH_MS', default: 600_000, min: 0, max: 86_400_000, description: 'A centre answer about a person younger than this counts as online confirmation when settling, without asking again; 0 asks the centre at every settlement.' },
  offlineFloorFen: { kind: 'int', env: 'YIBAO_OFFLINE_FLOOR_FEN', default: 50_000, min: 0, max: 100_000_000, description: 'Offline floor limit, in fen: the most the funds may pay in one settlement (and per person over 24 h) while the centre cannot confirm the person; above it the settlement is refused.' },
  offlinePersonMaxCount: { kind: 'int', env: 'YIBAO_OFFLINE_PERSON_MAX_COUNT', default: 3, min: 0, max: 1000, description: 'Offline settlements one person may have since the centre last confirmed them; the next one is refused.' },
  offlinePersonMaxFundFen: { kind: 'int', env: 'YIBAO_OFFLINE_PERSON_MAX_FUND_FEN', default: 100_000, min: 0, max: 1_000_000_000, description: 'Fund share, in fen, one person\'s offline settlements may reach since the centre last confirmed them.' },
  offlineGatewayMaxCount: { kind: 'int', env: 'YIBAO_OFFLINE_GATEWAY_MAX_COUNT', default: 200, min: 0, max: 1_000_000, description: 'Offline settlements this gateway may take since it was last online with the centre; beyond it every settlement needing the centre is refused.' },
  offlineGatewayMaxFundFen: { kind: 'int', env: 'YIBAO_OFFLINE_GATEWAY_MAX_FUND_FEN', default: 5_000_000, min: 0, max: 2_000_000_000, description: 'Fund share, in fen, this gateway\'s offline settlements may reach since it was last online with the centre.' },
  offlineGatewayMaxMs: { kind: 'int', env: 'YIBAO_OFFLINE_GATEWAY_MAX_MS', default: 86_400_000, min: 0, max: 2_592_000_000, description: 'Longest time since the gateway last heard from the centre during which it still settles offline (EMV maximum offline period).' },
  offlineRequireKnownPerson: { kind: 'bool', env: 'YIBAO_OFFLINE_REQUIRE_KNOWN_PERSON', default: false, description: 'Refuse offline settlement for a person the centre has never confirmed at this gateway.' },
  backupDir: { kind: 'string', env: 'YIBAO_BACKUP_DIR', default: './backups', description: 'Where `yibao-gateway backup` writes full and incremental backups. Keep it apart from dataDir, ideally on another disk (Zhoushan rules: backup data and system data stored separately).' },
  backupFullEveryDays: { kind: 'int', env: 'YIBAO_BACKUP_FULL_EVERY_DAYS', default: 7, min: 1, max: 31, description: '`backup --auto` takes a full backup when the last full one is this many days old, else an incremental one (Zhoushan rules: daily incremental, weekly full).' },
  backupKeepDays: { kind: 'int', env: 'YIBAO_BACKUP_KEEP_DAYS', default: 98, min: 92, max: 3660, description: 'Backup sets (a full backup and its incrementals) older than this are pruned after a new full backup; at least 92 days (database operation logs kept at least three months).' },
  approvalTiers: { kind: 'string', env: 'YIBAO_APPROVAL_TIERS', default: ZHOUSHAN_APPROVALS_SETTING, check: parseApprovalPolicy, description: 'Tiered approval of cancellations and reversals: where tiers 2 and 3 begin (fund payment in whole yuan, outpatient and inpatient) and how many people, and of them supervisors, each tier needs, the one asking included. Default: the Zhoushan rules (分级审批).' },
  approvalValidMinutes: { kind: 'int', env: 'YIBAO_APPROVAL_VALID_MINUTES', default: 30, min: 1, max: 1440, description: 'How long an approval given at the gateway (approval page, CLI or POST /approve) counts before the cancellation it approves must arrive.' },
  approvalTrustHis: { kind: 'bool', env: 'YIBAO_APPROVAL_TRUST_HIS', default: false, description: 'Let the HIS\'s own approval stand in for approvals at the gateway: a cancellation without them goes through, marked "approved by the HIS" in the audit log and on the receipt. Only where the hospital\'s HIS enforces the tiers itself.' },
  reversalGraceMs: { kind: 'int', env: 'YIBAO_REVERSAL_GRACE_MS', default: 600_000, min: 0, max: 86_400_000, description: 'A 2601 / POST /v1/settlements/reverse from the HIS client that sent the settlement, within this long after it, needs no approval: it undoes an outcome that client never received (audited as such). 0: every reversal needs approval.' },
  sessionIdleMinutes: { kind: 'int', env: 'YIBAO_SESSION_IDLE_MINUTES', default: 30, min: 0, max: 1440, description: 'An operator session unused this long signs itself out (the operator left the post); 0 never.' },
  operatorMaxFailures: { kind: 'int', env: 'YIBAO_OPERATOR_MAX_FAILURES', default: 5, min: 1, max: 20, description: 'Wrong secrets in a row after which an operator is locked until the IT office resets it (yibao-gateway operator reset).' },
  requireApiKey: { kind: 'bool', env: 'YIBAO_REQUIRE_API_KEY', default: true, description: 'Refuse API requests without a valid HIS client key (create keys with `yibao-gateway apikey create`). Turn off only on a lab machine.' },
  tlsCertFile: { kind: 'string', env: 'YIBAO_TLS_CERT_FILE', default: '', allowEmpty: true, description: 'PEM certificate for HTTPS on the HIS API; set with tlsKeyFile when HIS machines reach the gateway over the network. Empty: plain HTTP.' },
  tlsKeyFile: { kind: 'string', env: 'YIBAO_TLS_KEY_FILE', default: '', allowEmpty: true, description: 'PEM private key matching tlsCertFile. Empty: plain HTTP.' },
  logLevel: { kind: 'string', env: 'YIBAO_LOG_LEVEL', default: 'info', description: 'pino log level: fatal, error, warn, info, debug, trace.' },
  logFormat: { kind: 'string', env: 'YIBAO_LOG_FORMAT', default: 'auto', check: (v: string) => { if (!['auto', 'json', 'text'].includes(v)) throw new Error('expected auto, json or text'); }, description: 'Log lines as json (one object a line; under systemd each carries its journald priority, so journalctl -p warning filters), text (time on the hospital clock, level, message, key=value: for a terminal), or auto (text at a terminal, json elsewhere).' },
} as const satisfies Record<string, OptionSpec<Kind>>;

export type OptionName = keyof typeof OPTIONS;
export type Config = { -readonly [K in OptionName]: (typeof OPTIONS)[K]['default'] extends number ? number : (typeof OPTIONS)[K]['default'] extends boolean ? boolean : string };

function coerce(name: OptionName, raw: unknown, source: string): string | number | boolean {
  const spec: OptionSpec<Kind> = OPTIONS[name];
  const bad = (why: string): GatewayError =>
    new GatewayError('GW_CONFIG', { detail: `${name} (${source}): ${why}`, details: { option: name, source, value: raw } });
  switch (spec.kind) {
    case 'int': {
      const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^-?\d+$/.test(raw.trim()) ? Number(raw) : NaN;
      if (!Number.isInteger(n)) throw bad('expected a whole number');
      if ((spec.min !== undefined && n < spec.min) || (spec.max !== undefined && n > spec.max)) throw bad(`expected ${spec.min}–${spec.max}`);
      return n;
    }
    case 'bool':
      if (raw === true || raw === 'true' || raw === '1') return true;
      if (raw === false || raw === 'false' || raw === '0') return false;
      throw bad('expected true or false');
    case 'string':
      if (typeof raw !== 'string' || (raw.length === 0 && !spec.allowEmpty)) throw bad('expected a non-empty string');
      try {
        spec.check?.(raw);
      } catch (err) {
        throw bad(err instanceof Error ? err.message : String(err));
      }
      return raw;
  }
}

export interface LoadConfigInput {
  readonly file?: string | undefined;
  readonly env?: NodeJS.ProcessEnv;
  readonly overrides?: Partial<Record<OptionName, unknown>>;
}

export function loadConfig(input: LoadConfigInput = {}): Config {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(OPTIONS) as OptionName[]) out[name] = OPTIONS[name].default;
  if (input.file) {
    let text: string;
    try {
      text = readFileSync(input.file, 'utf8');
    } catch (cause) {
      const missing = (cause as NodeJS.ErrnoException).code === 'ENOENT';
      throw new GatewayError('GW_CONFIG', {
        cause,
        detail: missing
          ? `the configuration file ${input.file} does not exist: check the --config path, or copy deploy/gateway.example.json there and edit it`
          : `the configuration file ${input.file} cannot be read (${(cause as NodeJS.ErrnoException).code ?? 'error'}): check its permissions`,
        details: { path: 'config' },
      });
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (cause) {
      throw new GatewayError('GW_CONFIG', { cause, detail: `${input.file} is not valid JSON (${(cause as Error).message}): fix it, or start again from deploy/gateway.example.json`, details: { path: 'config' } });
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new GatewayError('GW_CONFIG', { detail: `${input.file} must hold a JSON object` });
    for (const [key, value] of Object.entries(parsed)) {
      if (key === '$comment') continue;
      if (!(key in OPTIONS)) throw new GatewayError('GW_CONFIG', { detail: `unknown option '${key}' in ${input.file}`, details: { option: key } });
      out[key] = coerce(key as OptionName, value, input.file);
    }
  }
  const env = input.env ?? process.env;
  for (const name of Object.keys(OPTIONS) as OptionName[]) {
    const value = env[OPTIONS[name].env];
    if (value !== undefined && value !== '') out[name] = coerce(name, value, OPTIONS[name].env);
  }
  for (const [key, value] of Object.entries(input.overrides ?? {})) {
    if (value === undefined) continue;
    if (!(key in OPTIONS)) throw new GatewayError('GW_CONFIG', { detail: `unknown option '${key}'` });
    out[key] = coerce(key as OptionName, value, `--${key}`);
  }
  out.dataDir = resolve(String(out.dataDir));
  out.backupDir = resolve(String(out.backupDir));
  return out as Config;
}
