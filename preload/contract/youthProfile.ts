import { z } from 'zod';
import { isoDateSchema, localTodayIso } from './isoDate';
import { hasBsnFormat, isValidBsn, normaliseBsn } from './rules/bsn';
import { isValidPhoneNumber, normalisePhoneNumber } from './rules/phoneNumber';
import { isValidPostcode, normalisePostcode } from './rules/postcode';

/**
 * Everything in a youth's file beyond the name, birth date and location (domain.md §2). It is
 * edited as one form and stored as one validated document; the packet for the police reads it.
 */

const text = (max: number, label: string) => z.string().trim().max(max, `${label} is hooguit ${max} tekens.`);
const shortText = (label: string) => text(200, label).default('');
const longText = (label: string) => text(4000, label).default('');

/** A real date that is not in the future (on this PC's calendar, as the user sees it). */
export const pastOrTodayDateSchema = isoDateSchema.refine((value) => value <= localTodayIso(), 'Deze datum kan niet in de toekomst liggen.');
/** Optional, so empty is allowed; when filled, a real date that is not in the future. */
const optionalPastDate = z.union([z.literal(''), pastOrTodayDateSchema]).default('');

export const bsnSchema = z
  .string()
  .trim()
  .transform(normaliseBsn)
  .refine((value) => value === '' || hasBsnFormat(value), { message: 'Een BSN bestaat uit negen cijfers.', abort: true })
  .refine((value) => value === '' || isValidBsn(value), 'Dit BSN bestaat niet: de controle (elfproef) klopt niet. Controleer de negen cijfers.');

const phoneNumberMessage = 'Vul een geldig telefoonnummer in, bijvoorbeeld 06 12345678 of +32 470 12 34 56.';
export const phoneNumberSchema = z
  .string()
  .trim()
  .min(1, { message: 'Vul het telefoonnummer in.', abort: true })
  .refine(isValidPhoneNumber, phoneNumberMessage)
  .transform(normalisePhoneNumber);
// Not a union with '': a union that fails reports a generic message instead of this one.
const optionalPhoneNumber = z
  .string()
  .trim()
  .refine((value) => value === '' || isValidPhoneNumber(value), phoneNumberMessage)
  .transform((value) => (value === '' ? '' : normalisePhoneNumber(value)))
  .default('');

