import type { z } from 'zod';
import { fieldErrorsFrom, type FieldErrors, type NewYouth } from '../../../preload/contract';

/** The basic data as a form holds it; the profile is edited apart. */
export type YouthBasics = Omit<NewYouth, 'profile'>;

/** The contract's messages for the youth fields, with one said the way this form needs it. */
export function youthFieldErrors(error: z.ZodError, values: YouthBasics): FieldErrors {
  const fields = fieldErrorsFrom(error);
  // The date picker leaves the value empty until day, month and year are all filled in,
  // so the contract's "jjjj-mm-dd" hint would only confuse here.
  if (values.dateOfBirth === '' && fields.dateOfBirth) fields.dateOfBirth = 'Vul de volledige geboortedatum in: dag, maand en jaar.';
  return fields;
}
