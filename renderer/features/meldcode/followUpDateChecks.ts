import type { FieldErrors } from '../../../preload/contract';

/**
 * The help plan's follow-up dates: each date once, and a date added now is today or later (one
 * already in the saved plan may have passed: it stays, as the plan was made).
 */
export function followUpDateErrors(dates: readonly string[], saved: readonly string[], today: string): FieldErrors {
  const errors: FieldErrors = {};
  dates.forEach((date, index) => {
    if (date === '') return;
    if (dates.indexOf(date) < index) errors[`followUpDates.${index}`] = 'Deze datum staat er al.';
    else if (date < today && !saved.includes(date)) errors[`followUpDates.${index}`] = 'Kies vandaag of een latere datum: een vervolgmoment ligt in de toekomst.';
  });
  return errors;
}
