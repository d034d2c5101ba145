import { z } from 'zod';
import { idSchema } from './accounts';
import { defineCall } from './defineCall';
import type { Outcome } from './meldcode';

/**
 * The social map (sociale kaart, domain.md §2): whom the organisation calls. National numbers
 * ship as defaults; the administrator fills in the regional ones and may add contacts.
 */

export const socialMapKinds = [
  'emergency',
  'veiligThuis',
  'meldMisdaadAnoniem',
  'policeNonEmergency',
  'policeAvim',
  'zorgcoordinator',
  'communityOfficer',
  'missingPersons',
  'traffickingLawyer',
  'comensha',
  'sexualViolenceCentre',
  'other',
] as const;
export type SocialMapKind = (typeof socialMapKinds)[number];
export const socialMapKindLabels: Record<SocialMapKind, string> = {
  emergency: 'Spoed (politie, ambulance, brandweer)',
  veiligThuis: 'Veilig Thuis',
  meldMisdaadAnoniem: 'Meld Misdaad Anoniem',
  policeNonEmergency: 'Politie, geen spoed',
  policeAvim: 'Politie, team mensenhandel (AVIM)',
  zorgcoordinator: 'Zorgcoördinator mensenhandel (regio)',
  communityOfficer: 'Wijkagent',
  missingPersons: 'Contact vermissingen',
  traffickingLawyer: 'Advocaat mensenhandel',
  comensha: 'CoMensha',
  sexualViolenceCentre: 'Centrum Seksueel Geweld',
  other: 'Anders',
};

/** Which contacts a decision's outcome shows beside it. */
export const outcomeContactKinds: Partial<Record<Outcome, SocialMapKind[]>> = {
  'call-112': ['emergency'],
  'report-veilig-thuis': ['veiligThuis'],
  'report-police-avim': ['policeAvim', 'policeNonEmergency'],
  'report-meld-misdaad-anoniem': ['meldMisdaadAnoniem'],
  'own-help': ['zorgcoordinator'],
  'seek-consent': ['zorgcoordinator'],
};

/** A phone number as people write it: digits with spaces, dashes or a leading +, including short ones like 112. */
const phoneSchema = z
  .string()
  .trim()
  .max(30, 'Een telefoonnummer is hooguit 30 tekens.')
  .refine((value) => value === '' || /^\+?[0-9][0-9 -]*[0-9]$|^[0-9]{3}$/.test(value), 'Vul een telefoonnummer in met alleen cijfers, spaties of streepjes, bijvoorbeeld 0800-2000.');

export const socialMapEntrySchema = z.object({
  id: z.string(),
  kind: z.enum(socialMapKinds),
  name: z.string(),
  phone: z.string(),
  /** Opening hours, website, region: whatever helps the worker at the phone. */
  note: z.string(),
  /** Shipped defaults can be edited but not removed. */
  shipped: z.boolean(),
  changedAt: z.string(),
  changedByName: z.string().nullable(),
});
export type SocialMapEntry = z.output<typeof socialMapEntrySchema>;

const entryFields = {
  kind: z.enum(socialMapKinds, 'Kies wat voor contact het is.'),
  name: z.string().trim().min(2, 'Vul een naam in van minstens 2 tekens.').max(120, 'De naam is hooguit 120 tekens.'),
  phone: phoneSchema,
  note: z.string().trim().max(500, 'De toelichting is hooguit 500 tekens.').default(''),
};
/** The numbers a decision's outcome sends the worker to: such a contact is useless without one. */
export const phoneRequiredKinds: readonly SocialMapKind[] = ['emergency', 'veiligThuis', 'meldMisdaadAnoniem'];

export const saveSocialMapEntrySchema = z
  .discriminatedUnion('mode', [
    z.object({ mode: z.literal('add'), ...entryFields }),
    /** `basedOnChangedAt`: another edit in between is a CONFLICT. A shipped entry keeps its kind (main checks). */
    z.object({ mode: z.literal('edit'), id: idSchema, basedOnChangedAt: z.string(), ...entryFields }),
  ])
  .refine((entry) => entry.phone !== '' || !phoneRequiredKinds.includes(entry.kind), {
    message: 'Vul het telefoonnummer in: dit nummer wijst de app aan bij een besluit.',
    path: ['phone'],
  });
export type SaveSocialMapEntry = z.output<typeof saveSocialMapEntrySchema>;
export type SaveSocialMapEntryInput = z.input<typeof saveSocialMapEntrySchema>;

export const socialMapCalls = {
  /** Every user: the numbers to call are needed at every desk. */
  list: defineCall(z.undefined(), z.array(socialMapEntrySchema)),
  /** Administrator. */
  save: defineCall(saveSocialMapEntrySchema, socialMapEntrySchema),
  /** Administrator; shipped defaults cannot be removed. */
  remove: defineCall(z.object({ id: idSchema }), z.array(socialMapEntrySchema)),
};
