import { z } from 'zod';
import { defineCall } from './defineCall';
import { isoDateSchema } from './isoDate';

const nameSchema = (label: string) =>
  z
    .string()
    .trim()
    .min(1, `Vul de ${label} in.`)
    .max(100, `De ${label} is hooguit 100 tekens.`);

/**
 * Care in the Netherlands reaches up to 23 (extended youth care); older or future birth dates
 * are typing errors. The clock is read here because this is input validation at the boundary,
 * not a domain rule.
 */
const dateOfBirthSchema = isoDateSchema.refine((value) => {
  const today = new Date().toISOString().slice(0, 10);
  return value <= today;
}, 'Een geboortedatum kan niet in de toekomst liggen.').refine((value) => {
  const oldest = new Date();
  oldest.setUTCFullYear(oldest.getUTCFullYear() - 30);
  return value >= oldest.toISOString().slice(0, 10);
}, 'Controleer het geboortejaar: deze jongere zou ouder dan 30 zijn.');

export const newYouthSchema = z.object({
  firstName: nameSchema('voornaam'),
  lastName: nameSchema('achternaam'),
  dateOfBirth: dateOfBirthSchema,
  location: z
    .string()
    .trim()
    .min(1, 'Vul de locatie of groep in.')
    .max(100, 'De naam van de locatie of groep is hooguit 100 tekens.'),
});
export type NewYouth = z.infer<typeof newYouthSchema>;

export const youthSchema = z.object({
  id: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  dateOfBirth: z.string(),
  locationId: z.string(),
  locationName: z.string(),
  createdAt: z.string(),
});
export type Youth = z.infer<typeof youthSchema>;

export const locationSchema = z.object({ id: z.string(), name: z.string() });
export type Location = z.infer<typeof locationSchema>;

export const youthCalls = {
  list: defineCall(z.undefined(), z.array(youthSchema)),
  create: defineCall(newYouthSchema, youthSchema),
};

export const locationCalls = {
  list: defineCall(z.undefined(), z.array(locationSchema)),
};
