/** Spaces, dots and dashes people type inside a BSN ("123.456.782", "123-45-6782"). */
export function normaliseBsn(value: string): string {
  return value.replace(/[\s.-]/g, '');
}

/** Nine digits, the only form a BSN is issued in (older 8-digit numbers are written with a leading 0). */
export function hasBsnFormat(value: string): boolean {
  return /^\d{9}$/.test(normaliseBsn(value));
}

/**
 * The BSN "elfproef": nine digits d1…d9 with 9·d1 + 8·d2 + … + 2·d8 − 1·d9 divisible by 11.
 * An all-zero number passes the sum but is never issued.
 */
export function isValidBsn(value: string): boolean {
  const digits = normaliseBsn(value);
  if (!hasBsnFormat(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}
