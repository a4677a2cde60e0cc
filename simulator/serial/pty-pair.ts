/**
 * A pseudo-terminal pair for the serial reader emulator. Node has no openpty(), so a small
 * python3 relay (`pty-relay.py`, python3 is in every Debian base image; no socat needed) opens
 * the pair, prints the device path (e.g. `/dev/pts/4`) and copies bytes between the pty master
 * and its stdin/stdout. The host opens the device path with the real `serialport` driver.
 *
 * `close()` ends the relay: the master closes and the host's line hangs up — the same thing
 * the host sees when a USB-serial reader is pulled out.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const RELAY = fileURLToPath(new URL('./pty-relay.py', import.meta.url));

/** `YIBAO_PYTHON`, else the system python3 (starts faster than a version-manager shim), else PATH's. */
function defaultPython(): string {
  if (process.env.YIBAO_PYTHON) return process.env.YIBAO_PYTHON;
  return existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
}

export interface PtyPair {
  /** The device path the host opens. */
  readonly path: string;
  /** Bytes to the host. */
  write(bytes: Buffer): void;
  /** Bytes the host wrote. Returns the unsubscribe. */
  onData(listener: (chunk: Buffer) => void): () => void;
  /** Fires once when the relay ends (closed or died). */
  onExit(listener: () => void): void;
  close(): Promise<void>;
}

export async function openPtyPair(options: { python?: string } = {}): Promise<PtyPair> {
  const child: ChildProcessWithoutNullStreams = spawn(options.python ?? defaultPython(), [RELAY], { stdio: ['pipe', 'pipe', 'pipe'] });
  const listeners = new Set<(chunk: Buffer) => void>();
  const exitListeners = new Set<() => void>();
  let exited = false;
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  // Writes racing the relay's exit fail with EPIPE; the exit itself is what callers act on.
  child.stdin.on('error', () => undefined);

  const path = await new Promise<string>((resolve, reject) => {
    let head = Buffer.alloc(0);
    const onData = (chunk: Buffer): void => {
      head = Buffer.concat([head, chunk]);
      const newline = head.indexOf(0x0a);
      if (newline < 0) return;
      child.stdout.off('data', onData);
      const rest = head.subarray(newline + 1);
      child.stdout.on('data', (d: Buffer) => {
        for (const listener of listeners) listener(d);
      });
      resolve(head.subarray(0, newline).toString('utf8'));
      if (rest.length > 0) setImmediate(() => listeners.forEach((l) => l(rest)));
    };
    child.stdout.on('data', onData);
    child.once('error', (err) => reject(new Error(`cannot start the pty relay (python3): ${err.message}`, { cause: err })));
    child.once('exit', (code) => reject(new Error(`the pty relay exited (${code}) before opening a pty: ${stderr.trim()}`)));
  });

  child.once('exit', () => {
    exited = true;
    for (const listener of exitListeners) listener();
  });

  return {
    path,
    write(bytes) {
      if (!exited) child.stdin.write(bytes);
    },
    onData(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onExit(listener) {
      if (exited) queueMicrotask(listener);
      else exitListeners.add(listener);
    },
    async close() {
      if (exited) return;
      const done = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.stdin.end();
      child.kill('SIGTERM');
      await done;
    },
  };
}
