/** "1234ab", "1234 AB" → "1234 AB". */
export function normalisePostcode(value: string): string {
  const compact = value.replace(/\s/g, '').toUpperCase();
  return compact.length === 6 ? `${compact.slice(0, 4)} ${compact.slice(4)}` : value.trim();
}

/** Dutch postcodes: four digits not starting with 0, two letters; SA, SD and SS are never issued. */
export function isValidPostcode(value: string): boolean {
  return /^[1-9]\d{3} (?!SA|SD|SS)[A-Z]{2}$/.test(normalisePostcode(value));
}
