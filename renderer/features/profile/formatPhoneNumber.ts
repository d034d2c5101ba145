/** A stored number ("0612345678") as people read it aloud; other numbers as they were stored. */
export function formatPhoneNumber(stored: string): string {
  if (/^06\d{8}$/.test(stored)) return `06 ${stored.slice(2, 6)} ${stored.slice(6)}`;
  if (/^\+316\d{8}$/.test(stored)) return `+31 6 ${stored.slice(4, 8)} ${stored.slice(8)}`;
  return stored;
}
