import { z } from 'zod';
import { idSchema } from './accounts';
import { defineCall } from './defineCall';
import { isoDateSchema } from './isoDate';
import { roles } from './session';

export const emergencyReasonMinLength = 20;
export const emergencySearchMinLength = 2;
export const emergencySearchTooShort = `Typ minstens ${emergencySearchMinLength} letters van de naam.`;

export const emergencyRequestSchema = z.object({
  youthId: idSchema,
  reason: z
    .string()
    .trim()
    .min(emergencyReasonMinLength, `Schrijf in minstens ${emergencyReasonMinLength} tekens waarom je dit dossier nu nodig hebt.`)
    .max(1000, 'De reden is hooguit 1000 tekens.'),
});
export type EmergencyRequest = z.infer<typeof emergencyRequestSchema>;

export const emergencyGrantSchema = z.object({
  id: z.string(),
  youthId: z.string(),
  youthName: z.string(),
  userName: z.string(),
  role: z.enum(roles),
  reason: z.string(),
  grantedAt: z.string(),
  expiresAt: z.string(),
  reviewedAt: z.string().nullable(),
  reviewedBy: z.string().nullable(),
  reviewNote: z.string().nullable(),
});
export type EmergencyGrant = z.infer<typeof emergencyGrantSchema>;

/** Found by name for emergency access: only what is needed to pick the right youth. */
export const emergencyCandidateSchema = z.object({
  id: z.string(),
  name: z.string(),
  birthYear: z.number().int(),
  locationName: z.string(),
});
export type EmergencyCandidate = z.infer<typeof emergencyCandidateSchema>;

export const emergencyCalls = {
  /** Youths outside the user's locations whose name matches; each youth shown is logged. */
  search: defineCall(
    z.object({ query: z.string().trim().min(emergencySearchMinLength, emergencySearchTooShort).max(100) }),
    z.array(emergencyCandidateSchema),
  ),
  request: defineCall(emergencyRequestSchema, emergencyGrantSchema),
  /** The signed-in user's grants that are still running, for the banner. */
  active: defineCall(z.undefined(), z.array(emergencyGrantSchema)),
  /** For the aandachtsfunctionaris: grants not yet reviewed. */
  toReview: defineCall(z.undefined(), z.array(emergencyGrantSchema)),
  review: defineCall(
    z.object({ id: idSchema, note: z.string().trim().min(1, 'Schrijf kort je bevinding op.').max(1000) }),
    emergencyGrantSchema,
  ),
};

export const accessActions = [
  'read',
  'create',
  'change',
  'delete',
  'export',
  'print',
  'login',
  'loginFailed',
  'lockout',
  'lock',
  'recovery',
  'emergencyAccess',
  'review',
  'refused',
] as const;
export type AccessAction = (typeof accessActions)[number];

export const accessActionLabels: Record<AccessAction, string> = {
  read: 'Ingezien',
  create: 'Aangemaakt',
  change: 'Gewijzigd',
  delete: 'Verwijderd',
  export: 'Geëxporteerd',
  print: 'Afgedrukt',
  login: 'Ingelogd',
  loginFailed: 'Inloggen mislukt',
  lockout: 'Account geblokkeerd',
  lock: 'Vergrendeld',
  recovery: 'Herstelsleutel gebruikt',
  emergencyAccess: 'Noodtoegang',
  review: 'Noodtoegang beoordeeld',
  refused: 'Toegang geweigerd',
};

export const accessObjects = [
  'youth',
  'youthList',
  'account',
  'location',
  'settings',
  'accessLog',
  'recoveryKey',
  'password',
  'session',
  'emergencyAccess',
  'youthProfile',
  'photo',
  'safetyPlan',
  'network',
  'networkEntity',
  'networkLink',
  'networkImage',
  'attentionList',
  'missingEpisode',
  'missingPacket',
  'signal',
  'signalCatalogue',
  'meldcodeCase',
  'socialMap',
  'backup',
  'disclosureRegister',
] as const;
export type AccessObject = (typeof accessObjects)[number];

export const accessObjectLabels: Record<AccessObject, string> = {
  youth: 'Dossier',
  youthList: 'Jongerenlijst',
  account: 'Account',
  location: 'Locatie',
  settings: 'Instellingen',
  accessLog: 'Toegangslog',
  recoveryKey: 'Herstelsleutel',
  password: 'Wachtwoord',
  session: 'Sessie',
  emergencyAccess: 'Noodtoegang',
  youthProfile: 'Dossiergegevens',
  photo: 'Foto',
  safetyPlan: 'Veiligheidsplan',
  network: 'Netwerkanalyse',
  networkEntity: 'Netwerk: persoon, plek of ander punt',
  networkLink: 'Netwerk: verband',
  networkImage: 'Netwerk: afbeelding',
  attentionList: 'Aandachtspunten startscherm',
  missingEpisode: 'Vermissing',
  missingPacket: 'Vermissingsdossier voor de politie',
  signal: 'Signaal',
  signalCatalogue: 'Signalencatalogus',
  meldcodeCase: 'Meldcodetraject',
  socialMap: 'Sociale kaart',
  backup: 'Back-up van de database',
  disclosureRegister: 'Verstrekkingenregister',
};

export const accessLogEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  userName: z.string().nullable(),
  role: z.enum(roles).nullable(),
  action: z.enum(accessActions),
  objectType: z.enum(accessObjects),
  objectId: z.string().nullable(),
  youthId: z.string().nullable(),
  /** The youth's name for the aandachtsfunctionaris; a short reference for the administrator. */
  youthLabel: z.string().nullable(),
  workstation: z.string(),
  reason: z.string().nullable(),
  details: z.string().nullable(),
});
export type AccessLogEntry = z.infer<typeof accessLogEntrySchema>;

export const accessLogFilterSchema = z
  .object({
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    userName: z.string().trim().max(60).optional(),
    action: z.enum(accessActions).optional(),
    youthId: idSchema.optional(),
    limit: z.number().int().min(1).max(1000).default(200),
    offset: z.number().int().min(0).default(0),
    /**
     * Pages after the first pass the first page's `upToSeq`: looking at the log is logged too,
     * and those new entries must not shift the later pages.
     */
    upToSeq: z.number().int().min(0).optional(),
  })
  .refine((filter) => !filter.from || !filter.to || filter.from <= filter.to, {
    message: 'De einddatum ligt vóór de begindatum.',
    path: ['to'],
  });
export type AccessLogFilter = z.input<typeof accessLogFilterSchema>;

export const accessLogPageSchema = z.object({
  entries: z.array(accessLogEntrySchema),
  total: z.number().int(),
  /** The newest entry the paging is fixed at (see the filter's `upToSeq`). */
  upToSeq: z.number().int(),
});
export type AccessLogPage = z.infer<typeof accessLogPageSchema>;

export const accessLogCalls = {
  /** "Wie heeft dit dossier ingezien?" — for the aandachtsfunctionaris. */
  forYouth: defineCall(z.object({ youthId: idSchema }), z.array(accessLogEntrySchema)),
  /** The whole log with filters — for the administrator and the aandachtsfunctionaris. */
  search: defineCall(accessLogFilterSchema, accessLogPageSchema),
  /** The filtered log as CSV (semicolon-separated, for Dutch Excel); the export is logged too. */
  exportCsv: defineCall(accessLogFilterSchema, z.object({ fileName: z.string(), csv: z.string() })),
};
