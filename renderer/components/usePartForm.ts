import { useEffect, useState, type FormEvent } from 'react';
import type { FieldErrors, Result } from '../../preload/contract';
import { useDiscardGuard } from './useDiscardGuard';
import { useFormFeedback } from './useFormFeedback';

/** A part as stored: its values (every field present, as the form shows them) and the stamp a save names. */
export interface StoredPart<Values> {
  values: Values;
  updatedAt: string;
}

/** The keys of the part's text fields. */
export type TextKey<Values> = { [Key in keyof Values]: Values[Key] extends string ? Key : never }[keyof Values] & string;

export interface PartFormOptions<Values, View> {
  /** The part in the view on screen. */
  current: StoredPart<Values>;
  /** The part in a view main returned (after a save, or read again). */
  partOf: (view: View) => StoredPart<Values>;
  /** The contract's check of the save this input makes, before it is sent: field messages, or null when it passes. */
  check: (values: Values, basedOn: string) => FieldErrors | null;
  save: (values: Values, basedOn: string) => Promise<Result<View>>;
  /** Reads the whole record again, after a colleague's save in between. */
  reload: () => Promise<Result<View>>;
  /** Read out after a save, e.g. "Stap 3 opgeslagen.". */
  savedMessage: string;
  onViewChange: (view: View) => void;
  onDirtyChange: (dirty: boolean) => void;
  announce: (message: string) => void;
}

/**
 * One part of a record (a missing episode, a meldcode case) as a small form: it starts from what
 * is stored, checks its input with the contract's schema before sending, shows main's messages at
 * the fields (keyed `value.<field>` like the contract's own), keeps the input on every refusal,
 * and after a colleague's save in between (CONFLICT) offers the newest data beside the input.
 */
export function usePartForm<Values extends Record<string, unknown>, View>(options: PartFormOptions<Values, View>) {
  const { current, partOf, savedMessage, onViewChange, onDirtyChange, announce } = options;
  const stored = current.values;
  const storedKey = JSON.stringify(stored);
  const { updatedAt } = current;
  // The part as the input started from it, and the stamp its save names: main refuses the save
  // (CONFLICT) when the record changed since.
  const [form, setForm] = useState({ values: stored, startedFrom: storedKey, basedOn: updatedAt });
  if (form.startedFrom !== storedKey || form.basedOn !== updatedAt) {
    // A newer view (the page's other forms, a colleague's data read again): a form without input of
    // its own (or with just what is stored now) follows it. One with input keeps it, and moves its
    // stamp on only while this part is still stored as it started; when the part itself changed the
    // old stamp stays.
    const typed = JSON.stringify(form.values);
    if (typed === form.startedFrom || typed === storedKey) setForm({ values: stored, startedFrom: storedKey, basedOn: updatedAt });
    else if (form.startedFrom === storedKey) setForm({ ...form, basedOn: updatedAt });
  }
  const { values } = form;
  const dirty = JSON.stringify(values) !== storedKey;

  const feedback = useFormFeedback();
  const { errors, setErrors, setFormError, showErrors, send } = feedback;
  const [conflict, setConflict] = useState<{ refusals: number; newestShown: boolean } | null>(null);
  const guard = useDiscardGuard({
    dirty,
    busy: feedback.busy,
    onLeave: () => {
      setForm({ values: stored, startedFrom: storedKey, basedOn: updatedAt });
      setErrors({});
      setFormError(null);
      setConflict(null);
    },
  });

  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange(false), [onDirtyChange]);

  function change<Key extends keyof Values & string>(key: Key, value: Values[Key]) {
    setForm((state) => ({ ...state, values: { ...state.values, [key]: value } }));
    // The form's own check keys a message by the field, main by the call's input (`value.…`); a group's by its members.
    const about = (field: string) => [key, `value.${key}`].some((name) => field === name || field.startsWith(`${name}.`));
    setErrors((shown) => Object.fromEntries(Object.entries(shown).filter(([field]) => !about(field))));
  }

  /** The message for one field (or a nested one, `checklist.facts`), whether the form's check or main gave it. */
  function errorFor(key: string): string | undefined {
    return errors[`value.${key}`] ?? errors[key];
  }

  /** Props for a TextField or TextAreaField bound to one text field of the part. */
  function field(key: TextKey<Values>) {
    return { value: values[key] as string, onChange: (value: string) => change(key, value as Values[typeof key]), error: errorFor(key) };
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    guard.setConfirmingDiscard(false);
    const refused = options.check(values, form.basedOn);
    if (refused) {
      showErrors(refused, null);
      return;
    }
    const result = await send(() => options.save(values, form.basedOn));
    if (!result.ok) {
      if (result.error.code === 'CONFLICT') setConflict((shown) => ({ refusals: (shown?.refusals ?? 0) + 1, newestShown: false }));
      return;
    }
    const saved = partOf(result.value);
    setForm({ values: saved.values, startedFrom: JSON.stringify(saved.values), basedOn: saved.updatedAt });
    setConflict(null);
    onViewChange(result.value);
    announce(savedMessage);
  }

  /** Reads the record again (a colleague saved since): the page shows it, the input stays, the next save starts from it. */
  async function showNewest() {
    const newest = await options.reload();
    if (!newest.ok) {
      setFormError(newest.error.message);
      return;
    }
    setFormError(null);
    const part = partOf(newest.value);
    setForm((state) => ({ ...state, startedFrom: JSON.stringify(part.values), basedOn: part.updatedAt }));
    onViewChange(newest.value);
    setConflict((shown) => shown && { ...shown, newestShown: true });
  }

  return { values, change, field, errorFor, dirty, guard, feedback, submit, conflict, showNewest };
}

/** What the form's frame (PartForm.tsx) needs, whatever the part's values. */
export type PartFormFrame = Pick<ReturnType<typeof usePartForm<Record<string, unknown>, unknown>>, 'feedback' | 'submit' | 'conflict' | 'showNewest' | 'guard' | 'dirty'>;
