/** Spaces, dashes, dots and brackets people type inside a phone number. */
export function normalisePhoneNumber(value: string): string {
  const compact = value.trim().replace(/[\s\-.()/]/g, '');
  return compact.startsWith('00') ? `+${compact.slice(2)}` : compact;
}

/**
 * Dutch numbers: ten digits starting with 0 (06 mobile, area codes), or +31 without the 0;
 * 0800/0900 service numbers of 8 to 11 digits. Other countries: + and 8–15 digits (E.164).
 */
export function isValidPhoneNumber(value: string): boolean {
  const number = normalisePhoneNumber(value);
  if (/^0[1-9]\d{8}$/.test(number)) return true;
  if (/^0[89]00\d{4,7}$/.test(number)) return true;
  if (number.startsWith('+31')) return /^\+31[1-9]\d{8}$/.test(number);
  return /^\+[1-9]\d{7,14}$/.test(number);
}
