import { z } from 'zod';

/** A calendar date as `YYYY-MM-DD` that really exists (no 31 February). */
export function isRealIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Today on this PC's calendar. Main and the renderer run on the same PC; a UTC date would still
 * be yesterday just after midnight in the Netherlands and refuse today's date as "future".
 */
export function localTodayIso(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const isoDateSchema = z
  .string()
  .trim()
  .refine(isRealIsoDate, 'Vul een bestaande datum in (jjjj-mm-dd).');
