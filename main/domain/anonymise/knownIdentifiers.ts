import type { NetworkEntity, YouthProfile } from '../../../preload/contract';
import { addressVariants, dateVariants, emailVariants, nameVariants, phoneVariants, unfoldedForms, wholeValue } from './identifierVariants';

/** One thing that identifies the youth or its network, with every form it may be written in. */
export interface Identifier {
  /** For the review: "Voornaam van de jongere", "Adres van hotel". */
  what: string;
  /** As stored. */
  original: string;
  /** What stands in its place: what it was, never who. */
  replacement: string;
  /** The folded forms to look for (identifierVariants.ts). */
  variants: string[];
  /** Lowercase forms folding cannot take (another script), looked for as written. */
  literals: string[];
  /** A name: its possessive and diminutives ("Sannes", "Sannetje") go with it; digits, _ and . do not part it from a word ("Sanne2011"). */
  isName: boolean;
}

export interface IdentifierSources {
  youth: { firstName: string; lastName: string; alias: string; dateOfBirth: string; locationName: string };
  profile: YouthProfile;
  entities: readonly NetworkEntity[];
  /** Each entity's role (networkRoles.ts). */
  roles: ReadonlyMap<string, string>;
  /** Who told or saw each signal, as recorded. */
  sourceNames: readonly string[];
  /** Every location (group) of the organisation: where the youth lives or lived narrows it down. */
  locationNames: readonly string[];
  /** Every staff member's name: who works with the youth narrows it down too. */
  staffNames: readonly string[];
  /** What the user asked to redact on top. */
  extraTerms: readonly string[];
}

const youthReplacement = '[de jongere]';

const contactWords = { parent: 'ouder', carer: 'verzorger', guardian: 'voogd', mentor: 'mentor', other: 'contactpersoon' } as const;

const identifier = (what: string, original: string, replacement: string, variants: string[], isName = false): Identifier => ({
  what,
  original,
  replacement,
  variants,
  literals: unfoldedForms(original),
  isName,
});

function youthIdentifiers({ youth, profile }: IdentifierSources): Identifier[] {
  const { firstName, lastName, alias } = youth;
  return [
    identifier('Naam van de jongere', `${firstName} ${lastName}`, youthReplacement, wholeValue(`${firstName} ${lastName}`), true),
    identifier('Voornaam van de jongere', firstName, youthReplacement, nameVariants(firstName), true),
    identifier('Achternaam van de jongere', lastName, youthReplacement, nameVariants(lastName), true),
    identifier('Roepnaam of bijnaam van de jongere', alias, youthReplacement, nameVariants(alias), true),
    identifier('BSN van de jongere', profile.identity.bsn, '[BSN]', wholeValue(profile.identity.bsn)),
    identifier('Geboortedatum van de jongere', youth.dateOfBirth, '[geboortedatum]', dateVariants(youth.dateOfBirth)),
    identifier('Groep of locatie van de jongere', youth.locationName, '[groep]', nameVariants(youth.locationName)),
    ...profile.phones.map((phone) => identifier('Telefoonnummer van de jongere', phone.number, '[telefoonnummer]', phoneVariants(phone.number))),
    ...profile.socialMedia.map((account) => identifier(`Account van de jongere op ${account.platform}`, account.handle, '[account]', wholeValue(account.handle))),
  ];
}

function contactIdentifiers({ profile }: IdentifierSources): Identifier[] {
  return profile.contacts.flatMap((contact) => {
    const role = contactWords[contact.role];
    return [
      identifier(`Naam van contact (${role})`, contact.name, `[${role}]`, nameVariants(contact.name), true),
      identifier(`Organisatie van contact (${role})`, contact.organisation, '[organisatie]', wholeValue(contact.organisation)),
      identifier(`Telefoonnummer van contact (${role})`, contact.phone, '[telefoonnummer]', phoneVariants(contact.phone)),
      identifier(`E-mailadres van contact (${role})`, contact.email, '[e-mailadres]', emailVariants(contact.email)),
      identifier(`Adres van contact (${role})`, contact.address, '[adres]', addressVariants(contact.address)),
      identifier(`Postcode van contact (${role})`, contact.postcode, '[postcode]', wholeValue(contact.postcode)),
      identifier(`Plaats van contact (${role})`, contact.city, '[plaats]', nameVariants(contact.city)),
    ];
  });
}

function entityIdentifiers(entity: NetworkEntity, role: string): Identifier[] {
  const { details } = entity;
  switch (details.kind) {
    case 'person':
      return [
        identifier(`Naam van ${role}`, details.name, `[${role}]`, nameVariants(details.name), true),
        identifier(`Bijnaam van ${role}`, details.alias, `[${role}]`, nameVariants(details.alias), true),
      ];
    case 'place':
      return [
        identifier(`Naam van ${role}`, details.name, `[${role}]`, nameVariants(details.name)),
        identifier(`Adres van ${role}`, details.address, '[adres]', addressVariants(details.address)),
        identifier(`Postcode van ${role}`, details.postcode, '[postcode]', wholeValue(details.postcode)),
        identifier(`Plaats van ${role}`, details.city, '[plaats]', nameVariants(details.city)),
        identifier(`Bewoners van ${role}`, details.residents, '[naam]', nameVariants(details.residents), true),
      ];
    case 'vehicle':
      return [identifier(`Kenteken van ${role}`, details.plate, '[kenteken]', wholeValue(details.plate))];
    case 'phone':
      return [identifier('Telefoonnummer in het netwerk', details.number, '[telefoonnummer]', phoneVariants(details.number))];
    case 'account':
      return [identifier(`Account in het netwerk op ${details.platform}`, details.handle, '[account]', wholeValue(details.handle))];
  }
}

/**
 * Every known identifier of the youth and its network, the youth's own first: where two share a
 * word (a mother's surname), the youth's replacement wins. Empty fields give nothing.
 */
export function knownIdentifiers(sources: IdentifierSources): Identifier[] {
  return [
    ...youthIdentifiers(sources),
    ...contactIdentifiers(sources),
    ...sources.entities.flatMap((entity) => entityIdentifiers(entity, sources.roles.get(entity.id) ?? 'onbekend')),
    // A source's role and shift words ("Nachtdienst", "trainer") are common words: only the whole and its names count.
    ...[...new Set(sources.sourceNames)].map((name) => identifier('Bron van een signaal', name, '[bron]', nameVariants(name), true)),
    ...[...new Set(sources.locationNames)].map((name) => identifier('Locatie van de organisatie', name, '[groep]', nameVariants(name))),
    ...[...new Set(sources.staffNames)].map((name) => identifier('Naam van een medewerker', name, '[medewerker]', nameVariants(name), true)),
    ...[...new Set(sources.extraTerms)].map((term) => identifier('Extra weggelaten', term, '[weggelaten]', wholeValue(term))),
  ].filter((found) => found.variants.length > 0 || found.literals.length > 0);
}
