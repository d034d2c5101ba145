import { z } from 'zod';
import { atMost, checkedOrPlain, limitedText, requiredText } from './documentMode';
import { isoDateSchema, localTodayIso } from './isoDate';
import { hasBsnFormat, isValidBsn, normaliseBsn } from './rules/bsn';
import { isValidPhoneNumber, normalisePhoneNumber } from './rules/phoneNumber';
import { isValidPostcode, normalisePostcode } from './rules/postcode';

/**
 * Everything in a youth's file beyond the name, birth date and location (domain.md §2). It is
 * edited as one form and stored as one validated document; the packet for the police reads it.
 */

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

export const markKinds = ['scar', 'tattoo', 'piercing', 'birthmark', 'other'] as const;
export const markKindLabels: Record<(typeof markKinds)[number], string> = {
  scar: 'Litteken',
  tattoo: 'Tatoeage',
  piercing: 'Piercing',
  birthmark: 'Moedervlek',
  other: 'Anders',
};

const wholeCentimetres = 'Vul de lengte in hele centimeters in.';

/** The profile and its parts, checked for input or plain for reading what was stored (documentMode.ts). */
function youthProfileDocument(checked: boolean) {
  const shortText = (label: string) => limitedText(checked, 200, label).default('');
  const longText = (label: string) => limitedText(checked, 4000, label).default('');
  const required = (max: number, label: string, message: string) => requiredText(checked, max, label, message);
  const plainText = z.string().trim().default('');
  const list = <Item extends z.ZodType>(item: Item, max: number) => z.array(item).max(atMost(checked, max));

  const contact = z.object({
    role: z.enum(contactRoles, 'Kies de rol van dit contact.'),
    name: required(120, 'De naam', 'Vul de naam van het contact in.'),
    organisation: shortText('De organisatie'),
    phone: checkedOrPlain(checked, optionalPhoneNumber, plainText),
    email: checkedOrPlain(checked, optionalEmail, plainText),
    address: shortText('Het adres'),
    postcode: checkedOrPlain(checked, postcodeSchema, plainText),
    city: shortText('De plaats'),
    note: longText('De notitie'),
  });

  const mark = z.object({
    kind: z.enum(markKinds, 'Kies het soort kenmerk.'),
    bodyPart: required(120, 'De plek op het lichaam', 'Vul in waar op het lichaam het kenmerk zit.'),
    description: longText('De beschrijving'),
  });

  const phone = z.object({
    number: checkedOrPlain(checked, phoneNumberSchema, z.string().trim()),
    handset: shortText('Het toestel'),
    provider: shortText('De provider'),
    billPayer: shortText('Wie betaalt'),
    note: longText('De notitie'),
  });

  const socialMediaAccount = z.object({
    platform: required(60, 'Het platform', 'Vul het platform in, bijvoorbeeld Snapchat.'),
    handle: required(120, 'De accountnaam', 'Vul de accountnaam in (nooit een wachtwoord).'),
    note: longText('De notitie'),
  });

  const medication = z.object({
    name: required(120, 'Het medicijn', 'Vul de naam van het medicijn in.'),
    dose: shortText('De dosering'),
    note: longText('De notitie'),
  });

  /** null while unknown; nullable rather than a union, so a wrong number keeps its own message. */
  const heightCm = checkedOrPlain(
    checked,
    z
      .number(wholeCentimetres)
      .int(wholeCentimetres)
      .min(80, 'Vul de lengte in centimeters in (minstens 80).')
      .max(230, 'Vul de lengte in centimeters in (hooguit 230).')
      .nullable()
      .default(null),
    z.number().nullable().default(null),
  );

  const flagWithNote = z.object({ present: z.boolean().default(false), note: longText('De toelichting') }).default({ present: false, note: '' });

  const profile = z.object({
    identity: z
      .object({
        gender: z.enum(genders).default('unknown'),
        bsn: checkedOrPlain(checked, bsnSchema.default(''), plainText),
        nationality: shortText('De nationaliteit'),
        languages: shortText('De talen'),
        speaksDutch: z.enum(speaksDutchValues).default('yes'),
      })
      .default({ gender: 'unknown', bsn: '', nationality: '', languages: '', speaksDutch: 'yes' }),
    placement: z
      .object({
        // Unchecked, a start date that a PC clock set back puts in the future is still read.
        startDate: checkedOrPlain(checked, optionalPastDate, plainText),
        legalFramework: z.enum(legalFrameworks, 'Kies het juridisch kader.').default('voluntary'),
        legalNote: longText('De toelichting'),
      })
      .default({ startDate: '', legalFramework: 'voluntary', legalNote: '' }),
    contacts: list(contact, 30).default([]),
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
    medical: z.object({ needs: longText('Medische bijzonderheden'), medications: list(medication, 30).default([]) }).default({ needs: '', medications: [] }),
    description: z
      .object({
        heightCm,
        build: shortText('Het postuur'),
        hairColour: shortText('De haarkleur'),
        hairStyle: shortText('Het kapsel'),
        eyeColour: shortText('De oogkleur'),
        skinTone: shortText('De huidskleur'),
        glasses: z.boolean().default(false),
        other: longText('Overige kenmerken'),
      })
      .default({ heightCm: null, build: '', hairColour: '', hairStyle: '', eyeColour: '', skinTone: '', glasses: false, other: '' }),
    marks: list(mark, 50).default([]),
    phones: list(phone, 10).default([]),
    socialMedia: list(socialMediaAccount, 30).default([]),
    belongings: z
      .object({
        idDocument: z.enum(idDocumentStatuses).default('unknown'),
        idDocumentNote: longText('De toelichting'),
        bankCards: longText('Bankpassen'),
        transportPasses: longText('Ov-kaarten en abonnementen'),
      })
      .default({ idDocument: 'unknown', idDocumentNote: '', bankCards: '', transportPasses: '' }),
  });

  return { contact, mark, phone, socialMediaAccount, medication, profile };
}

const checkedProfile = youthProfileDocument(true);
export const contactSchema = checkedProfile.contact;
export const distinguishingMarkSchema = checkedProfile.mark;
export const youthPhoneSchema = checkedProfile.phone;
export const socialMediaAccountSchema = checkedProfile.socialMediaAccount;
export const medicationSchema = checkedProfile.medication;
/** What the user saves: today's rules. */
export const youthProfileSchema = checkedProfile.profile;
/**
 * How a stored profile is read: its shape, with defaults for fields added since it was saved, but
 * none of the rules, so a stored value that a later rule or a set-back clock would refuse still reads.
 */
export const storedYouthProfileSchema = youthProfileDocument(false).profile;

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
