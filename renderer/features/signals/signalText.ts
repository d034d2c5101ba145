import {
  informationCredibilityLabels,
  signalCategoryLabels,
  signalSourceTypeLabels,
  sourceReliabilityLabels,
  type InformationCredibility,
  type SignalView,
} from '../../../preload/contract';

/** What the signal is about: the catalogue item's text as it was recorded, or the user's own words. */
export function subjectOf(signal: SignalView): string {
  return signal.catalogueItem?.text ?? signal.freeText;
}

export function categoryOf(signal: SignalView): string {
  return signal.category ? signalCategoryLabels[signal.category] : 'Geen categorie';
}

/** "Collega: mentor op school", or only the source's kind when no name or role was given. */
export function sourceOf(signal: SignalView): string {
  const type = signalSourceTypeLabels[signal.sourceType];
  return signal.sourceName ? `${type}: ${signal.sourceName}` : type;
}

/** The admiralty grading as "B2", or null when the source was not graded at all. */
export function gradingCode(signal: SignalView): string | null {
  if (signal.sourceReliability === null && signal.informationCredibility === null) return null;
  return `${signal.sourceReliability ?? '–'}${signal.informationCredibility ?? '–'}`;
}

/** Both halves of the grading in words, for the timeline; null when not graded. */
export function gradingInWords(signal: SignalView): string | null {
  const parts = [
    signal.sourceReliability && `bron ${sourceReliabilityLabels[signal.sourceReliability]}`,
    signal.informationCredibility && `informatie ${informationCredibilityLabels[signal.informationCredibility as InformationCredibility]}`,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join('; ') : null;
}
