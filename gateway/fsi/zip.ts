/**
 * The one-file ZIP archives the national interface's file exchange carries (9101 upload,
 * 9102 download: a TXT inside a ZIP). Only what that needs: read the first file of an archive
 * (stored or deflated, CRC checked, sizes bounded so a small upload cannot inflate into
 * gigabytes), and write one deflated file. APPNOTE.TXT (PKWARE) 4.3: local file header,
 * data, central directory, end of central directory; no ZIP64, no encryption.
 */
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { GatewayError } from '../errors/gateway-error.ts';

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
/** The largest file the gateway unpacks from an upload. */
export const MAX_UNZIPPED = 64 * 1024 * 1024;

function bad(detail: string, path: string): GatewayError {
  return new GatewayError('GW_VALIDATION', { detail: `the file is not a ZIP archive the gateway can read: ${detail}`, details: { path } });
}

/** The first file of a ZIP archive: its name and its contents. `path` names the field in refusals. */
export function unzipFirst(archive: Buffer, path: string): { name: string; data: Buffer } {
  // the end record is in the last 22 + 65535 bytes (its comment is at most 65535 long)
  let end = -1;
  for (let i = archive.length - 22; i >= Math.max(0, archive.length - 22 - 65_535); i--) {
    if (archive.readUInt32LE(i) === END) {
      end = i;
      break;
    }
  }
  if (end < 0) throw bad('no end of central directory', path);
  const entries = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  for (let n = 0; n < entries; n++) {
    if (at + 46 > archive.length || archive.readUInt32LE(at) !== CENTRAL) throw bad('a broken central directory', path);
    const flags = archive.readUInt16LE(at + 8);
    const method = archive.readUInt16LE(at + 10);
    const crc = archive.readUInt32LE(at + 16);
    const packed = archive.readUInt32LE(at + 20);
    const size = archive.readUInt32LE(at + 24);
    const nameLength = archive.readUInt16LE(at + 28);
    const extraLength = archive.readUInt16LE(at + 30);
    const commentLength = archive.readUInt16LE(at + 32);
    const localAt = archive.readUInt32LE(at + 42);
    const name = archive.subarray(at + 46, at + 46 + nameLength).toString(flags & 0x800 ? 'utf8' : 'latin1');
    at += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith('/')) continue; // a folder
    if (flags & 0x1) throw bad(`${name} is encrypted`, path);
    if (size > MAX_UNZIPPED) throw bad(`${name} unpacks to ${size} bytes, more than ${MAX_UNZIPPED}`, path);
    if (localAt + 30 > archive.length || archive.readUInt32LE(localAt) !== LOCAL) throw bad('a broken local header', path);
    const dataAt = localAt + 30 + archive.readUInt16LE(localAt + 26) + archive.readUInt16LE(localAt + 28);
    const raw = archive.subarray(dataAt, dataAt + packed);
    if (raw.length !== packed) throw bad(`${name} is cut short`, path);
    let data: Buffer;
    if (method === 0) data = Buffer.from(raw);
    else if (method === 8) {
      try {
        data = inflateRawSync(raw, { maxOutputLength: MAX_UNZIPPED });
      } catch (err) {
        throw bad(`${name} does not inflate (${(err as Error).message})`, path);
      }
    } else throw bad(`${name} uses compression method ${method} (only stored and deflate)`, path);
    if (data.length !== size || crc32(data) !== crc) throw bad(`${name} fails its CRC or size`, path);
    return { name, data };
  }
  throw bad('the archive holds no file', path);
}

/** A ZIP archive holding one deflated file `name` (UTF-8 name flag set). */
export function zipOne(name: string, data: Buffer, when: Date = new Date()): Buffer {
  const packed = deflateRawSync(data);
  const nameBytes = Buffer.from(name, 'utf8');
  const crc = crc32(data);
  // MS-DOS time and date of the entry
  const time = (when.getHours() << 11) | (when.getMinutes() << 5) | Math.floor(when.getSeconds() / 2);
  const date = ((when.getFullYear() - 1980) << 9) | ((when.getMonth() + 1) << 5) | when.getDate();
  const local = Buffer.alloc(30);
  local.writeUInt32LE(LOCAL, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(0x800, 6);
  local.writeUInt16LE(8, 8);
  local.writeUInt16LE(time, 10);
  local.writeUInt16LE(date, 12);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(CENTRAL, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(0x800, 8);
  central.writeUInt16LE(8, 10);
  central.writeUInt16LE(time, 12);
  central.writeUInt16LE(date, 14);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(packed.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE(0, 42);
  const centralAt = local.length + nameBytes.length + packed.length;
  const centralSize = central.length + nameBytes.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(centralAt, 16);
  return Buffer.concat([local, nameBytes, packed, central, nameBytes, end]);
}
