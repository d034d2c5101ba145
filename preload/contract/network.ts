import { z } from 'zod';
import { idSchema } from './accounts';
import { defineCall } from './defineCall';
import { atMost, checkedOrPlain, limitedText, requiredText } from './documentMode';
import { pastOrTodayDateSchema, phoneNumberSchema, postcodeSchema } from './youthProfile';

/** The network analysis (domain.md §2): entities around the youth and rated links between them. */

export const entityKinds = ['person', 'place', 'vehicle', 'phone', 'account'] as const;
export type EntityKind = (typeof entityKinds)[number];
export const entityKindLabels: Record<EntityKind, string> = {
  person: 'Persoon',
  place: 'Plek of adres',
  vehicle: 'Voertuig',
  phone: 'Telefoonnummer',
  account: 'Online account',
};

export const personRoles = ['family', 'friend', 'partner', 'newContact', 'peer', 'professional', 'suspectedExploiter', 'unknown'] as const;
export const personRoleLabels: Record<(typeof personRoles)[number], string> = {
  family: 'Familie',
  friend: 'Vriend of vriendin',
  partner: 'Partner / vriendje',
  newContact: 'Nieuw contact',
  peer: 'Jongere in de instelling',
  professional: 'Professional',
  suspectedExploiter: 'Vermoedelijke uitbuiter / ronselaar',
  unknown: 'Onbekend',
};

export const placeTypes = ['homeOf', 'hangout', 'hotel', 'school', 'mayGoTo', 'other'] as const;
export const placeTypeLabels: Record<(typeof placeTypes)[number], string> = {
  homeOf: 'Woning van iemand',
  hangout: 'Hangplek',
  hotel: 'Hotel',
  school: 'School of werk',
  mayGoTo: 'Adres waar de jongere heen kan gaan',
  other: 'Anders',
};

export const vehicleTypes = ['car', 'scooter', 'motorcycle', 'other'] as const;
export const vehicleTypeLabels: Record<(typeof vehicleTypes)[number], string> = { car: 'Auto', scooter: 'Scooter', motorcycle: 'Motor', other: 'Anders' };

export const linkTypes = ['family', 'friendship', 'romantic', 'debt', 'supplies', 'transports', 'recruits', 'livesAt', 'usesVehicle', 'ownsAccount', 'other'] as const;
export type LinkType = (typeof linkTypes)[number];
export const linkTypeLabels: Record<LinkType, string> = {
  family: 'Familie',
  friendship: 'Vriendschap',
  romantic: 'Relatie / verliefd',
  debt: 'Schuld',
  supplies: 'Geeft drugs, geld of cadeaus',
  transports: 'Vervoert',
  recruits: 'Ronselt',
  livesAt: 'Woont op',
  usesVehicle: 'Gebruikt voertuig',
  ownsAccount: 'Beheert account',
  other: 'Anders',
};

export const linkRatings = ['protective', 'neutral', 'worrying', 'danger'] as const;
export type LinkRating = (typeof linkRatings)[number];
export const linkRatingLabels: Record<LinkRating, string> = { protective: 'Beschermend', neutral: 'Neutraal', worrying: 'Zorgelijk', danger: 'Gevaar' };

/** Where a piece of information comes from and when it was seen: asked for every entity and link. */
const provenance = {
  source: z.string().trim().min(1, 'Vul de bron in: wie heeft dit gezien of verteld?').max(200, 'De bron is hooguit 200 tekens.'),
  observedOn: z.union([z.literal(''), pastOrTodayDateSchema]).default(''),
  notes: limitedText(true, 4000, 'De notitie').default(''),
};

const entityCommon = {
  ...provenance,
  /** May this person (sibling, peer, staff) be at risk too? */
  atRisk: z.boolean().default(false),
  /** May this entity go into the police packet and exports? Off until someone decides. */
  shareWithPolice: z.boolean().default(false),
};

