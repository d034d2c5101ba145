import { signalMessages, type FieldErrors, type NewSignalInput, type SignalView } from '../../../preload/contract';

/** How the signal is named: an item from the organisation's list, or in the user's own words. */
export type SubjectMode = 'catalogue' | 'freeText';

/** The form as typed: every value a string, '' while not chosen. */
export interface SignalFormValues {
  subjectMode: SubjectMode;
  catalogueItemId: string;
  freeText: string;
  freeTextCategory: string;
  kind: string;
  sourceType: string;
  sourceName: string;
  direction: string;
  sourceReliability: string;
  informationCredibility: string;
  date: string;
  description: string;
}

/** A new signal starts empty, dated today (most signals are written down the day they happen); the date stays editable. */
export const newSignalForm = (today: string): SignalFormValues => ({
  subjectMode: 'catalogue',
  catalogueItemId: '',
  freeText: '',
  freeTextCategory: '',
  kind: '',
  sourceType: '',
  sourceName: '',
  direction: '',
  sourceReliability: '',
  informationCredibility: '',
  date: today,
  description: '',
});

/** A correction starts from the signal as it was recorded. */
export function formValuesOf(signal: SignalView): SignalFormValues {
  return {
    subjectMode: signal.catalogueItem ? 'catalogue' : 'freeText',
    catalogueItemId: signal.catalogueItem?.id ?? '',
    freeText: signal.freeText,
    freeTextCategory: signal.catalogueItem ? '' : (signal.category ?? ''),
    kind: signal.kind,
    sourceType: signal.sourceType,
    sourceName: signal.sourceName,
    direction: signal.direction,
    sourceReliability: signal.sourceReliability ?? '',
    informationCredibility: signal.informationCredibility === null ? '' : String(signal.informationCredibility),
    date: signal.date,
    description: signal.description,
  };
}

export const isSignalFormDirty = (values: SignalFormValues, initial: SignalFormValues): boolean =>
  (Object.keys(values) as (keyof SignalFormValues)[]).some((key) => values[key].trim() !== initial[key].trim());

/** The fields main checks, without the youth or the signal corrected; only the chosen way of naming the signal is sent. */
export function signalInputOf(values: SignalFormValues): Omit<NewSignalInput, 'youthId'> {
  const fromCatalogue = values.subjectMode === 'catalogue';
  return {
    catalogueItemId: fromCatalogue && values.catalogueItemId !== '' ? values.catalogueItemId : null,
    freeText: fromCatalogue ? '' : values.freeText,
    freeTextCategory: fromCatalogue || values.freeTextCategory === '' ? null : (values.freeTextCategory as NewSignalInput['freeTextCategory']),
    kind: values.kind as NewSignalInput['kind'],
    sourceType: values.sourceType as NewSignalInput['sourceType'],
    sourceName: values.sourceName,
    direction: values.direction as NewSignalInput['direction'],
    sourceReliability: values.sourceReliability === '' ? null : (values.sourceReliability as NewSignalInput['sourceReliability']),
    informationCredibility: values.informationCredibility === '' ? null : Number(values.informationCredibility),
    date: values.date,
    description: values.description,
  };
}

const chooseItem = 'Kies een signaal uit de lijst, of kies ‘Zelf beschrijven’.';
const describeIt = 'Beschrijf het signaal in eigen woorden.';

/** What the chosen way of naming the signal still lacks; checked here because the schema checks it only once every field parses. */
function subjectErrors(values: SignalFormValues): FieldErrors {
  if (values.subjectMode === 'catalogue') return values.catalogueItemId === '' ? { catalogueItemId: chooseItem } : {};
  return {
    ...(values.freeText.trim() === '' ? { freeText: describeIt } : {}),
    ...(values.freeTextCategory === '' ? { freeTextCategory: signalMessages.freeTextCategoryRequired } : {}),
  };
}

/** The schema's messages, with the general "item or free text" replaced by what the field on screen lacks. */
export function signalFormErrors(schemaErrors: FieldErrors, values: SignalFormValues): FieldErrors {
  const { freeText, ...rest } = schemaErrors;
  const kept = freeText === undefined || freeText === signalMessages.itemOrFreeText ? rest : { ...rest, freeText };
  return { ...kept, ...subjectErrors(values) };
}
