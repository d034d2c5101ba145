import type { z } from 'zod';

/** Input field name → Dutch message, the same shape main sends in `error.fields`. */
export type FieldErrors = Record<string, string>;

/** Keeps the first message per field, as main does, so both sides read alike. */
export function fieldErrorsFrom(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.join('.') || '_';
    fields[field] ??= issue.message;
  }
  return fields;
}

/** Moves focus to the first field that has an error, in the form's own order. */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}
