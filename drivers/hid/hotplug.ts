/**
 * Hot-plug for HID devices by polling `port.devices()` (hidapi has no device-arrival events):
 * each poll is compared with the last by path, and the differences are reported once each —
 * `added` for a path that appeared, `removed` for one that went. A device unplugged and
 * plugged back between two polls keeps its path and is not reported; its open handle has
 * closed meanwhile, which the user of the handle sees.
 */
import type { HidDeviceInfo, HidPort } from './port.ts';

export type HotplugEvent = { readonly type: 'added' | 'removed'; readonly device: HidDeviceInfo };

export interface HidHotplugOptions {
  /** Default 1000 ms. */
  readonly intervalMs?: number;
  /** Which devices to report (default: all). */
  readonly filter?: (device: HidDeviceInfo) => boolean;
  /** A failing `devices()` call (the OS refused enumeration); polling goes on. */
  readonly onError?: (error: unknown) => void;
}

export class HidHotplug {
  readonly #port: HidPort;
  readonly #intervalMs: number;
  readonly #filter: (device: HidDeviceInfo) => boolean;
  readonly #onError: ((error: unknown) => void) | undefined;
  readonly #listeners = new Set<(event: HotplugEvent) => void>();
  #known = new Map<string, HidDeviceInfo>();
  #timer: NodeJS.Timeout | undefined;
  #polling: Promise<HotplugEvent[]> | undefined;

  constructor(port: HidPort, options: HidHotplugOptions = {}) {
    this.#port = port;
    this.#intervalMs = options.intervalMs ?? 1000;
    this.#filter = options.filter ?? (() => true);
    this.#onError = options.onError;
  }

  onChange(listener: (event: HotplugEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** The devices seen at the last poll. */
  get present(): HidDeviceInfo[] {
    return [...this.#known.values()];
  }

  /** Polls once now (a poll already running is joined, not doubled). */
  async poll(): Promise<HotplugEvent[]> {
    this.#polling ??= this.#pollOnce().finally(() => {
      this.#polling = undefined;
    });
    return this.#polling;
  }

  /** Polls now and then every `intervalMs` until `stop()`. */
  async start(): Promise<void> {
    await this.poll();
    if (this.#timer) return;
    this.#timer = setInterval(() => {
      this.poll().catch((err: unknown) => this.#onError?.(err));
    }, this.#intervalMs);
    this.#timer.unref();
  }

  stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  async #pollOnce(): Promise<HotplugEvent[]> {
    const now = new Map((await this.#port.devices()).filter(this.#filter).map((d) => [d.path, d] as const));
    const events: HotplugEvent[] = [];
    for (const [path, device] of this.#known) if (!now.has(path)) events.push({ type: 'removed', device });
    for (const [path, device] of now) if (!this.#known.has(path)) events.push({ type: 'added', device });
    this.#known = now;
    for (const event of events) for (const listener of this.#listeners) listener(event);
    return events;
  }
}
