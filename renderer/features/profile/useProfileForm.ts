import { useState } from 'react';
import type { FieldErrors } from '../../components/fieldErrors';
import { useFormFeedback } from '../../components/useFormFeedback';
import { checkProfileForm, keysAfterRemoval, valueAt, withValueAt, type ProfileFormValues } from './profileFormValues';

/**
 * The profile form's state. A field is checked with the contract's schema when the user leaves
 * it, and again on every keystroke once it shows a message, so the message goes as soon as the
 * input is right; the whole form is checked on saving.
 */
export function useProfileForm(youthId: string, initial: () => ProfileFormValues) {
  const [baseline, setBaseline] = useState(initial);
  const [values, setValues] = useState(baseline);
  const feedback = useFormFeedback();
  const { errors, setErrors } = feedback;

  function currentErrors(next: ProfileFormValues): FieldErrors {
    const checked = checkProfileForm(youthId, next);
    return checked.ok ? {} : checked.errors;
  }

  /** Shows exactly the messages of `keys`, as the schema now sees `next`. */
  function recheck(next: ProfileFormValues, keys: readonly string[]) {
    const now = currentErrors(next);
    setErrors(Object.fromEntries(keys.flatMap((key) => (now[key] ? [[key, now[key]]] : []))));
  }

  function change(key: string, value: unknown) {
    const next = withValueAt(values, key, value);
    setValues(next);
    if (errors[key] !== undefined) recheck(next, Object.keys(errors));
  }

  function blur(key: string) {
    recheck(values, [...new Set([...Object.keys(errors), key])]);
  }

  function addRow(listKey: string, row: unknown) {
    setValues(withValueAt(values, listKey, [...(valueAt(values, listKey) as unknown[]), row]));
  }

  function removeRow(listKey: string, index: number) {
    const next = withValueAt(values, listKey, (valueAt(values, listKey) as unknown[]).filter((_, i) => i !== index));
    setValues(next);
    recheck(next, keysAfterRemoval(Object.keys(errors), listKey, index));
  }

  /** Props for a TextField, TextAreaField or SelectField bound to one key. */
  function field(key: string) {
    return {
      value: String(valueAt(values, key) ?? ''),
      onChange: (value: string) => change(key, value),
      onBlur: () => blur(key),
      error: errors[key],
    };
  }

  function checkbox(key: string) {
    return { checked: valueAt(values, key) === true, onChange: (checked: boolean) => change(key, checked) };
  }

  /** Props for a RepeatingGroup bound to the list under `listKey`; `newRow` fills an added row. */
  function list<Row>(listKey: string, newRow: () => Row) {
    return {
      rows: valueAt(values, listKey) as Row[],
      onAdd: () => addRow(listKey, newRow()),
      onRemove: (index: number) => removeRow(listKey, index),
    };
  }

  function reset(to: ProfileFormValues) {
    setBaseline(to);
    setValues(to);
    setErrors({});
    feedback.setFormError(null);
  }

  const dirty = JSON.stringify(values) !== JSON.stringify(baseline);
  return { values, baseline, dirty, change, blur, field, checkbox, list, reset, feedback };
}

export type ProfileForm = ReturnType<typeof useProfileForm>;
