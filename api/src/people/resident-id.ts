import { isCalendarDate } from '../shared/dates';
import type { Sex } from '../../../schema/domain-values';

/**
 * The resident identity number of GB 11643-1999: 6-digit county code, 8-digit birth date, 3-digit
 * sequence (odd = male) and an ISO 7064 MOD 11-2 check character.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

export function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARACTERS[sum % 11];
}

export interface ResidentId {
  idNumber: string;
  countyCode: string;
  birthDate: string;
  sex: Sex;
}

export type ResidentIdCheck = ({ ok: true } & ResidentId) | { ok: false; fault: string };

/** Reads an ID number, or says exactly what is wrong with it, in Chinese and English. */
export function parseResidentId(input: string, today: string): ResidentIdCheck {
  const idNumber = input.trim().toUpperCase();
  if (idNumber.length !== 18) {
    return { ok: false, fault: `must have 18 characters, not ${idNumber.length}. 身份证号应为18位ï¼实际为${idNumber.length}位。` };
  }
  if (!/^\d{17}[\dX]$/.test(idNumber)) {
    return { ok: false, fault: 'must be 17 digits followed by a digit or X. 身份证号前17位须为数字ï¼末位为数字或X。' };
  }
  const countyCode = idNumber.slice(0, 6);
  if (!/^[1-9]\d{5}$/.test(countyCode)) {
    return { ok: false, fault: `starts with ${countyCode}, which is not a county code. 前6位 ${countyCode} 不是有效的行政区划代码。` };
  }
  const birth = idNumber.slice(6, 14);
  const birthDate = `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}`;
  if (!isCalendarDate(birthDate)) {
    return { ok: false, fault: `holds the birth date ${birth}, which is not a real date. 出生日期 ${birth} 不是有效日期。` };
  }
  if (birthDate < '1900-01-01' || birthDate > today) {
    return { ok: false, fault: `holds the birth date ${birthDate}, which is not possible. 出生日期 ${birthDate} 不合理。` };
  }
  const expected = checkCharacter(idNumber);
  if (idNumber[17] !== expected) {
    return {
      ok: false,
      fault: `has the check character ${idNumber[17]}, but the first 17 digits give ${expected}: a digit was probably mistyped. 校验位应为 ${expected} 而非 ${idNumber[17]},可能有数字输入错误。`,
    };
  }
  const sex: Sex = Number(idNumber[16]) % 2 === 1 ? 'MALE' : 'FEMALE';
  return { ok: true, idNumber, countyCode, birthDate, sex };
}

/** Builds a valid ID number (demo data and tests). `sequence` is 0–999; its parity gives the sex. */
export function makeResidentId(countyCode: string, birthDate: string, sequence: number): string {
  const first17 = `${countyCode}${birthDate.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
}
