import type { Content } from 'pdfmake/interfaces';
import { assessUrgency, legalFrameworkLabels, policeContacts, urgencyCriteria, urgencyCriterionLabels, type MissingEpisode, type YouthProfile } from '../../../preload/contract';
import { fieldsSection, grid, notFilled, textBlock, type PacketSection } from '../packetBlocks';
import { formatInstant, joined } from '../packetFormat';
import type { MissingPacketData } from '../packetData';

const policeCallLine = `Bel ${policeContacts.emergency} bij spoed, anders ${policeContacts.nonEmergency}; ${policeContacts.form}`;

/** The first lines the police read: who, since when, and whom to call. */
export function titleBlock({ youth, episode }: MissingPacketData): Content[] {
  return [
    { text: `Vermiste jongere: ${joined([youth.firstName, youth.lastName], ' ')}`, style: 'title' },
    { text: `VERMIST sinds ${formatInstant(episode.facts.discoveredAt) || notFilled}`, style: 'missingSince' },
    { table: { widths: ['*'], body: [[{ text: policeCallLine, style: 'callLine' }]] }, layout: 'noBorders', margin: [0, 4, 0, 8] },
  ];
}

/** Police accept a non-urgent report from an institution where there is a legal title: it goes first. */
export function legalSection({ placement }: YouthProfile): PacketSection {
  return fieldsSection('Juridisch kader', [
    ['Kader', legalFrameworkLabels[placement.legalFramework]],
    ['Toelichting', placement.legalNote],
  ]);
}

/** Each criterion that applies with why; otherwise whether they were answered at all. */
export function urgencySection({ urgency }: MissingEpisode): PacketSection {
  const assessment = assessUrgency(urgency);
  const unanswered = assessment.unanswered.map((criterion) => urgencyCriterionLabels[criterion]);
  const open: Content[] = unanswered.length > 0 ? [{ text: `Nog niet beantwoord: ${unanswered.join(', ')}.`, style: 'empty' }] : [];
  if (unanswered.length === urgencyCriteria.length) return { heading: 'Urgentiecriteria', filled: false, body: [{ text: 'Urgentiecriteria zijn nog niet beantwoord.', bold: true }] };
  if (!assessment.urgent) return { heading: 'Urgentiecriteria', filled: true, body: [{ text: 'Geen urgentiecriteria aangevinkt.', bold: true }, ...open] };
  const items: Content[] = assessment.applies.map((criterion) => ({
    table: {
      widths: ['*'],
      body: [[{ stack: [{ text: urgencyCriterionLabels[criterion], bold: true }, textBlock(urgency[criterion].evidence)] }]],
    },
    layout: 'noBorders',
    fillColor: '#fde8e8',
    margin: [0, 0, 0, 4],
  }));
  return { heading: 'Urgentiecriteria', filled: true, body: [{ text: 'URGENT: er is minstens één urgentiecriterium aangevinkt.', style: 'warning' }, ...items, ...open] };
}

/** Medical needs and medication are urgent information too. */
export function medicalSection({ medical }: YouthProfile): PacketSection {
  const rows = medical.medications.map((medication) => [medication.name, medication.dose, medication.note]);
  return fieldsSection(
    'Medisch en medicatie (urgent)',
    [
      ['Medische bijzonderheden', medical.needs],
      ['Medicatie', rows.length > 0 ? `${rows.length}, zie hieronder` : ''],
    ],
    rows.length > 0 ? [grid(['Medicijn', 'Dosering', 'Notitie'], rows, [120, 130, '*'])] : [],
  );
}
