/**
 * Spaces, dashes, dots, slashes and brackets people type inside a phone number; 00 becomes +,
 * and the "(0)" written after a country code ("+31 (0)6 …") is dropped, as it is never dialled.
 */
export function normalisePhoneNumber(value: string): string {
  const withoutTrunkZero = value.trim().replace(/^((?:\+|00)\d{1,3})\s*\(0\)/, '$1');
  const compact = withoutTrunkZero.replace(/[\s\-.()/]/g, '');
  return compact.startsWith('00') ? `+${compact.slice(2)}` : compact;
}

/**
 * Dutch numbers: ten digits starting with 0 (06 mobile, area codes), or +31 without the 0;
 * 0800 and 0900/0906/0909 service numbers of 8 to 11 digits. Other countries: + and 8–15 digits (E.164).
 */
export function isValidPhoneNumber(value: string): boolean {
  const number = normalisePhoneNumber(value);
  if (/^0[1-9]\d{8}$/.test(number)) return true;
  if (/^0(?:800|90[069])\d{4,7}$/.test(number)) return true;
  if (number.startsWith('+31')) return /^\+31[1-9]\d{8}$/.test(number);
  return /^\+[1-9]\d{7,14}$/.test(number);
}
