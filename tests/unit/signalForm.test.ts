import { describe, expect, it } from 'vitest';
import { newSignalSchema, signalMessages, type SignalView } from '../../preload/contract';
import { filterSignals, noSignalFilters } from '../../renderer/features/signals/signalFilters';
import { formValuesOf, isSignalFormDirty, newSignalForm, signalFormErrors, signalInputOf } from '../../renderer/features/signals/signalForm';
import { gradingCode, gradingInWords, sourceOf } from '../../renderer/features/signals/signalText';

const recorded: SignalView = {
  id: 's-1',
  youthId: 'y-1',
  catalogueItem: null,
  freeText: 'Nieuwe vriend blijkt klasgenoot',
  category: 'sexualExploitation',
  kind: 'fact',
  sourceType: 'school',
  sourceName: 'Mentor op school',
  direction: 'contradicts',
  sourceReliability: 'B',
  informationCredibility: 2,
  date: '2026-10-05',
  description: '',
  recordedAt: '2026-10-05T09:00:00.000Z',
  recordedByName: 'Wim Groep',
  supersedes: null,
  supersededBy: null,
};

describe('the signal form', () => {
  it('sends only the chosen way of naming the signal', () => {
    const typed = { ...newSignalForm('2026-10-05'), catalogueItemId: 'se-debts', freeText: 'Eerder getypt', freeTextCategory: 'vulnerability', kind: 'fact', sourceType: 'police', direction: 'supports' };
    expect(signalInputOf(typed)).toMatchObject({ catalogueItemId: 'se-debts', freeText: '', freeTextCategory: null });
    expect(signalInputOf({ ...typed, subjectMode: 'freeText' })).toMatchObject({ catalogueItemId: null, freeText: 'Eerder getypt', freeTextCategory: 'vulnerability' });
    expect(newSignalSchema.safeParse({ ...signalInputOf(typed), youthId: 'y-1' }).success).toBe(true);
  });

  it('starts a correction from the signal as recorded, grading included, and is clean until something changes', () => {
    const values = formValuesOf(recorded);
    expect(values).toMatchObject({ subjectMode: 'freeText', freeTextCategory: 'sexualExploitation', sourceReliability: 'B', informationCredibility: '2' });
    expect(signalInputOf(values)).toMatchObject({ freeText: recorded.freeText, sourceReliability: 'B', informationCredibility: 2 });
    expect(isSignalFormDirty(values, formValuesOf(recorded))).toBe(false);
    expect(isSignalFormDirty({ ...values, direction: 'supports' }, values)).toBe(true);
  });

  it('names what the field on screen lacks instead of the general "item or free text"', () => {
    const empty = newSignalForm('2026-10-05');
    const schemaErrors = { freeText: signalMessages.itemOrFreeText, kind: 'Kies wat voor signaal het is.' };
    expect(signalFormErrors(schemaErrors, empty)).toEqual({ kind: 'Kies wat voor signaal het is.', catalogueItemId: 'Kies een signaal uit de lijst, of kies ‘Zelf beschrijven’.' });
    expect(signalFormErrors({}, { ...empty, subjectMode: 'freeText' })).toEqual({
      freeText: 'Beschrijf het signaal in eigen woorden.',
      freeTextCategory: signalMessages.freeTextCategoryRequired,
    });
    expect(signalFormErrors({ freeText: 'Het eigen signaal is hooguit 200 tekens.' }, { ...empty, subjectMode: 'freeText', freeText: 'x'.repeat(201), freeTextCategory: 'vulnerability' })).toEqual({
      freeText: 'Het eigen signaal is hooguit 200 tekens.',
    });
  });
});

describe('the signal overview', () => {
  it('filters by kind, category and direction together', () => {
    const supporting = { ...recorded, id: 's-2', kind: 'observation', direction: 'supports', category: 'criminalExploitation' } as const;
    const signals = [recorded, supporting];
    expect(filterSignals(signals, noSignalFilters)).toEqual(signals);
    expect(filterSignals(signals, { ...noSignalFilters, direction: 'supports' })).toEqual([supporting]);
    expect(filterSignals(signals, { kind: 'fact', category: 'sexualExploitation', direction: '' })).toEqual([recorded]);
    expect(filterSignals(signals, { kind: 'fact', category: 'criminalExploitation', direction: '' })).toEqual([]);
  });

  it('writes the source and the grading as staff read them', () => {
    expect(sourceOf(recorded)).toBe('School: Mentor op school');
    expect(sourceOf({ ...recorded, sourceName: '' })).toBe('School');
    expect(gradingCode(recorded)).toBe('B2');
    expect(gradingCode({ ...recorded, informationCredibility: null })).toBe('B–');
    expect(gradingCode({ ...recorded, sourceReliability: null, informationCredibility: null })).toBeNull();
    expect(gradingInWords({ ...recorded, sourceReliability: null })).toBe('informatie 2 — waarschijnlijk waar');
  });
});
