import type { SafetyPlanContent } from '../../../preload/contract';

export type PlanSectionKey = keyof SafetyPlanContent;

/** The plan's sections in the order the plan reads, with the words staff use for them. */
export const planSections: readonly { key: PlanSectionKey; label: string }[] = [
  { key: 'participants', label: 'Wie het plan hebben afgesproken' },
  { key: 'agreements', label: 'Afspraken die de veiligheid bewaken of herstellen' },
  { key: 'riskSituations', label: 'Risicosituaties: signalen van onttrekking of uitbuiting' },
  { key: 'actionsWhenUnsafe', label: 'Wat het team doet als het onveilig wordt' },
  { key: 'callWhenUnsafe', label: 'Wie er gebeld wordt' },
  { key: 'socialMedia', label: 'Aandachtspunten sociale media' },
  { key: 'reviewDate', label: 'Evaluatiedatum' },
];

export function planSectionLabel(key: PlanSectionKey): string {
  return planSections.find((section) => section.key === key)!.label;
}

export function emptyPlanContent(): SafetyPlanContent {
  return { participants: [], agreements: '', riskSituations: '', actionsWhenUnsafe: '', callWhenUnsafe: [], socialMedia: '', reviewDate: '' };
}

export function participantLine({ name, role }: SafetyPlanContent['participants'][number]): string {
  return role ? `${name} (${role})` : name;
}

export function callContactLine({ name, role, phone }: SafetyPlanContent['callWhenUnsafe'][number]): string {
  return `${role ? `${name} (${role})` : name}: ${phone}`;
}
