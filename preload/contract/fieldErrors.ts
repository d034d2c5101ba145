import type { z } from 'zod';

/** Input field name → Dutch message: what main sends in `error.fields` and forms show. */
export type FieldErrors = Record<string, string>;

/** The first message per field, so main's answer and the form's own check read alike. */
export function fieldErrorsFrom(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.join('.') || '_';
    fields[field] ??= issue.message;
  }
  return fields;
}
