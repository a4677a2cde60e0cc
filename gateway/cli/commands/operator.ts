/**
 * `yibao-gateway operator add|list|disable|reset|role` — the IT office registers the people who
 * work the gateway: id, name, role (cashier, supervisor, auditor) and, for those who approve
 * or audit, a secret only that person knows (kept as a scrypt hash). `approve` lets a
 * supervisor or reviewer approve a cancellation at the gateway's own terminal.
 *
 * A secret is read from standard input (one line), never from the command line where the
 * shell history and `ps` would keep it; at a terminal it is asked for without echo.
 */
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseOrUsage, reportFailure, type CliIo, type Command } from '../command.ts';
import { loadConfig } from '../../config.ts';
import { openDatabase, type Db } from '../../store/db.ts';
import { OperatorRegistry, SECRET_ROLES, type OperatorView } from '../../auth/operators.ts';
import { ApprovalService } from '../../settlement/approval-records.ts';
import { parseApprovalPolicy } from '../../settlement/approvals.ts';
import { ROLES, type Role } from '../../store/sessions.ts';

/** One line of standard input; at a terminal, prompted for without echoing what is typed. */
export async function readSecret(io: CliIo, prompt: string): Promise<string> {
  const stdin = io.stdin as NodeJS.ReadStream;
  if (stdin.isTTY) {
    io.stderr.write(prompt);
    stdin.setRawMode(true);
    return new Promise((resolve) => {
      let typed = '';
      const onData = (chunk: Buffer) => {
        for (const ch of chunk.toString('utf8')) {
          if (ch === '\r' || ch === '\n' || ch === '\u0004') {
            stdin.setRawMode(false);
            stdin.off('data', onData);
            stdin.pause();
            io.stderr.write('\n');
            resolve(typed);
            return;
          }
          if (ch === '\u0003') process.exit(130);
          typed = ch === '\u007f' ? typed.slice(0, -1) : typed + ch;
        }
      };
      stdin.on('data', onData);
      stdin.resume();
    });
  }
  const lines = createInterface({ input: io.stdin });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return '';
}

const OPTIONS = { id: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, 'no-secret': { type: 'boolean' }, json: { type: 'boolean' }, 'data-dir': { type: 'string' }, config: { type: 'string' } } as const;

const USAGE = `Usage: yibao-gateway operator add --id ID --name NAME --role cashier|supervisor|auditor [--no-secret]
       yibao-gateway operator list [--json]
       yibao-gateway operator disable --id ID
       yibao-gateway operator reset --id ID [--no-secret]
       yibao-gateway operator role --id ID --role cashier|supervisor|auditor
  (each also takes --data-dir DIR and --config FILE)

Registers the people who work the gateway. A supervisor or auditor needs a secret of their
own (6 to 64 characters): the command reads it from standard input (asked for without echo at
a terminal), never from the command line. A cashier may have one too, to approve as the
second person of a tier-1 cancellation; --no-secret registers a cashier without one.
reset sets a new secret and unlocks an operator locked by wrong secrets. Every change is in
the audit log under cli:<user>.
`;

function line(o: OperatorView): string {
  const state = o.disabled_at ? `disabled ${o.disabled_at}` : o.locked_at ? `LOCKED ${o.locked_at}` : 'active';
  return `${o.operator_id}  ${o.role}  ${o.has_secret ? 'secret' : 'no secret'}  ${state}  ${o.name}\n`;
}

function roleOf(value: string | undefined, io: CliIo): Role | null {
  if (value && (ROLES as readonly string[]).includes(value)) return value as Role;
  io.stderr.write(`yibao-gateway operator: --role must be one of ${ROLES.join(', ')}\n`);
  return null;
}

function openStore(values: { config?: string | undefined; 'data-dir'?: string | undefined }, io: CliIo) {
  const config = loadConfig({ file: values.config, env: io.env, overrides: { dataDir: values['data-dir'] } });
  return { config, db: openDatabase({ file: join(config.dataDir, 'gateway.sqlite') }) };
}

