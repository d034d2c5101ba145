import { z } from 'zod';
import { idSchema, newLocationSchema } from './accounts';
import { defineCall } from './defineCall';
import { isoDateSchema, localTodayIso } from './isoDate';
import { networkSchema } from './network';
import { photoSummarySchema } from './photos';
import { safetyPlanVersionSchema } from './safetyPlan';
import { storedYouthProfileSchema, youthProfileSchema, youthProfileSectionLabels, type YouthProfileSection } from './youthProfile';

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
const dateOfBirthSchema = isoDateSchema
  .refine((value) => value <= localTodayIso(), 'Een geboortedatum kan niet in de toekomst liggen.')
  .refine((value) => {
    const oldest = new Date();
    oldest.setFullYear(oldest.getFullYear() - 30);
    return value >= localTodayIso(oldest);
  }, 'Controleer het geboortejaar: deze jongere zou ouder dan 30 zijn.');

export const newYouthSchema = z.object({
  firstName: nameSchema('voornaam'),
  lastName: nameSchema('achternaam'),
  /** Roepnaam, bijnaam or alias: searched like the name. */
  alias: z.string().trim().max(100, 'De roepnaam of bijnaam is hooguit 100 tekens.').default(''),
  dateOfBirth: dateOfBirthSchema,
  locationId: z.string().trim().min(1, 'Kies de locatie of groep.').max(64),
  /** Left out when a youth is first added; filled in the file. */
  profile: youthProfileSchema.optional(),
});
export type NewYouth = z.output<typeof newYouthSchema>;

export const youthUpdateSchema = newYouthSchema.extend({
  id: idSchema,
  profile: youthProfileSchema,
  /**
   * The `updatedAt` of the youth the form started from. Main refuses the save (CONFLICT) when a
   * colleague saved in between, so their changes are never overwritten unseen.
   */
  basedOnUpdatedAt: z.string(),
  /**
   * Set only after the user confirmed it: the stored profile has sections this version could not
   * read (the file's `unreadable`), and this save replaces them. Without it main refuses (CONFLICT).
   */
  replaceUnreadable: z.boolean().default(false),
});
export type YouthUpdate = z.output<typeof youthUpdateSchema>;

export const youthSchema = z.object({
  id: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  alias: z.string(),
  dateOfBirth: z.string(),
  locationId: z.string(),
  locationName: z.string(),
  createdAt: z.string(),
  /** Changes with every save of the basic data or profile: a save names the one it started from. */
  updatedAt: z.string(),
});
export type Youth = z.infer<typeof youthSchema>;

export const locationSchema = z.object({ id: z.string(), name: z.string() });
export type Location = z.infer<typeof locationSchema>;

/** Why the user may see this youth: their own location, their role, or emergency access. */
export const youthAccessSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('location') }),
  z.object({ kind: z.literal('allYouths') }),
  z.object({ kind: z.literal('emergency'), reason: z.string(), expiresAt: z.string() }),
]);
export type YouthAccess = z.infer<typeof youthAccessSchema>;

/** Everything the file shows on opening, read in one logged call (see the bench: < 200 ms). */
export const youthFileSchema = z.object({
  youth: youthSchema,
  access: youthAccessSchema,
  /** As stored: a value a later rule refuses is still shown (safetyPlan and network likewise). */
  profile: storedYouthProfileSchema,
  /** Portraits newest first, then mark photos; thumbnails only. */
  photos: z.array(photoSummarySchema),
  /** The current (newest) safety plan version, or null before the first one is saved. */
  safetyPlan: safetyPlanVersionSchema.nullable(),
  network: networkSchema,
  /**
   * The parts stored in a shape this version cannot read, shown with their defaults instead:
   * profile sections as 'profile.contacts' (see unreadableProfileKey), and 'safetyPlan' when the
   * current plan's content fell back. Empty when everything read.
   */
  unreadable: z.array(z.string()),
});
export type YouthFile = z.infer<typeof youthFileSchema>;

/** At the confirmation a save needs before it replaces stored data that could not be read (profile or network entity). */
export const confirmReplaceUnreadableMessage =
  'Vink eerst aan dat de onleesbare onderdelen vervangen mogen worden. Twijfel je, vraag dan eerst de beheerder of de aandachtsfunctionaris.';

/** How `unreadable` names a profile section. */
export const unreadableProfileKey = (section: YouthProfileSection) => `profile.${section}`;

/** "Contacten, Medisch en medicatie": sections named as the file heads them. */
export const profileSectionNames = (sections: readonly YouthProfileSection[]) => sections.map((section) => youthProfileSectionLabels[section]).join(', ');

/** The profile sections among a file's unreadable parts, in the profile's own order. */
export function unreadableProfileSections(unreadable: readonly string[]): YouthProfileSection[] {
  return (Object.keys(youthProfileSectionLabels) as YouthProfileSection[]).filter((section) => unreadable.includes(unreadableProfileKey(section)));
}

export const youthCalls = {
  /** The youths the user may see (need to know); the look at the list is logged. */
  list: defineCall(z.undefined(), z.array(youthSchema)),
  /** Opens one youth's file; logged as a read. */
  open: defineCall(z.object({ id: idSchema }), youthFileSchema),
  create: defineCall(newYouthSchema, youthSchema),
  update: defineCall(youthUpdateSchema, youthSchema),
};

export const locationCalls = {
  /** The locations the user may file youths under (all, for the administrator). */
  list: defineCall(z.undefined(), z.array(locationSchema)),
  /** Administrator only. */
  create: defineCall(newLocationSchema, locationSchema),
};
