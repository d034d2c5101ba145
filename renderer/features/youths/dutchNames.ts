const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/**
 * Prefixes (tussenvoegsels) that Dutch lists skip when sorting by surname: "van den Berg"
 * belongs under B. The contract keeps them in the last name, so they are skipped here.
 */
const surnamePrefix = /^(?:(?:van|von|de|der|den|het|ter|ten|te|in|op|'t|’t)\s+)+/i;

export function surnameSortKey(lastName: string): string {
  const trimmed = lastName.trim();
  const core = trimmed.replace(surnamePrefix, '');
  return core === '' ? trimmed : `${core} ${trimmed}`;
}

export function compareDutch(a: string, b: string): number {
  return collator.compare(a, b);
}

function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase('nl');
}

/** Every word typed must occur in one of the names (first, last, roepnaam); "Zoë" is found by "zoe". */
export function nameMatches(names: readonly string[], query: string): boolean {
  const haystack = foldForSearch(names.join(' '));
  return foldForSearch(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
