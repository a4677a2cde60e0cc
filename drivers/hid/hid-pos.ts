/**
 * HID POS scanners (USB HID Point of Sale Usage Tables 1.02, usage page 0x8C Bar Code Scanner):
 * the code arrives as "Scanned Data Report"s (usage 0x12) — data, not keystrokes, so no layout
 * and no lost characters. We use the 64-byte layout Honeywell and Zebra scanners send in
 * their "HID POS" mode:
 *
 *   byte 0      report ID 02
 *   byte 1      n = decoded-data bytes in this report (0…56)
 *   bytes 2–4   symbology identifier (AIM, ISO/IEC 15424), e.g. `]Q1` QR Code
 *   bytes 5–60  decoded data, the first n bytes meaningful, the rest 00
 *   bytes 61–62 vendor symbology code (not used)
 *   byte 63     bit 0 "decoded data continued": more reports follow for this code
 *
 *   02 05 5D5131 3132333435 00…00 0000 00    one report, `]Q1`, data "12345", complete
 *
 * A longer code is split over reports of 56 bytes, every one but the last with bit 0 of byte
 * 63 set. `encodeHidPosReports` (for the scanner emulator) and `HidPosDecoder` are inverses.
 */

export const HID_POS_USAGE_PAGE = 0x8c;
export const HID_POS_SCANNER_USAGE = 0x02;
export const HID_POS_REPORT_ID = 0x02;
export const HID_POS_REPORT_SIZE = 64;
export const HID_POS_DATA_BYTES = 56;
const CONTINUED = 0x01;

export interface PosScan {
  /** The decoded data of the whole code. */
  readonly data: Buffer;
  /** AIM symbology identifier, 3 ASCII characters (`]Q1` QR Code, `]C0` Code 128 …). */
  readonly symbology: string;
}

/** The reports a HID POS scanner sends for one code. */
export function encodeHidPosReports(scan: PosScan): Buffer[] {
  const aim = Buffer.from(scan.symbology, 'latin1');
  if (aim.length !== 3) throw new RangeError(`a symbology identifier has 3 characters, got ${JSON.stringify(scan.symbology)}`);
  const reports: Buffer[] = [];
  let offset = 0;
  do {
    const part = scan.data.subarray(offset, offset + HID_POS_DATA_BYTES);
    offset += part.length;
    const report = Buffer.alloc(HID_POS_REPORT_SIZE);
    report[0] = HID_POS_REPORT_ID;
    report[1] = part.length;
    aim.copy(report, 2);
    part.copy(report, 5);
    report[63] = offset < scan.data.length ? CONTINUED : 0;
    reports.push(report);
  } while (offset < scan.data.length);
  return reports;
}

/** Assembles scanned-data reports into codes; reports of other IDs or of the wrong shape are counted and skipped. */
export class HidPosDecoder {
  #parts: Buffer[] = [];
  #symbology: string | undefined;
  /** Reports that were not well-formed scanned-data reports. */
  malformed = 0;

  /** Feeds one input report; returns the code it completed, if any. */
  push(report: Buffer): PosScan[] {
    if (report.length !== HID_POS_REPORT_SIZE || report[0] !== HID_POS_REPORT_ID) {
      this.malformed++;
      return [];
    }
    const n = report[1] ?? 0;
    if (n > HID_POS_DATA_BYTES) {
      this.malformed++;
      this.reset();
      return [];
    }
    this.#symbology ??= report.subarray(2, 5).toString('latin1');
    this.#parts.push(Buffer.from(report.subarray(5, 5 + n)));
    if (((report[63] ?? 0) & CONTINUED) !== 0) return [];
    const scan: PosScan = { data: Buffer.concat(this.#parts), symbology: this.#symbology };
    this.reset();
    return [scan];
  }

  /** Bytes of a code still waiting for its last report. */
  get pending(): number {
    return this.#parts.reduce((n, p) => n + p.length, 0);
  }

  reset(): void {
    this.#parts = [];
    this.#symbology = undefined;
  }
}