/** What is known about an entity, per kind; checked for input or plain for reading what was saved (documentMode.ts). */
function entityDetailsDocument(checked: boolean) {
  const shortText = (label: string) => limitedText(checked, 200, label).default('');
  const longText = (label: string) => limitedText(checked, 4000, label).default('');
  const required = (label: string, message: string) => requiredText(checked, 200, label, message);
  return z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('person'),
      role: z.enum(personRoles, 'Kies wie deze persoon is voor de jongere.'),
      name: required('De naam', 'Vul een naam of omschrijving in, bijvoorbeeld "onbekende man met rode scooter".'),
      alias: shortText('De bijnaam'),
      description: longText('Het signalement'),
    }),
    z.object({
      kind: z.literal('place'),
      placeType: z.enum(placeTypes, 'Kies wat voor plek dit is.'),
      name: required('De naam', 'Vul een naam of omschrijving van de plek in.'),
      address: shortText('Het adres'),
      postcode: checkedOrPlain(checked, postcodeSchema, z.string().trim().default('')),
      city: shortText('De plaats'),
      residents: shortText('Wie er woont'),
      riskNote: longText('De risico-inschatting'),
    }),
    z.object({
      kind: z.literal('vehicle'),
      vehicleType: z.enum(vehicleTypes, 'Kies het soort voertuig.'),
      plate: z
        .string()
        .trim()
        .max(atMost(checked, 20), 'Een kenteken is hooguit 20 tekens.')
        .transform((value) => value.toUpperCase())
        .default(''),
      make: shortText('Het merk'),
      colour: shortText('De kleur'),
    }),
    z.object({ kind: z.literal('phone'), number: checkedOrPlain(checked, phoneNumberSchema, z.string().trim()) }),
    z.object({
      kind: z.literal('account'),
      platform: required('Het platform', 'Vul het platform in, bijvoorbeeld Instagram.'),
      handle: required('De accountnaam', 'Vul de accountnaam in (nooit een wachtwoord).'),
    }),
  ]);
}

/** What the user saves: today's rules. */
export const entityDetailsSchema = entityDetailsDocument(true);
/** How saved details are read: their shape and defaults, none of the rules, so every saved entity shows. */
export const storedEntityDetailsSchema = entityDetailsDocument(false);
export type EntityDetails = z.output<typeof entityDetailsSchema>;

export const positionSchema = z.object({ x: z.number().finite(), y: z.number().finite() });
export type GraphPosition = z.infer<typeof positionSchema>;

export const saveEntitySchema = z.object({
  youthId: idSchema,
  /** Absent for a new entity. */
  id: idSchema.optional(),
  details: entityDetailsSchema,
  ...entityCommon,
  /** Where the graph shows it; null lets the app place it. */
  position: positionSchema.nullable().default(null),
  /**
   * Set only after the user confirmed it: the stored details could not be read (only the label
   * survived), and this save replaces them. Without it main refuses (CONFLICT).
   */
  replaceUnreadable: z.boolean().optional(),
});
export type SaveEntity = z.output<typeof saveEntitySchema>;

export const networkEntitySchema = z.object({
  id: z.string(),
  youthId: z.string(),
  kind: z.enum(entityKinds),
  /** What lists and the graph show: the name, address, plate, number or handle. */
  label: z.string(),
  details: storedEntityDetailsSchema,
  source: z.string(),
  observedOn: z.string(),
  notes: z.string(),
  atRisk: z.boolean(),
  shareWithPolice: z.boolean(),
  position: positionSchema.nullable(),
  updatedAt: z.string(),
});
export type NetworkEntity = z.output<typeof networkEntitySchema>;

