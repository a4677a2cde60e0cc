/**
 * What a card read yields: a typed identity, and the same facts as the national reader-DLL
 * string (`iReadCardBas`) that HIS code already parses (shared/reference/
 * social-security-card.md, "The reader-DLL convention"; protocol/sscard/SPEC.md).
 */
import type { SpecVersion } from '../../protocol/sscard/records.ts';

export interface CardIdentity {
  /** Card number, 9 characters, check character verified (EF05 tag 07). */
  readonly cardNumber: string;
  /** Card identification code, 32 upper-case hex digits (EF05 tag 01). */
  readonly cardIdCode: string;
  /** Issuing region, 6 digits, from the identification code (the card's issuer, 发卡地). */
  readonly region: string;
  /**
   * Insured region, 6 digits, from the medical application (DF04 EF05 tag 80, 参保地): where the
   * person is insured, which may be a county under the issuing city. Absent when the card has
   * no DF04 or no such record.
   */
  readonly insuredRegion?: string;
  readonly specVersion: SpecVersion;
  /** `YYYYMMDD` (EF05 tags 05, 06). */
  readonly issueDate: string;
  readonly expiryDate: string;
  /** Social security number = ID number, 18 characters, MOD 11-2 check verified (EF06 tag 08). */
  readonly idNumber: string;
  /** Full name: EF06 tag 09 followed by the name extension 4E when the card has one. */
  readonly name: string;
  /** Only the extension part (2.0/3.0 cards; absent on 1.0 cards and when the card has none). */
  readonly nameExtension?: string;
  /** `1` male, `2` female: EF06 tag 0A when read, else from the ID number's 17th digit. */
  readonly sex: '1' | '2';
  /** `YYYYMMDD`: EF06 tag 0D when read, else from the ID number. */
  readonly birthDate: string;
  /** EF06 tag 0B / 0C, only when the holder details were asked for. */
  readonly nation?: string;
  readonly birthplace?: string;
  /** Answer to reset, and its historical bytes (the DLL's "card reset information"). */
  readonly atr: string;
  readonly atrHistorical: string;
  /** From the PSAM, when one took part. */
  readonly terminalNumber?: string;
  readonly authentication: {
    /** The card accepted the PSAM's external authentication (3.0 cards need it for EF06). */
    readonly external: boolean;
    /** The card proved it is genuine (internal authentication checked by the PSAM). */
    readonly internal: boolean;
  };
  /** APDUs this read sent to the user card and to the PSAM. */
  readonly apdus: { readonly card: number; readonly psam: number };
}

/** DF04 medical records as the product uses them (protocol/sscard/SPEC.md, "DF04"). */
export interface MedicalRecords {
  readonly insuredRegion: string;
  readonly insuranceType: string;
  readonly personType: string;
  readonly personNumber: string;
  /** `YYYYMMDDhhmmss` */
  readonly lastOnline: string;
  readonly offlineCount: number;
  readonly offlineAmountFen: number;
}

/**
 * The eleven fields, each followed by `|`:
 * region | ID number | card number | card identification code | name | ATR historical bytes |
 * spec version | issue date | expiry date | terminal number | terminal device number |
 *
 *   152200|11010519491231002X|A12345674|152200D1560000050123456789ABCDEF|张三|80318065…|3.00|20200101|20300101|152200000001|Virtual PCD 00 00|
 */
export function legacyString(identity: CardIdentity, terminalDeviceNumber: string): string {
  const fields = [
    identity.region,
    identity.idNumber,
    identity.cardNumber,
    identity.cardIdCode.toUpperCase(),
    identity.name,
    identity.atrHistorical.toUpperCase(),
    identity.specVersion,
    identity.issueDate,
    identity.expiryDate,
    identity.terminalNumber ?? '',
    terminalDeviceNumber,
  ];
  // a `|` inside a field would shift every later field for the HIS parser
  return fields.map((f) => `${f.replaceAll('|', '')}|`).join('');
}

/** Splits a legacy string back into its fields (for HIS-side tests and the CLI's checks). */
export function parseLegacyString(text: string): string[] {
  if (!text.endsWith('|')) throw new Error('a reader-DLL string ends with |');
  const fields = text.slice(0, -1).split('|');
  if (fields.length !== 11) throw new Error(`a reader-DLL string has 11 fields, got ${fields.length}`);
  return fields;
}
