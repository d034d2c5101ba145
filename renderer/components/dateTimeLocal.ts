/**
 * An <input type="datetime-local"> holds the PC's wall-clock time without a zone ("2026-11-23T19:48");
 * the contract takes an ISO instant. Forms keep the input's own text and convert only when saving.
 */

const pad = (value: number) => String(value).padStart(2, '0');

/** A stored instant as the input shows it, on this PC's clock; '' for no time or an unreadable one. */
export function toDateTimeLocal(iso: string): string {
  const date = new Date(iso);
  if (iso === '' || Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * The input's text as the instant to send: '' stays '' (not filled in); text that is no time is
 * sent as it is, so the contract's own message ("Vul een geldige datum en tijd in.") explains it.
 */
export function fromDateTimeLocal(local: string): string {
  if (local === '') return '';
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? local : date.toISOString();
}

/** This minute, for a field that starts at "now". */
export function nowDateTimeLocal(now: Date = new Date()): string {
  return toDateTimeLocal(now.toISOString());
}
