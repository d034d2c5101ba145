const dateTime = new Intl.DateTimeFormat('nl-NL', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const time = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit' });

/** An ISO timestamp as Dutch staff read it, on this PC's clock: "23-11-2026 19:48". */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date).replace(',', '');
}

/** Only the time ("19:48"), for moments later today. */
export function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : time.format(date);
}

/** "vandaag om 19:48" or "24-11-2026 03:48": how the end of a time-limited access reads best. */
export function formatMoment(iso: string, now: Date = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const sameDay = date.toDateString() === now.toDateString();
  return sameDay ? `vandaag om ${formatTime(iso)}` : formatDateTime(iso);
}