export const saveLinkSchema = z
  .object({
    youthId: idSchema,
    id: idSchema.optional(),
    /** null: the youth, at either end (only one of them): "Jan ronselt Anouk" points at the youth. */
    fromId: idSchema.nullable(),
    toId: idSchema.nullable(),
    type: z.enum(linkTypes, 'Kies het soort verband.'),
    rating: z.enum(linkRatings, 'Kies hoe dit verband is: beschermend, neutraal, zorgelijk of gevaar.'),
    ...provenance,
  })
  .refine((link) => link.fromId !== null || link.toId !== null, {
    message: 'Een verband kan niet van de jongere naar de jongere zelf lopen: kies bij ‘Van’ of ‘Naar’ een punt uit het netwerk.',
    path: ['toId'],
  })
  .refine((link) => link.fromId === null || link.fromId !== link.toId, { message: 'Een verband moet tussen twee verschillende punten lopen.', path: ['toId'] });
export type SaveLink = z.output<typeof saveLinkSchema>;

export const networkLinkSchema = z.object({
  id: z.string(),
  youthId: z.string(),
  /** null: the youth (never both ends). */
  fromId: z.string().nullable(),
  toId: z.string().nullable(),
  type: z.enum(linkTypes),
  rating: z.enum(linkRatings),
  source: z.string(),
  observedOn: z.string(),
  notes: z.string(),
  updatedAt: z.string(),
});
export type NetworkLink = z.output<typeof networkLinkSchema>;

/** The entities and links as stored, which is what a graph image shows. */
export const networkContentSchema = z.object({ entities: z.array(networkEntitySchema), links: z.array(networkLinkSchema) });
export type NetworkContent = z.output<typeof networkContentSchema>;

/** The graph image kept for the PDFs: when it was saved, and whether the network still looks like it. */
export const graphImageStateSchema = z.object({ savedAt: z.string(), upToDate: z.boolean() });
export type GraphImageState = z.output<typeof graphImageStateSchema>;

/**
 * What a graph image shows, as the graph drew it: each entity (as last changed, at the spot it
 * stood) and each link. Enough to tell whether it is the network as stored.
 */
export const drawnGraphSchema = z.object({
  entities: z.array(z.object({ id: idSchema, updatedAt: z.string().max(64), position: positionSchema })).max(2000),
  links: z.array(z.object({ id: idSchema, updatedAt: z.string().max(64) })).max(20_000),
});
export type DrawnGraph = z.output<typeof drawnGraphSchema>;

export const networkSchema = networkContentSchema.extend({ graphImage: graphImageStateSchema.nullable() });
export type Network = z.output<typeof networkSchema>;

/** What happens to an entity's links when it is deleted; the user is asked first. */
export const deleteEntitySchema = z.object({
  id: idSchema,
  links: z.discriminatedUnion('mode', [
    z.object({ mode: z.literal('remove') }),
    /** Move the links to another entity (or the youth, null), e.g. when two entries were one person. */
    z.object({ mode: z.literal('repoint'), toId: idSchema.nullable() }),
  ]),
});
export type DeleteEntity = z.output<typeof deleteEntitySchema>;

export const networkCalls = {
  get: defineCall(z.object({ youthId: idSchema }), networkSchema),
  saveEntity: defineCall(saveEntitySchema, networkEntitySchema),
  /** Returns the network after the delete, so the graph and tables show what became of the links. */
  deleteEntity: defineCall(deleteEntitySchema, networkSchema),
  saveLink: defineCall(saveLinkSchema, networkLinkSchema),
  deleteLink: defineCall(z.object({ id: idSchema }), z.null()),
  /** Layout only: keeps the graph the same between visits. Not logged as a change of content. */
  savePositions: defineCall(
    z.object({ youthId: idSchema, positions: z.array(z.object({ id: idSchema, position: positionSchema })).max(2000) }),
    z.null(),
  ),
  /**
   * The graph as a PNG (from the graph view), kept for the PDFs, with what it drew: main keeps
   * the image and answers whether that is the network as stored now (a colleague may have
   * changed it, or a position save failed).
   */
  saveGraphImage: defineCall(
    z.object({ youthId: idSchema, pngBase64: z.string().min(1).max(20_000_000).pipe(z.base64('Dit is geen afbeelding.')), drawn: drawnGraphSchema }),
    graphImageStateSchema,
  ),
};
