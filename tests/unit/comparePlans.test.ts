import { describe, expect, it } from 'vitest';
import type { SafetyPlanContent } from '../../preload/contract';
import { comparePlans, diffLines, sectionLines } from '../../renderer/features/safetyPlan/comparePlans';

const before: SafetyPlanContent = {
  participants: [
    { name: 'Anouk Aarts', role: 'jongere' },
    { name: 'Marja Aarts', role: 'moeder' },
  ],
  agreements: 'Om 22:00 binnen.\n\nTelefoon om 23:00 inleveren.\nZakgeld op vrijdag.',
  riskSituations: 'Ruzie thuis.',
  actionsWhenUnsafe: 'Eerst Anouk bellen.',
  callWhenUnsafe: [{ name: 'Marja Aarts', role: 'moeder', phone: '0612345678' }],
  socialMedia: '',
  reviewDate: '2036-06-01',
};

describe('comparing two versions of a safety plan', () => {
  it('marks every section, in the plan order, as unchanged when nothing differs', () => {
    const sections = comparePlans(before, structuredClone(before));
    expect(sections.map((section) => section.key)).toEqual([
      'participants',
      'agreements',
      'riskSituations',
      'actionsWhenUnsafe',
      'callWhenUnsafe',
      'socialMedia',
      'reviewDate',
    ]);
    expect(sections.every((section) => !section.changed && section.lines.every((line) => line.kind === 'unchanged'))).toBe(true);
  });

  it('shows a changed line as removed then added, keeps the lines around it, and ignores blank lines and trailing spaces', () => {
    const after = { ...before, agreements: 'Om 21:30 binnen.\nTelefoon om 23:00 inleveren.   \nZakgeld op vrijdag.' };
    const agreements = comparePlans(before, after).find((section) => section.key === 'agreements')!;
    expect(agreements).toEqual({
      key: 'agreements',
      changed: true,
      lines: [
        { kind: 'removed', text: 'Om 22:00 binnen.' },
        { kind: 'added', text: 'Om 21:30 binnen.' },
        { kind: 'unchanged', text: 'Telefoon om 23:00 inleveren.' },
        { kind: 'unchanged', text: 'Zakgeld op vrijdag.' },
      ],
    });
  });

  it('lists added and removed people and contacts one per line, and the review date as a Dutch date', () => {
    const after: SafetyPlanContent = {
      ...before,
      participants: [before.participants[0]!, { name: 'Jan Jansen', role: '' }],
      callWhenUnsafe: [...before.callWhenUnsafe, { name: 'Wijkagent', role: 'politie', phone: '0201234567' }],
      socialMedia: 'Nieuwe volgers met cadeaus.',
      reviewDate: '2036-05-01',
    };
    const changed = Object.fromEntries(comparePlans(before, after).filter((section) => section.changed).map((section) => [section.key, section.lines]));
    expect(changed).toEqual({
      participants: [
        { kind: 'unchanged', text: 'Anouk Aarts (jongere)' },
        { kind: 'removed', text: 'Marja Aarts (moeder)' },
        { kind: 'added', text: 'Jan Jansen' },
      ],
      callWhenUnsafe: [
        { kind: 'unchanged', text: 'Marja Aarts (moeder): 0612345678' },
        { kind: 'added', text: 'Wijkagent (politie): 0201234567' },
      ],
      socialMedia: [{ kind: 'added', text: 'Nieuwe volgers met cadeaus.' }],
      reviewDate: [
        { kind: 'removed', text: '01-06-2036' },
        { kind: 'added', text: '01-05-2036' },
      ],
    });
  });

  it('keeps the longest run of shared lines when lines move', () => {
    expect(diffLines(['a', 'b', 'c', 'd'], ['b', 'c', 'a', 'd'])).toEqual([
      { kind: 'removed', text: 'a' },
      { kind: 'unchanged', text: 'b' },
      { kind: 'unchanged', text: 'c' },
      { kind: 'added', text: 'a' },
      { kind: 'unchanged', text: 'd' },
    ]);
    expect(diffLines([], ['x'])).toEqual([{ kind: 'added', text: 'x' }]);
    expect(diffLines(['x'], [])).toEqual([{ kind: 'removed', text: 'x' }]);
  });

  it('reads a section without content as no lines', () => {
    expect(sectionLines({ ...before, agreements: ' \n\n ' }, 'agreements')).toEqual([]);
    expect(sectionLines({ ...before, reviewDate: '' }, 'reviewDate')).toEqual([]);
  });
});
