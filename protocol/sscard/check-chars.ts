/**
 * Check characters of the two numbers printed on the card.
 *
 * Card number (EF05 tag 07, 9 characters) — shared/reference/social-security-card.md:
 *   weights 3,7,9,10,5,8,4,2 over the 8 body characters; check = 11 − (sum mod 11),
 *   10 → `X`, 11 → `0`.
 *   Letters in the body (the reference leaves it open; our choice, used by card and driver
 *   alike): a letter counts as its position value in the alphanumeric alphabet 0–9 A–Z,
 *   i.e. `A` = 10, `B` = 11, … `Z` = 35, as ISO/IEC 7064 alphanumeric schemes do. Upper
 *   case only.
 *   Worked example: "A1234567" → 10·3+1·7+2·9+3·10+4·5+5·8+6·4+7·2 = 183, 183 mod 11 = 7,
 *   11 − 7 = 4 → "A12345674".
 *
 * ID number (EF06 tag 08, 18 characters) — GB 11643-1999, ISO 7064 MOD 11-2:
 *   weights 2^(17−i) mod 11 = 7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2 over the 17 digits;
 *   check = (12 − (sum mod 11)) mod 11, 10 → `X`.
 *   Worked example: "11010519491231002" → check "X" → "11010519491231002X".
 */
const CARD_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export class CheckCharacterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CheckCharacterError';
  }
}

/** The check character for an 8-character card-number body (digits and upper-case letters). */
export function cardNumberCheckChar(body: string): string {
  if (!/^[0-9A-Z]{8}$/.test(body)) throw new CheckCharacterError(`card number body must be 8 characters 0-9/A-Z, got ${JSON.stringify(body)}`);
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += ALNUM.indexOf(body[i]!) * CARD_WEIGHTS[i]!;
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

export function makeCardNumber(body: string): string {
  return body + cardNumberCheckChar(body);
}

export function isValidCardNumber(cardNumber: string): boolean {
  if (!/^[0-9A-Z]{8}[0-9X]$/.test(cardNumber)) return false;
  return cardNumberCheckChar(cardNumber.slice(0, 8)) === cardNumber[8];
}

/** The MOD 11-2 check character for the first 17 digits of an ID number. */
export function idNumberCheckChar(body: string): string {
  if (!/^[0-9]{17}$/.test(body)) throw new CheckCharacterError(`ID number body must be 17 digits, got ${JSON.stringify(body)}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body[i]) * ID_WEIGHTS[i]!;
  const check = (12 - (sum % 11)) % 11;
  return check === 10 ? 'X' : String(check);
}

export function makeIdNumber(body: string): string {
  return body + idNumberCheckChar(body);
}

export function isValidIdNumber(idNumber: string): boolean {
  if (!/^[0-9]{17}[0-9X]$/.test(idNumber)) return false;
  return idNumberCheckChar(idNumber.slice(0, 17)) === idNumber[17];
}

/** Birth date `YYYYMMDD` embedded in an 18-character ID number (characters 7–14). */
export function idNumberBirthDate(idNumber: string): string {
  if (!/^[0-9]{17}[0-9X]$/.test(idNumber)) throw new CheckCharacterError(`not an 18-character ID number: ${JSON.stringify(idNumber)}`);
  return idNumber.slice(6, 14);
}

/** Sex embedded in an ID number: the 17th digit, odd = male ("1"), even = female ("2"). */
export function idNumberSex(idNumber: string): '1' | '2' {
  if (!/^[0-9]{17}[0-9X]$/.test(idNumber)) throw new CheckCharacterError(`not an 18-character ID number: ${JSON.stringify(idNumber)}`);
  return Number(idNumber[16]) % 2 === 1 ? '1' : '2';
}
