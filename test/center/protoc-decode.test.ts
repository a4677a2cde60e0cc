/**
 * An independent decoder agrees with ours: a captured upload (the HTTP body the client
 * sent, gunzipped) and the record the centre stored are decoded by Debian's `protoc
 * --decode` with the repository's .proto files, and the text it prints is compared field by
 * field with protobufjs's decoding of the same bytes.
 */
import { spawnSync } from 'node:child_process';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CenterClient } from '../../gateway/center/client.ts';
import { encodeRecord, pb } from '../../protocol/center/index.ts';
import { DEMO_GATEWAY_KEY, startCenter, type CenterHandle } from '../../simulator/center/server.ts';
import { cancellationRecord, settlementRecord } from './fixtures.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PROTO_DIR = 'protocol/center';

function protocDecode(message: string, file: string, bytes: Uint8Array): string {
  const run = spawnSync('protoc', [`--decode=yibao.center.v1.${message}`, `-I${PROTO_DIR}`, `${PROTO_DIR}/yibao/center/v1/${file}`], { cwd: ROOT, input: bytes });
  if (run.error) throw new Error(`protoc is needed for this test (Debian package protobuf-compiler): ${run.error.message}`);
  if (run.status !== 0) throw new Error(`protoc failed: ${run.stderr.toString()}`);
  return run.stdout.toString('utf8');
}

type Tree = { [field: string]: (string | Tree)[] };

/** protoc's C-style escapes (octal bytes, \n, \", \\) back to a UTF-8 string. */
function unescape(quoted: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < quoted.length; i += 1) {
    const c = quoted[i] as string;
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'));
      continue;
    }
    const next = quoted[i + 1] as string;
    if (/[0-7]/.test(next)) {
      const oct = /^[0-7]{1,3}/.exec(quoted.slice(i + 1))?.[0] ?? '';
      bytes.push(parseInt(oct, 8));
      i += oct.length;
    } else {
      bytes.push(({ n: 10, r: 13, t: 9 } as Record<string, number>)[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Parses protoc's text format (one field per line, `name {` … `}` for messages). */
function parseText(text: string): Tree {
  const stack: Tree[] = [{}];
  for (const line of text.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const top = stack[stack.length - 1] as Tree;
    if (line === '}') {
      stack.pop();
      continue;
    }
    const open = /^(\w+) \{$/.exec(line);
    if (open) {
      const child: Tree = {};
      (top[open[1] as string] ??= []).push(child);
      stack.push(child);
      continue;
    }
    const m = /^(\w+): (.*)$/.exec(line);
    if (!m) throw new Error(`unexpected protoc line: ${line}`);
    const raw = m[2] as string;
    (top[m[1] as string] ??= []).push(raw.startsWith('"') ? unescape(raw.slice(1, -1)) : raw);
  }
  return stack[0] as Tree;
}

/** protobufjs's decoding in the same shape: snake_case names, every value a list of strings or trees. */
function toTree(value: Record<string, unknown>, skip: readonly string[] = []): Tree {
  const out: Tree = {};
  for (const [k, v] of Object.entries(value)) {
    const snake = k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
    if (skip.includes(snake)) continue;
    const list = Array.isArray(v) ? v : [v];
    out[snake] = list.map((item) => (item && typeof item === 'object' ? toTree(item as Record<string, unknown>) : String(item)));
  }
  return out;
}

describe('protoc --decode agrees with protobufjs', () => {
  let centre: CenterHandle;
  const captured: Uint8Array[] = [];

  beforeAll(async () => {
    centre = await startCenter({});
    const capture: typeof fetch = async (input, init) => {
      captured.push(gunzipSync(init?.body as Uint8Array));
      return fetch(input, init);
    };
    const client = new CenterClient({ baseUrl: centre.url, gatewayId: 'H15220100001-GW01', keyId: 'k1', key: DEMO_GATEWAY_KEY, fetch: capture });
    const first = settlementRecord({ recordId: 'H15220100001-GW01:00000001', visitId: 'MDTRT-001', seq: 1, totalFen: 123_456, lines: 3 });
    const records = [
      first,
      settlementRecord({ recordId: 'H15220100001-GW01:00000002', visitId: 'MDTRT-002', seq: 1, totalFen: 999, offline: true, insutype: '310' }),
      cancellationRecord('H15220100001-GW01:00000003', 'MDTRT-001', 2, first),
    ];
    const ack = await client.upload('batch-1', records.map(encodeRecord));
    expect(ack.acks.map((a) => a.status)).toEqual([1, 1, 1]);
  });

  afterAll(async () => {
    await centre.close();
  });

  it('decodes the captured Envelope', () => {
    const bytes = captured[0] as Uint8Array;
    const ours = pb.Envelope.decode(bytes);
    const theirs = parseText(protocDecode('Envelope', 'envelope.proto', bytes));
    expect({ ...theirs, nonce: undefined, body: undefined, mac: undefined }).toEqual({ ...toTree(ours.toJSON(), ['nonce', 'body', 'mac']), nonce: undefined, body: undefined, mac: undefined });
    expect(theirs.body_type).toEqual(['yibao.center.v1.UploadBatch']);
    expect(theirs.gateway_id).toEqual(['H15220100001-GW01']);
  });

  it('decodes the UploadBatch inside it, every record and line', () => {
    const body = pb.Envelope.decode(captured[0] as Uint8Array).body;
    const ours = pb.UploadBatch.decode(body);
    const theirs = parseText(protocDecode('UploadBatch', 'upload.proto', body));
    expect(theirs).toEqual(toTree(ours.toJSON()));
    expect(theirs.records).toHaveLength(3);
    const firstAmounts = ((theirs.records?.[0] as Tree).settlement?.[0] as Tree).amounts?.[0] as Tree;
    expect(firstAmounts.medfee_sumamt).toEqual(['1234.56']);
  });

  it('decodes the record the centre stored, byte for byte what the gateway sent', () => {
    const stored = centre.store.records().find((r) => r.recordId === 'H15220100001-GW01:00000003');
    expect(stored).toBeDefined();
    const theirs = parseText(protocDecode('Record', 'upload.proto', stored?.body as Uint8Array));
    expect(theirs).toEqual(toTree(pb.Record.decode(stored?.body as Uint8Array).toJSON()));
    expect((theirs.cancellation?.[0] as Tree).orig_record_id).toEqual(['H15220100001-GW01:00000001']);
  });
});
