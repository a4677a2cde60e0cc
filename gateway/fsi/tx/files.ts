/**
 * The file exchange (9101 upload, 9102 download), as HIS clients of the national interface
 * use it for 3202's detail file and its result:
 *
 *   9101 input  {"fsUploadIn":{"in":"<the file, base64>","filename":"3202_20261122.zip","fixmedins_code":"H15220100001"}}
 *        output {"file_qury_no":"gw/…","filename":"3202_20261122.zip","dld_endtime":"2026-11-22 22:03:37"}
 *   9102 input  {"fsDownloadIn":{"file_qury_no":"gw/…","filename":"…","fixmedins_code":"…"}}
 *        answer the file itself (application/octet-stream); a refusal is the usual JSON answer
 *
 * `in` is the file's bytes as the client's JSON library writes a byte array: a base64 string
 * (Java's Jackson, .NET's Convert.ToBase64String) or an array of numbers 0–255. A file is
 * this HIS client's alone, until its download deadline (one hour).
 */
import { GatewayError } from '../../errors/gateway-error.ts';
import { DOWNLOAD, type TxContext } from '../context.ts';
import { localDateTime } from '../time.ts';
import { isLosslessNumber } from '../wire.ts';

const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;

/** The bytes of `in`, however the client's JSON library wrote them. */
function bytesOf(value: unknown, path: string): Buffer {
  const bad = (why: string): GatewayError => new GatewayError('GW_VALIDATION', { detail: `${path} ${why}`, details: { path } });
  if (typeof value === 'string') {
    const text = value.replace(/\s+/g, '');
    if (text === '' || !BASE64.test(text)) throw bad('must be the file as base64 text or an array of bytes');
    return Buffer.from(text, text.includes('-') || text.includes('_') ? 'base64url' : 'base64');
  }
  if (Array.isArray(value)) {
    const out = Buffer.alloc(value.length);
    value.forEach((v, i) => {
      const n = isLosslessNumber(v) ? Number(v.value) : v;
      // .NET and Java write bytes as 0–255 or as signed −128–127
      if (typeof n !== 'number' || !Number.isInteger(n) || n < -128 || n > 255) throw bad(`[${i}] is not a byte`);
      out[i] = n & 0xff;
    });
    if (out.length === 0) throw bad('is empty');
    return out;
  }
  throw bad('is required: the file as base64 text or an array of bytes');
}

export async function uploadFile(ctx: TxContext): Promise<Record<string, unknown>> {
  const input = ctx.input.obj('fsUploadIn');
  const filename = input.text('filename');
  const bytes = bytesOf(input.raw('in'), `${input.path}.in`);
  const file = ctx.services.files.put(filename, bytes, ctx.clientId);
  return {
    file_qury_no: file.fileQuryNo,
    filename: file.filename,
    dld_endtime: localDateTime(new Date(file.expiresAt), ctx.profile.utc_offset_minutes),
  };
}

export async function downloadFile(ctx: TxContext): Promise<Record<string, unknown>> {
  const input = ctx.input.obj('fsDownloadIn');
  const file = ctx.services.files.get(input.text('file_qury_no'), ctx.clientId, `${input.path}.file_qury_no`);
  return { [DOWNLOAD]: { filename: file.filename, bytes: file.bytes } };
}
