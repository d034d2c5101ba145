import type { SafetyPlanContent } from '../../../preload/contract';
import { formatDutchDate } from '../youths/youthDates';
import { callContactLine, participantLine, planSections, type PlanSectionKey } from './planSections';

export type DiffLine = { kind: 'unchanged' | 'added' | 'removed'; text: string };

export interface SectionComparison {
  key: PlanSectionKey;
  changed: boolean;
  lines: DiffLine[];
}

/** A section as lines of text: one per person, contact or written line; blank lines do not count. */
export function sectionLines(content: SafetyPlanContent, key: PlanSectionKey): string[] {
  switch (key) {
    case 'participants':
      return content.participants.map(participantLine);
    case 'callWhenUnsafe':
      return content.callWhenUnsafe.map(callContactLine);
    case 'reviewDate':
      return content.reviewDate ? [formatDutchDate(content.reviewDate)] : [];
    default:
      return content[key]
        .split(/\r?\n/)
        .map((line) => line.trimEnd())
        .filter((line) => line.trim() !== '');
  }
}

/**
 * Line diff over the longest common subsequence: lines both versions share stay unchanged, the
 * rest is removed (only in `before`) or added (only in `after`), removals first where they meet.
 */
export function diffLines(before: readonly string[], after: readonly string[]): DiffLine[] {
  // common[i][j]: length of the longest common subsequence of before[i..] and after[j..].
  const common = Array.from({ length: before.length + 1 }, () => new Array<number>(after.length + 1).fill(0));
  for (let i = before.length - 1; i >= 0; i--) {
    for (let j = after.length - 1; j >= 0; j--) {
      common[i]![j] = before[i] === after[j] ? common[i + 1]![j + 1]! + 1 : Math.max(common[i + 1]![j]!, common[i]![j + 1]!);
    }
  }
  const lines: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    if (i < before.length && j < after.length && before[i] === after[j]) {
      lines.push({ kind: 'unchanged', text: before[i++]! });
      j++;
    } else if (i < before.length && (j === after.length || common[i + 1]![j]! >= common[i]![j + 1]!)) {
      lines.push({ kind: 'removed', text: before[i++]! });
    } else {
      lines.push({ kind: 'added', text: after[j++]! });
    }
  }
  return lines;
}

/** Section by section, in the plan's order: what `after` changed compared with `before`. */
export function comparePlans(before: SafetyPlanContent, after: SafetyPlanContent): SectionComparison[] {
  return planSections.map(({ key }) => {
    const lines = diffLines(sectionLines(before, key), sectionLines(after, key));
    return { key, changed: lines.some((line) => line.kind !== 'unchanged'), lines };
  });
}
