import {
  genderLabels,
  idDocumentLabels,
  lvbLabels,
  markKindLabels,
  speaksDutchLabels,
  type YouthProfile,
} from '../../../preload/contract';
import { fieldsSection, grid, labelWidth, listSection, type PacketSection } from '../packetBlocks';
import { dutchDay, formatDay, joined, yearsOld } from '../packetFormat';
import type { MissingPacketData } from '../packetData';

const yesNo = (value: boolean) => (value ? 'Ja' : 'Nee');
const flag = ({ present, note }: { present: boolean; note: string }) => (present ? joined(['Ja', note], ': ') : 'Nee');

/** Printed beside the photo, so with the narrow label column. */
export function personalSection({ youth, profile, printedAt }: Pick<MissingPacketData, 'youth' | 'profile' | 'printedAt'>): PacketSection {
  const age = yearsOld(youth.dateOfBirth, dutchDay(printedAt));
  return fieldsSection(
    'Persoonsgegevens',
    [
    ['Naam', joined([youth.firstName, youth.lastName], ' ')],
    ['Roepnaam / bijnaam', youth.alias],
    ['Geboortedatum', age === null ? youth.dateOfBirth : `${formatDay(youth.dateOfBirth)} (${age} jaar)`],
    ['Geslacht', genderLabels[profile.identity.gender]],
    ['Nationaliteit', profile.identity.nationality],
    ['Talen', profile.identity.languages],
    ['Spreekt Nederlands', speaksDutchLabels[profile.identity.speaksDutch]],
    ],
    [],
    labelWidth.narrow,
  );
}

/** Printed beside the photo, so with the narrow label column. */
export function descriptionSection({ description }: YouthProfile): PacketSection {
  return fieldsSection(
    'Signalement',
    [
      ['Lengte', description.heightCm === null ? '' : `${description.heightCm} cm`],
      ['Postuur', description.build],
      ['Haar', joined([description.hairColour, description.hairStyle])],
      ['Ogen', description.eyeColour],
      ['Huidskleur', description.skinTone],
      ['Bril', yesNo(description.glasses)],
      ['Overige kenmerken', description.other],
    ],
    [],
    labelWidth.narrow,
  );
}

/** Scars, tattoos and piercings: how to tell the youth apart. */
export function marksSection({ marks }: YouthProfile): PacketSection {
  const rows = marks.map((mark) => [markKindLabels[mark.kind], mark.bodyPart, mark.description]);
  return listSection('Uiterlijke kenmerken', rows.length > 0 ? [grid(['Soort', 'Plek op het lichaam', 'Beschrijving'], rows, [80, 130, '*'])] : []);
}

export function vulnerabilitySection({ vulnerabilities }: YouthProfile): PacketSection {
  return fieldsSection('Kwetsbaarheden', [
    ['(Licht) verstandelijke beperking', joined([lvbLabels[vulnerabilities.lvb], vulnerabilities.lvbNote], ': ')],
    ['Psychiatrische problemen', flag(vulnerabilities.psychiatric)],
    ['Verslaving', flag(vulnerabilities.addiction)],
    ['Kans op suïcide', flag(vulnerabilities.suicideRisk)],
    ['Overige', vulnerabilities.other],
  ]);
}

export function phoneSection({ phones }: YouthProfile): PacketSection {
  const rows = phones.map((phone) => [phone.number, phone.handset, phone.provider, phone.billPayer, phone.note]);
  return listSection('Telefoonnummers van de jongere', rows.length > 0 ? [grid(['Nummer', 'Toestel', 'Provider', 'Wie betaalt', 'Notitie'], rows, [80, 95, 70, 85, '*'])] : []);
}

/** Platform and account name only: a password is never asked, so never printed. */
export function socialMediaSection({ socialMedia }: YouthProfile): PacketSection {
  const rows = socialMedia.map((account) => [account.platform, account.handle, account.note]);
  return listSection('Sociale media', rows.length > 0 ? [grid(['Platform', 'Accountnaam', 'Notitie'], rows, [90, 150, '*'])] : []);
}

export function documentsSection({ belongings }: YouthProfile): PacketSection {
  return fieldsSection('Identiteitsbewijs en passen', [
    ['Identiteitsbewijs', joined([idDocumentLabels[belongings.idDocument], belongings.idDocumentNote], ': ')],
    ['Bankpassen', belongings.bankCards],
    ['Ov-kaarten en abonnementen', belongings.transportPasses],
  ]);
}
