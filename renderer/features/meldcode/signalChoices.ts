import { signalDirectionLabels, signalKindLabels, type SignalView } from '../../../preload/contract';
import { formatDutchDate } from '../youths/youthDates';

/** What the signal says: its catalogue text or the worker's own words. */
export function signalSubject(signal: SignalView): string {
  return signal.catalogueItem?.text ?? signal.freeText;
}

/** One signal as a checkbox reads it: date, kind, direction, then what it says; a corrected one says so. */
export function signalChoiceLabel(signal: SignalView): string {
  const corrected = signal.supersededBy ? ' (verbeterd, zie de nieuwere versie)' : '';
  return `${formatDutchDate(signal.date)} · ${signalKindLabels[signal.kind]} · ${signalDirectionLabels[signal.direction]}: ${signalSubject(signal)}${corrected}`;
}

/** The signals to choose from: every current one, and a corrected one only while it is still chosen. */
export function signalOptions(signals: readonly SignalView[], chosen: readonly string[]) {
  return signals.filter((signal) => signal.supersededBy === null || chosen.includes(signal.id)).map((signal) => ({ value: signal.id, label: signalChoiceLabel(signal) }));
}

/** How many of the chosen signals support and how many contradict the suspicion. */
export function countDirections(signals: readonly SignalView[], chosen: readonly string[]): { supports: number; contradicts: number } {
  const picked = signals.filter((signal) => chosen.includes(signal.id));
  return {
    supports: picked.filter((signal) => signal.direction === 'supports').length,
    contradicts: picked.filter((signal) => signal.direction === 'contradicts').length,
  };
}

export function directionCountText({ supports, contradicts }: { supports: number; contradicts: number }): string {
  return `${supports} ${supports === 1 ? 'signaal ondersteunt' : 'signalen ondersteunen'} het vermoeden, ${contradicts} ${contradicts === 1 ? 'spreekt' : 'spreken'} het tegen.`;
}
