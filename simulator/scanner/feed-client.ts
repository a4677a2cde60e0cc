/**
 * The QR scanner emulator plugged into a running gateway through its local feed
 * (config scannerFeed; wire in drivers/hid/feed-port.ts): the gateway sees a scanner of the
 * emulator's model and decodes its reports on its own path, exactly as from a USB scanner.
 */
import { connect, type Socket } from 'node:net';
import { FEED_OPENED } from '../../drivers/hid/feed-port.ts';
import type { QrScannerEmulator } from './qr-scanner-emulator.ts';

export interface FedScanner {
  /** Sends the reports of one scan of `token`; resolves when they are written. */
  scan(token: string): Promise<void>;
  /** Unplugs the scanner. */
  close(): Promise<void>;
}

/**
 * Plugs `emulator`'s scanner into the feed at `socketPath`; resolves once the gateway has
 * opened it (its hot-plug poll runs about once a second), so no scan is lost.
 */
export function plugIntoFeed(socketPath: string, emulator: QrScannerEmulator, timeoutMs = 10_000): Promise<FedScanner> {
  return new Promise<FedScanner>((resolve, reject) => {
    const socket: Socket = connect(socketPath);
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`the gateway did not open the scanner fed at ${socketPath} within ${Math.round(timeoutMs / 1000)} s (is scannerFeed set to this path?)`));
    }, timeoutMs);
    socket.once('error', (err) => {
      clearTimeout(timer);
      reject(new Error(`cannot reach the scanner feed at ${socketPath}: ${err.message}`, { cause: err }));
    });
    socket.once('connect', () => {
      const { path: _path, ...info } = emulator.info;
      socket.write(`${JSON.stringify(info)}\n`);
    });
    socket.on('data', (chunk: Buffer) => {
      if (!chunk.includes(FEED_OPENED)) return;
      clearTimeout(timer);
      resolve({
        scan: (token) => new Promise<void>((done, fail) => {
          const frames = emulator.reportsFor(token).map((report) => {
            const header = Buffer.alloc(2);
            header.writeUInt16BE(report.length);
            return Buffer.concat([header, report]);
          });
          socket.write(Buffer.concat(frames), (err) => (err ? fail(err) : done()));
        }),
        close: () => new Promise<void>((done) => {
          if (socket.destroyed) return done();
          socket.once('close', () => done());
          socket.end();
        }),
      });
    });
  });
}
