/**
 * Driving foreign PC/SC programs — opensc-tool (OpenSC) and scriptor (pcsc-tools) — from
 * the simulator's tests. Always asynchronous: the virtual card answers from this same
 * process, so a synchronous spawn would deadlock it.
 */
import { execFile } from 'node:child_process';

export async function run(cmd: string, args: readonly string[], input?: string, timeoutMs = 20_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(cmd, [...args], { encoding: 'utf8', timeout: timeoutMs }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${cmd} ${args.join(' ')} failed: ${err.message}\n${stdout}\n${stderr}`, { cause: err }));
      else resolve(stdout + stderr);
    });
    if (input !== undefined) child.stdin?.end(input);
  });
}

/** `opensc-tool -r READER -a` → the ATR as upper-case hex. */
export async function openscAtr(reader: string): Promise<string> {
  const out = await run('opensc-tool', ['-r', reader, '-a']);
  const line = out.split('\n').find((l) => /^[0-9a-f]{2}(:[0-9a-f]{2})+$/i.test(l.trim()));
  if (!line) throw new Error(`opensc-tool printed no ATR:\n${out}`);
  return line.trim().replaceAll(':', '').toUpperCase();
}

export interface OpenscExchange {
  readonly sent: string;
  /** Response data (hex) followed by SW1SW2, as opensc-tool reports them. */
  readonly received: string;
}

/**
 * `opensc-tool -r READER -c default -s APDU …` — the default driver sends exactly these APDUs.
 * Output per APDU: "Sending: 00 A4 …", "Received (SW1=0x90, SW2=0x00)[:]" and a hex dump.
 */
export async function openscSend(reader: string, apdus: readonly string[]): Promise<OpenscExchange[]> {
  const out = await run('opensc-tool', ['-r', reader, '-c', 'default', ...apdus.flatMap((a) => ['-s', a])]);
  const exchanges: OpenscExchange[] = [];
  let sent: string | undefined;
  let sw: string | undefined;
  let data = '';
  const flush = (): void => {
    if (sent !== undefined && sw !== undefined) exchanges.push({ sent, received: data + sw });
    sent = undefined;
    sw = undefined;
    data = '';
  };
  for (const line of out.split('\n')) {
    const s = /^Sending: ((?:[0-9A-F]{2} ?)+)/.exec(line);
    const r = /^Received \(SW1=0x([0-9A-F]{2}), SW2=0x([0-9A-F]{2})\)/i.exec(line);
    const d = /^((?:[0-9A-F]{2} ){1,16})/.exec(line);
    if (s) {
      flush();
      sent = s[1]!.replaceAll(' ', '');
    } else if (r) {
      sw = `${r[1]}${r[2]}`.toUpperCase();
    } else if (d && sw !== undefined) {
      data += d[1]!.replaceAll(' ', '');
    }
  }
  flush();
  return exchanges;
}

/** `scriptor -r READER` with the APDUs on stdin → the raw responses (no automatic GET RESPONSE). */
export async function scriptor(reader: string, apdus: readonly string[]): Promise<string[]> {
  const out = await run('scriptor', ['-r', reader], `${apdus.join('\n')}\n`);
  // "< 6F 11 … B1" then continuation lines of 16 bytes, the last ending in " : Normal processing."
  const responses: string[] = [];
  let current: string | undefined;
  for (const line of out.split('\n')) {
    if (line.startsWith('< ')) current = '';
    else if (current === undefined || line.startsWith('> ')) continue;
    const body = line.startsWith('< ') ? line.slice(2) : line;
    const [bytes, status] = body.split(':');
    current += bytes!.replace(/\s+/g, '').toUpperCase();
    if (status !== undefined) {
      responses.push(current);
      current = undefined;
    }
  }
  return responses;
}
