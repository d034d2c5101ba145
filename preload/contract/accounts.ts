import { z } from 'zod';
import { defineCall } from './defineCall';
import { isValidPhoneNumber, normalisePhoneNumber } from './rules/phoneNumber';
import { locationBoundRoles, passwordContainsName, passwordContainsNameMessage, passwordSchema, roles } from './session';

export const idSchema = z.string().trim().min(1, 'Kies een item.').max(64);

export const accountSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(roles),
  locationIds: z.array(z.string()),
  createdAt: z.string(),
  disabledAt: z.string().nullable(),
  mustChangePassword: z.boolean(),
});
export type Account = z.infer<typeof accountSchema>;

const locationIdsSchema = z.array(idSchema).max(100);

function needsLocations(input: { role: (typeof roles)[number]; locationIds: string[] }): boolean {
  return !locationBoundRoles.includes(input.role) || input.locationIds.length > 0;
}
const needsLocationsMessage = { message: 'Kies minstens één locatie: deze rol ziet alleen jongeren van de eigen locaties.', path: ['locationIds'] };

export const newAccountSchema = z
  .object({
    name: z.string().trim().min(2, 'Vul een gebruikersnaam in van minstens 2 tekens.').max(60, 'Een gebruikersnaam is hooguit 60 tekens.'),
    role: z.enum(roles, 'Kies een rol.'),
    locationIds: locationIdsSchema,
    /** A first password the user must change at the first login. */
    password: passwordSchema,
  })
  .refine(needsLocations, needsLocationsMessage)
  .refine((input) => !passwordContainsName(input.password, input.name), { message: passwordContainsNameMessage, path: ['password'] });
export type NewAccount = z.infer<typeof newAccountSchema>;

export const accountUpdateSchema = z
  .object({ id: idSchema, role: z.enum(roles, 'Kies een rol.'), locationIds: locationIdsSchema })
  .refine(needsLocations, needsLocationsMessage);
export type AccountUpdate = z.infer<typeof accountUpdateSchema>;

export const passwordResetSchema = z.object({ id: idSchema, password: passwordSchema });
export type PasswordReset = z.infer<typeof passwordResetSchema>;

export const newLocationSchema = z.object({
  name: z.string().trim().min(1, 'Vul de naam van de locatie of groep in.').max(100, 'De naam van de locatie of groep is hooguit 100 tekens.'),
});

/** 'reports': every decision that reports (the default); 'all': every decision; 'none': no countersignature. */
export const countersignPolicies = ['reports', 'all', 'none'] as const;
export type CountersignPolicy = (typeof countersignPolicies)[number];
export const countersignPolicyLabels: Record<CountersignPolicy, string> = {
  reports: 'Elk besluit om te melden',
  all: 'Elk besluit in stap 5',
  none: 'Geen',
};

export const settingsSchema = z.object({
  idleLockMinutes: z.number().int().min(1, 'Kies minstens 1 minuut.').max(60, 'Kies hooguit 60 minuten.'),
  emergencyAccessHours: z.number().int().min(1, 'Kies minstens 1 uur.').max(12, 'Kies hooguit 12 uur (één dienst).'),
  /** After discovery, how long before the episode screen prompts the next step (telling the police). */
  missingEscalationMinutes: z.number().int().min(5, 'Kies minstens 5 minuten.').max(240, 'Kies hooguit 240 minuten (4 uur).'),
  /** After the return, the deadline for the return conversation. */
  returnConversationHours: z.number().int().min(12, 'Kies minstens 12 uur.').max(336, 'Kies hooguit 336 uur (2 weken).'),
  /** The facility's 24/7 contact the police can call back, printed on the packet. */
  onCallName: z.string().trim().max(120, 'De naam is hooguit 120 tekens.'),
  onCallPhone: z.string().trim().refine((value) => value === '' || isValidPhoneNumber(value), 'Vul een geldig telefoonnummer in, bijvoorbeeld 030 123 45 67.').transform((value) => (value === '' ? '' : normalisePhoneNumber(value))),
  /** A meldcode case without any new entry for this long shows on the start screen. */
  meldcodeIdleDays: z.number().int().min(1, 'Kies minstens 1 dag.').max(90, 'Kies hooguit 90 dagen.'),
  /** Which confirmed step-5 decisions a team lead or the aandachtsfunctionaris countersigns. */
  countersignDecisions: z.enum(countersignPolicies, 'Kies welke besluiten een tweede handtekening nodig hebben.'),
});
export type Settings = z.output<typeof settingsSchema>;

export const defaultSettings: Settings = {
  idleLockMinutes: 5,
  emergencyAccessHours: 8,
  missingEscalationMinutes: 30,
  returnConversationHours: 72,
  onCallName: '',
  onCallPhone: '',
  meldcodeIdleDays: 14,
  countersignDecisions: 'reports',
};

/** Administrator only. */
export const accountCalls = {
  list: defineCall(z.undefined(), z.array(accountSchema)),
  create: defineCall(newAccountSchema, accountSchema),
  update: defineCall(accountUpdateSchema, accountSchema),
  /** Removes the user's key slot: the account can no longer open the database. */
  disable: defineCall(z.object({ id: idSchema }), accountSchema),
  /** A new first password (also re-enables a disabled account); the user must change it. */
  resetPassword: defineCall(passwordResetSchema, accountSchema),
  /** Replaces the recovery key; the old one stops working. Shown once. */
  newRecoveryKey: defineCall(z.undefined(), z.object({ recoveryKey: z.string() })),
};

export const settingsCalls = {
  get: defineCall(z.undefined(), settingsSchema),
  update: defineCall(settingsSchema, settingsSchema),
};
