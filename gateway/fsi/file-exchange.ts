/**
 * The national interface's file exchange (9101 upload, 9102 download): files an HIS uploads
 * for a later transaction (3202's detail file), and files the gateway makes for the HIS to
 * download (3202's result), each under a file query number (file_qury_no) until its download
 * deadline (dld_endtime). Kept in memory and bounded: these are working files of one
 * reconciliation, which the HIS can always upload again; nothing in them is the record of a
 * settlement (the settlements are in the store).
 */
import { randomBytes } from 'node:crypto';
import { GatewayError } from '../errors/gateway-error.ts';

export interface ExchangedFile {
  readonly fileQuryNo: string;
  readonly filename: string;
  readonly bytes: Buffer;
  /** Uploaded by this HIS client, or made for it: only it may use the file. */
  readonly clientId: string;
  /** ms since the epoch */
  readonly expiresAt: number;
}

export interface FileExchangeOptions {
  /** How long a file stays; default one hour. */
  readonly keepMs?: number;
  /** All files together at most; default 64 MiB. The oldest go first. */
  readonly maxBytes?: number;
  readonly now?: () => number;
}

export class FileExchange {
  readonly #files = new Map<string, ExchangedFile>();
  readonly #keepMs: number;
  readonly #maxBytes: number;
  readonly #now: () => number;

  constructor(options: FileExchangeOptions = {}) {
    this.#keepMs = options.keepMs ?? 3_600_000;
    this.#maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
    this.#now = options.now ?? Date.now;
  }

  /** Keeps `bytes` under a new file query number. */
  put(filename: string, bytes: Buffer, clientId: string): ExchangedFile {
    if (bytes.length > this.#maxBytes) {
      throw new GatewayError('GW_VALIDATION', { detail: `the file is ${bytes.length} bytes; at most ${this.#maxBytes}`, details: { path: 'input.fsUploadIn.in' } });
    }
    this.#expire();
    let held = [...this.#files.values()].reduce((n, f) => n + f.bytes.length, 0);
    for (const [key, file] of this.#files) {
      if (held + bytes.length <= this.#maxBytes) break;
      this.#files.delete(key);
      held -= file.bytes.length;
    }
    const file: ExchangedFile = { fileQuryNo: `gw/${randomBytes(15).toString('hex')}`, filename, bytes, clientId, expiresAt: this.#now() + this.#keepMs };
    this.#files.set(file.fileQuryNo, file);
    return file;
  }

  /** The file under `fileQuryNo` for this client; refused when unknown, expired or another client's. */
  get(fileQuryNo: string, clientId: string, path: string): ExchangedFile {
    this.#expire();
    const file = this.#files.get(fileQuryNo);
    if (!file || file.clientId !== clientId) {
      throw new GatewayError('GW_FSI_FILE_UNKNOWN', { detail: fileQuryNo, details: { path, file_qury_no: fileQuryNo } });
    }
    return file;
  }

  #expire(): void {
    const now = this.#now();
    for (const [key, file] of this.#files) if (file.expiresAt <= now) this.#files.delete(key);
  }
}
