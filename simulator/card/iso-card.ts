/**
 * The ISO/IEC 7816 front end every virtual card shares: power state, parsing the command
 * APDU (a malformed one answers 6700), and the two ways response data leave the card
 * (protocol/sscard/SPEC.md "Which commands return data how"):
 *   - read commands answer data + 9000 when Le is exact, else 6Cxx;
 *   - data-in/data-out commands answer data + 9000 on T=1 and 61xx on T=0, the data then
 *     fetched with GET RESPONSE `00C00000xx`.
 */
import { decodeCommand, type CommandApdu } from '../../protocol/apdu/command.ts';
import { ApduFormatError } from '../../protocol/apdu/errors.ts';
import { response } from '../../protocol/apdu/response.ts';
import { moreData, SW, wrongLe } from '../../protocol/apdu/status-words.ts';
import type { CardProtocol } from './atr.ts';

export class CardNotPoweredError extends Error {
  constructor() {
    super('the card is not powered: call powerOn() first');
    this.name = 'CardNotPoweredError';
  }
}

export const sw = (word: number): Buffer => response(undefined, word);

export abstract class IsoCard {
  private powered = false;
  private pending: Buffer | undefined;

  protected abstract readonly protocol: CardProtocol;
  /** The ATR; constant for a card. */
  abstract atr(): Buffer;
  /** Clears the volatile state (selected files, security status) — called at power on and reset. */
  protected abstract resetVolatile(): void;
  /** Answers one parsed command (everything but GET RESPONSE). */
  protected abstract handle(cmd: CommandApdu): Buffer;

  get isPowered(): boolean {
    return this.powered;
  }

  powerOn(): Buffer {
    this.powered = true;
    this.pending = undefined;
    this.resetVolatile();
    return this.atr();
  }

  reset(): Buffer {
    return this.powerOn();
  }

  powerOff(): void {
    this.powered = false;
    this.pending = undefined;
    this.resetVolatile();
  }

  transmit(apdu: Buffer): Buffer {
    if (!this.powered) throw new CardNotPoweredError();
    let cmd: CommandApdu;
    try {
      cmd = decodeCommand(apdu);
    } catch (err) {
      if (err instanceof ApduFormatError) {
        this.pending = undefined;
        return sw(SW.WRONG_LENGTH);
      }
      throw err;
    }
    if (cmd.cla === 0x00 && cmd.ins === 0xc0) return this.getResponse(cmd);
    this.pending = undefined;
    return this.handle(cmd);
  }

  /** A read command's answer: exact Le, or `00` (up to 256) on T=1; otherwise 6Cxx. */
  protected answerRead(cmd: CommandApdu, data: Buffer): Buffer {
    if (cmd.le === data.length || (this.protocol === 'T=1' && cmd.le === 256 && !cmd.extended)) return response(data, SW.OK);
    return sw(wrongLe(data.length));
  }

  /** A data-in/data-out command's answer: the data on T=1, 61xx on T=0. */
  protected answerWithData(data: Buffer): Buffer {
    if (this.protocol === 'T=1') return response(data, SW.OK);
    this.pending = data;
    return sw(moreData(data.length));
  }

  private getResponse(cmd: CommandApdu): Buffer {
    const pending = this.pending;
    if (!pending) return sw(SW.CONDITIONS_NOT_SATISFIED);
    if (cmd.p1 !== 0 || cmd.p2 !== 0) return sw(SW.WRONG_P1P2);
    const want = cmd.le ?? 256;
    if (want > pending.length) return sw(wrongLe(pending.length));
    if (want === pending.length) {
      this.pending = undefined;
      return response(pending, SW.OK);
    }
    this.pending = pending.subarray(want);
    return response(pending.subarray(0, want), moreData(this.pending.length));
  }
}