export const operatorCommand: Command = {
  name: ['operator'],
  summary: 'register, list, disable or reset the operators (roles and secrets)',
  usage: USAGE,
  async run(args, io) {
    const parsed = parseOrUsage('yibao-gateway operator', USAGE, { args, allowPositionals: true, strict: true, options: OPTIONS }, io);
    if (!parsed) return 2;
    const { values, positionals } = parsed;
    const action = positionals[0];
    if (!['add', 'list', 'disable', 'reset', 'role'].includes(action ?? '')) {
      io.stderr.write(USAGE);
      return 2;
    }
    if (action !== 'list' && !values.id) {
      io.stderr.write(`yibao-gateway operator ${action}: --id is required (the operator's id, as the HIS sends it in opter)\n`);
      return 2;
    }
    let db: Db | undefined;
    try {
      const opened = openStore(values, io);
      db = opened.db;
      const registry = new OperatorRegistry(db, { maxFailures: opened.config.operatorMaxFailures });
      const actor = `cli:${userInfo().username}`;
      const id = values.id!;
      let result: OperatorView;
      switch (action) {
        case 'list': {
          const list = registry.list();
          io.stdout.write(values.json ? `${JSON.stringify(list)}\n` : list.map(line).join(''));
          return 0;
        }
        case 'add': {
          const role = roleOf(values.role, io);
          if (!role) return 2;
          if (!values.name) {
            io.stderr.write('yibao-gateway operator add: --name is required (as the receipt prints it)\n');
            return 2;
          }
          if (values['no-secret'] && SECRET_ROLES.has(role)) {
            io.stderr.write(`yibao-gateway operator add: a ${role} approves or audits with a secret of their own; drop --no-secret\n`);
            return 2;
          }
          const secret = values['no-secret'] ? undefined : await readSecret(io, `secret for ${id}: `);
          result = await registry.add({ operator_id: id, name: values.name, role, secret }, actor);
          break;
        }
        case 'disable':
          result = registry.disable(id, actor);
          break;
        case 'reset':
          result = await registry.reset(id, values['no-secret'] ? undefined : await readSecret(io, `new secret for ${id}: `), actor);
          break;
        default: {
          const role = roleOf(values.role, io);
          if (!role) return 2;
          result = registry.setRole(id, role, actor);
        }
      }
      io.stdout.write(values.json ? `${JSON.stringify(result)}\n` : line(result));
      return 0;
    } catch (err) {
      return reportFailure(`yibao-gateway operator ${action}`, err, io);
    } finally {
      db?.close();
    }
  },
};

const APPROVE_USAGE = `Usage: yibao-gateway approve --setl-id SETL_ID --id OPERATOR_ID [--json] [--data-dir DIR] [--config FILE]

Approves the cancellation of a settlement at the gateway's own terminal, as the approval page
does: the approver types their own secret (read from standard input, without echo at a
terminal). The cashier then cancels in the HIS as usual (2208 / 2305 / 2103 or the REST API).
`;

export const approveCommand: Command = {
  name: ['approve'],
  summary: 'approve a settlement\'s cancellation with the approver\'s own secret',
  usage: APPROVE_USAGE,
  async run(args, io) {
    const parsed = parseOrUsage('yibao-gateway approve', APPROVE_USAGE, { args, strict: true, options: { 'setl-id': { type: 'string' }, id: { type: 'string' }, json: { type: 'boolean' }, 'data-dir': { type: 'string' }, config: { type: 'string' } } }, io);
    if (!parsed) return 2;
    const { values } = parsed;
    if (!values['setl-id'] || !values.id) {
      io.stderr.write(`yibao-gateway approve: --setl-id and --id are required\n\n${APPROVE_USAGE}`);
      return 2;
    }
    let db: Db | undefined;
    try {
      const opened = openStore(values, io);
      db = opened.db;
      const { config } = opened;
      const registry = new OperatorRegistry(db, { maxFailures: config.operatorMaxFailures });
      const approvals = new ApprovalService(db, registry, { validMs: config.approvalValidMinutes * 60_000, policy: parseApprovalPolicy(config.approvalTiers) });
      const status = await approvals.approve({ setl_id: values['setl-id'], opter: values.id, secret: await readSecret(io, `secret of ${values.id}: `), via: 'cli' });
      if (values.json) io.stdout.write(`${JSON.stringify(status)}\n`);
      else {
        io.stdout.write(`approved ${status.setl_id}: tier ${status.tier} needs ${status.required.people} people (the one asking included), ${status.required.supervisors} of them supervisors\n`);
        for (const a of status.approvals) io.stdout.write(`  ${a.id} ${a.role} ${a.name} until ${a.expires_at}\n`);
      }
      return 0;
    } catch (err) {
      return reportFailure('yibao-gateway approve', err, io);
    } finally {
      db?.close();
    }
  },
};
