/**
 * A card slot without pcscd: the host calls `transmit` directly. It has the same surface as
 * `VpcdLink` (insert / remove / swap / onCommand / `exchange` events), so scenarios and tests
 * drive either the same way — through the real PC/SC stack or in-process.
 */
import { EventEmitter } from 'node:events';
import type { CommandHook, Exchange, VpcdCard } from './vpcd-link.ts';

/** The card in the slot gave no answer to the command (a mute card). */
export class CardMuteError extends Error {
  constructor(message = 'the card did not answer the command') {
    super(message);
    this.name = 'CardMuteError';
  }
}

export class CardAbsentError extends Error {
  constructor(message = 'no card in the slot') {
    super(message);
    this.name = 'CardAbsentError';
  }
}

export class InProcessSlot extends EventEmitter {
  private current: VpcdCard | undefined;
  private hook: CommandHook | undefined;
  exchanges = 0;

  get card(): VpcdCard | undefined {
    return this.current;
  }

  get inserted(): boolean {
    return this.current !== undefined;
  }

  /** The ATR of the card just powered, as a reader would report it. */
  async insert(card: VpcdCard): Promise<void> {
    if (this.current) throw new Error('a card is already in the slot; remove it or swap');
    this.current = card;
    card.powerOn();
    this.emit('inserted');
  }

  async remove(): Promise<void> {
    const card = this.current;
    if (!card) return;
    this.current = undefined;
    card.powerOff();
    this.emit('removed', 'removed');
  }

  async swap(card: VpcdCard): Promise<void> {
    await this.remove();
    await this.insert(card);
  }

  onCommand(hook: CommandHook | undefined): void {
    this.hook = hook;
  }

  /** The host side: sends one APDU to the card in the slot. */
  transmit(apdu: Buffer): Buffer {
    const card = this.current;
    if (!card) throw new CardAbsentError();
    const fault = this.hook?.(apdu);
    // in process a command cannot hang: a mute card answers nothing, which the caller sees at once
    if (fault === 'mute') throw new CardMuteError();
    if (fault === 'pull') {
      this.current = undefined;
      card.powerOff();
      this.emit('removed', 'pulled mid-command');
      throw new CardAbsentError('the card was pulled out during the command');
    }
    const response = Buffer.isBuffer(fault) ? fault : card.transmit(apdu);
    this.exchanges++;
    this.emit('exchange', { command: apdu, response } satisfies Exchange);
    return response;
  }
}

/** What scenarios and the control API need from a slot; `VpcdLink` and `InProcessSlot` both fit. */
export interface CardSlot {
  readonly card: VpcdCard | undefined;
  readonly inserted: boolean;
  readonly exchanges: number;
  insert(card: VpcdCard): Promise<void>;
  remove(): Promise<void>;
  swap(card: VpcdCard): Promise<void>;
  onCommand(hook: CommandHook | undefined): void;
  on(event: 'exchange', listener: (e: Exchange) => void): unknown;
  off(event: 'exchange', listener: (e: Exchange) => void): unknown;
}
