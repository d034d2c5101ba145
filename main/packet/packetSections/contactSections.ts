import { contactRoleLabels, type SafetyPlanContent, type YouthProfile } from '../../../preload/contract';
import { fieldsSection, grid, listSection, subheading, textBlock, type PacketSection } from '../packetBlocks';
import { joined } from '../packetFormat';
import type { MissingPacketData } from '../packetData';

/** Parents, carers, the guardian (gezinsvoogd) and the mentor, with how to reach them. */
export function contactsSection({ contacts }: YouthProfile): PacketSection {
  const rows = contacts.map((contact) => [
    contactRoleLabels[contact.role],
    joined([contact.name, contact.organisation], '\n'),
    joined([contact.phone, contact.email], '\n'),
    contact.note,
  ]);
  return listSection('Ouders, voogd en andere contacten', rows.length > 0 ? [grid(['Rol', 'Naam', 'Telefoon en e-mail', 'Notitie'], rows, [90, 130, 130, '*'])] : []);
}

export function onCallSection({ onCall, locationName }: MissingPacketData): PacketSection {
  return fieldsSection('24/7 bereikbaar bij de instelling', [
    ['Locatie', locationName],
    ['Naam of dienst', onCall.name],
    ['Telefoon', onCall.phone],
  ]);
}

/** The parts of the safety plan the police can act on. */
export function safetyPlanSection(plan: SafetyPlanContent | null): PacketSection {
  const heading = 'Uit het veiligheidsplan';
  if (!plan) return { heading, filled: false, body: [{ text: 'Er is geen veiligheidsplan vastgelegd.', style: 'empty' }] };
  const callRows = plan.callWhenUnsafe.map((contact) => [contact.name, contact.role, contact.phone]);
  const filled = [plan.riskSituations, plan.agreements, plan.socialMedia].some((text) => text.trim() !== '') || callRows.length > 0;
  return {
    heading,
    filled,
    body: [
      subheading('Risicosituaties'),
      textBlock(plan.riskSituations),
      subheading('Afspraken'),
      textBlock(plan.agreements),
      subheading('Wie er gebeld wordt als het onveilig is'),
      callRows.length > 0 ? grid(['Naam', 'Rol', 'Telefoon'], callRows, [150, 120, '*']) : textBlock(''),
      subheading('Aandachtspunten sociale media'),
      textBlock(plan.socialMedia),
    ],
  };
}