const emailFormat = z.email();
const optionalEmail = z
  .string()
  .trim()
  .refine((value) => value === '' || emailFormat.safeParse(value).success, 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.')
  .default('');

export const postcodeSchema = z
  .string()
  .trim()
  .refine((value) => value === '' || isValidPostcode(value), 'Vul een Nederlandse postcode in, bijvoorbeeld 1234 AB.')
  .transform((value) => (value === '' ? '' : normalisePostcode(value)))
  .default('');

export const genders = ['female', 'male', 'other', 'unknown'] as const;
export const genderLabels: Record<(typeof genders)[number], string> = { female: 'Meisje / vrouw', male: 'Jongen / man', other: 'Anders', unknown: 'Onbekend' };

export const legalFrameworks = ['voluntary', 'ots', 'guardianship', 'closedCare', 'other'] as const;
export type LegalFramework = (typeof legalFrameworks)[number];
export const legalFrameworkLabels: Record<LegalFramework, string> = {
  voluntary: 'Vrijwillig',
  ots: 'Ondertoezichtstelling (OTS)',
  guardianship: 'Voogdij',
  closedCare: 'Machtiging gesloten jeugdhulp',
  other: 'Anders',
};

export const speaksDutchValues = ['yes', 'limited', 'no'] as const;
export const speaksDutchLabels: Record<(typeof speaksDutchValues)[number], string> = { yes: 'Ja', limited: 'Een beetje', no: 'Nee' };
export const lvbValues = ['none', 'suspected', 'confirmed'] as const;
export const lvbLabels: Record<(typeof lvbValues)[number], string> = { none: 'Nee', suspected: 'Vermoeden', confirmed: 'Vastgesteld' };
export const idDocumentStatuses = ['unknown', 'withYouth', 'keptByFacility', 'withParents', 'missing', 'none'] as const;
export const idDocumentLabels: Record<(typeof idDocumentStatuses)[number], string> = {
  unknown: 'Onbekend',
  withYouth: 'De jongere heeft het zelf',
  keptByFacility: 'Bewaard door de instelling',
  withParents: 'Bij ouders of voogd',
  missing: 'Kwijt of ingenomen door een ander',
  none: 'Heeft geen identiteitsbewijs',
};

export const contactRoles = ['parent', 'carer', 'guardian', 'mentor', 'other'] as const;
export const contactRoleLabels: Record<(typeof contactRoles)[number], string> = {
  parent: 'Ouder',
  carer: 'Verzorger',
  guardian: 'Gezinsvoogd / voogd',
  mentor: 'Mentor',
  other: 'Anders',
};

export const contactSchema = z.object({
  role: z.enum(contactRoles, 'Kies de rol van dit contact.'),
  name: text(120, 'De naam').min(1, 'Vul de naam van het contact in.'),
  organisation: shortText('De organisatie'),
  phone: optionalPhoneNumber,
  email: optionalEmail,
  address: shortText('Het adres'),
  postcode: postcodeSchema,
  city: shortText('De plaats'),
  note: longText('De notitie'),
});

export const markKinds = ['scar', 'tattoo', 'piercing', 'birthmark', 'other'] as const;
export const markKindLabels: Record<(typeof markKinds)[number], string> = {
  scar: 'Litteken',
  tattoo: 'Tatoeage',
  piercing: 'Piercing',
  birthmark: 'Moedervlek',
  other: 'Anders',
};
export const distinguishingMarkSchema = z.object({
  kind: z.enum(markKinds, 'Kies het soort kenmerk.'),
  bodyPart: text(120, 'De plek op het lichaam').min(1, 'Vul in waar op het lichaam het kenmerk zit.'),
  description: longText('De beschrijving'),
});

export const youthPhoneSchema = z.object({
  number: phoneNumberSchema,
  handset: shortText('Het toestel'),
  provider: shortText('De provider'),
  billPayer: shortText('Wie betaalt'),
  note: longText('De notitie'),
});

export const socialMediaAccountSchema = z.object({
  platform: text(60, 'Het platform').min(1, 'Vul het platform in, bijvoorbeeld Snapchat.'),
  handle: text(120, 'De accountnaam').min(1, 'Vul de accountnaam in (nooit een wachtwoord).'),
  note: longText('De notitie'),
});

export const medicationSchema = z.object({
  name: text(120, 'Het medicijn').min(1, 'Vul de naam van het medicijn in.'),
  dose: shortText('De dosering'),
  note: longText('De notitie'),
});

const wholeCentimetres = 'Vul de lengte in hele centimeters in.';
/** null while unknown; nullable rather than a union, so a wrong number keeps its own message. */
const heightCmSchema = z
  .number(wholeCentimetres)
  .int(wholeCentimetres)
  .min(80, 'Vul de lengte in centimeters in (minstens 80).')
  .max(230, 'Vul de lengte in centimeters in (hooguit 230).')
  .nullable()
  .default(null);

const flagWithNote = z.object({ present: z.boolean().default(false), note: longText('De toelichting') }).default({ present: false, note: '' });

const placementFields = {
  legalFramework: z.enum(legalFrameworks, 'Kies het juridisch kader.').default('voluntary'),
  legalNote: longText('De toelichting'),
};
const emptyPlacement = { startDate: '', legalFramework: 'voluntary', legalNote: '' } as const;

export const youthProfileSchema = z.object({
  identity: z
    .object({
      gender: z.enum(genders).default('unknown'),
      bsn: bsnSchema.default(''),
      nationality: shortText('De nationaliteit'),
      languages: shortText('De talen'),
      speaksDutch: z.enum(speaksDutchValues).default('yes'),
    })
    .default({ gender: 'unknown', bsn: '', nationality: '', languages: '', speaksDutch: 'yes' }),
  placement: z.object({ startDate: optionalPastDate, ...placementFields }).default(emptyPlacement),
  contacts: z.array(contactSchema).max(30).default([]),
  vulnerabilities: z
    .object({
      lvb: z.enum(lvbValues).default('none'),
      lvbNote: longText('De toelichting'),
      psychiatric: flagWithNote,
      addiction: flagWithNote,
      suicideRisk: flagWithNote,
      other: longText('Overige kwetsbaarheden'),
    })
    .default({ lvb: 'none', lvbNote: '', psychiatric: { present: false, note: '' }, addiction: { present: false, note: '' }, suicideRisk: { present: false, note: '' }, other: '' }),
  medical: z
    .object({ needs: longText('Medische bijzonderheden'), medications: z.array(medicationSchema).max(30).default([]) })
    .default({ needs: '', medications: [] }),
  description: z
    .object({
      heightCm: heightCmSchema,
      build: shortText('Het postuur'),
      hairColour: shortText('De haarkleur'),
      hairStyle: shortText('Het kapsel'),
      eyeColour: shortText('De oogkleur'),
      skinTone: shortText('De huidskleur'),
      glasses: z.boolean().default(false),
      other: longText('Overige kenmerken'),
    })
    .default({ heightCm: null, build: '', hairColour: '', hairStyle: '', eyeColour: '', skinTone: '', glasses: false, other: '' }),
  marks: z.array(distinguishingMarkSchema).max(50).default([]),
  phones: z.array(youthPhoneSchema).max(10).default([]),
  socialMedia: z.array(socialMediaAccountSchema).max(30).default([]),
  belongings: z
    .object({
      idDocument: z.enum(idDocumentStatuses).default('unknown'),
      idDocumentNote: longText('De toelichting'),
      bankCards: longText('Bankpassen'),
      transportPasses: longText('Ov-kaarten en abonnementen'),
    })
    .default({ idDocument: 'unknown', idDocumentNote: '', bankCards: '', transportPasses: '' }),
});

/**
 * How a stored profile is read: missing fields get their defaults, but a start date is never
 * refused because this PC's clock now says it lies ahead (a clock set back would otherwise make
 * the file impossible to open).
 */
export const storedYouthProfileSchema = youthProfileSchema.extend({
  placement: z.object({ startDate: z.string().default(''), ...placementFields }).default(emptyPlacement),
});

export type YouthProfile = z.output<typeof youthProfileSchema>;
export type YouthProfileSection = keyof YouthProfile;

/** The profile's sections as the file shows them; the access log names changed sections by these. */
export const youthProfileSectionLabels: Record<YouthProfileSection, string> = {
  identity: 'Identiteit',
  placement: 'Plaatsing en juridisch kader',
  contacts: 'Contacten',
  vulnerabilities: 'Kwetsbaarheden',
  medical: 'Medisch en medicatie',
  description: 'Signalement',
  marks: 'Uiterlijke kenmerken',
  phones: 'Telefoonnummers',
  socialMedia: 'Sociale media',
  belongings: 'Identiteitsbewijs en passen',
};
export type YouthProfileInput = z.input<typeof youthProfileSchema>;

/** A new youth's profile: every field empty or at its default. */
export function emptyYouthProfile(): YouthProfile {
  return youthProfileSchema.parse({});
}
