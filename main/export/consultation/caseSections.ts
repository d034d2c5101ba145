import {
  genderLabels,
  linkRatingLabels,
  linkTypeLabels,
  meldcodeStepLabels,
  signalCategoryLabels,
  signalDirectionLabels,
  signalKindLabels,
  signalSourceTypeLabels,
  suspicionKindLabels,
  type MeldcodeCase,
  type NetworkContent,
  type SignalView,
  type YouthProfile,
} from '../../../preload/contract';
import { monthYear } from '../../domain/anonymise/monthYear';
import type { Redactor } from '../../domain/anonymise/redaction';
import { line, listedField, section, subheading, textField, type ConsultationParagraph, type ConsultationSection } from './consultationDocument';

export function youthSection(redactor: Redactor, { age, profile, meldcodeCase }: { age: number | null; profile: YouthProfile; meldcodeCase: MeldcodeCase }): ConsultationSection {
  return section('De jongere en het vermoeden', [
    ...listedField('Over', 'de jongere'),
    ...listedField('Leeftijd', age === null ? '' : `${age} jaar`),
    ...listedField('Geslacht', genderLabels[profile.identity.gender]),
    ...listedField('Vermoeden', suspicionKindLabels[meldcodeCase.suspicion]),
    ...textField(redactor, 'Omschrijving', meldcodeCase.title),
  ]);
}

function signalParagraphs(redactor: Redactor, signal: SignalView): ConsultationParagraph[] {
  const what = signal.catalogueItem?.text ?? signal.freeText;
  return [
    subheading(joinedHeading([monthYear(signal.date), signalKindLabels[signal.kind]])),
    ...listedField('Categorie', signal.category === null ? '' : signalCategoryLabels[signal.category]),
    ...textField(redactor, 'Signaal', what),
    ...(signal.description.trim() === what.trim() ? [] : textField(redactor, 'Beschrijving', signal.description)),
    ...listedField('Soort bron', signalSourceTypeLabels[signal.sourceType]),
    ...listedField('Richting', signalDirectionLabels[signal.direction]),
  ];
}

const joinedHeading = (parts: readonly string[]) => parts.filter((part) => part !== '').join(' · ');

/** Step 1: the case's signals (each as its newest correction), dated by month, their source by type only. */
export function signalsSection(redactor: Redactor, signals: readonly SignalView[], note: string): ConsultationSection {
  return section(meldcodeStepLabels[1], [...signals.flatMap((signal) => signalParagraphs(redactor, signal)), ...textField(redactor, 'Toelichting', note)]);
}

/** The network as roles: who and what is around the youth, and how they are linked. */
export function networkSection(redactor: Redactor, { entities, links }: NetworkContent, roles: ReadonlyMap<string, string>): ConsultationSection {
  const role = (id: string | null) => (id === null ? 'de jongere' : (roles.get(id) ?? 'onbekend'));
  const known = entities.map((entity) => line(redactor.redact(`${role(entity.id)}${entity.atRisk ? ' (loopt mogelijk ook risico)' : ''}`)));
  const linked = links.map((link) => line(redactor.redact(`Van ${role(link.fromId)} naar ${role(link.toId)}: ${linkTypeLabels[link.type]} (${linkRatingLabels[link.rating].toLowerCase()})`)));
  return section('Netwerk', [...(known.length > 0 ? [subheading('Personen, plekken en middelen'), ...known] : []), ...(linked.length > 0 ? [subheading('Verbanden'), ...linked] : [])]);
}
