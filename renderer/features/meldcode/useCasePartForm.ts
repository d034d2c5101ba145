import { useEffect, useState, type FormEvent } from 'react';
import { caseUpdateSchema, fieldErrorsFrom, type CallInput, type CasePart, type CaseView, type MeldcodeCase } from '../../../preload/contract';
import { api } from '../../app/api';
import { useDiscardGuard } from '../../components/useDiscardGuard';
import { useFormFeedback } from '../../components/useFormFeedback';

type UpdateInput = CallInput<'meldcode', 'update'>;
export type CasePartInput<Part extends CasePart> = Extract<UpdateInput, { part: Part }>['value'];

/** The keys of the part's text fields. */
type TextKey<Values> = { [Key in keyof Values]: Values[Key] extends string ? Key : never }[keyof Values] & string;

export interface CasePartFormOptions<Part extends CasePart, Values> {
  view: CaseView;
  part: Part;
  /** What is stored for this part, every field present (the stored schema's defaults when not saved yet). */
  stored: (meldcodeCase: MeldcodeCase) => Values;
  /** Read out after a save, e.g. "Stap 3 opgeslagen.". */
  savedMessage: string;
  onViewChange: (view: CaseView) => void;
  onDirtyChange: (dirty: boolean) => void;
  announce: (message: string) => void;
}

/**
 * One part of a case as a form, as the missing episode's parts are (useEpisodePartForm): it starts
 * from what is stored, checks its input with the contract's schema before sending, shows main's
 * messages at the fields (keyed `value.<field>`), keeps the input on every refusal, and after a
 * colleague's save in between (CONFLICT) offers the newest data beside the input.
 */
export function useCasePartForm<Part extends CasePart, Values extends CasePartInput<Part> & Record<string, unknown>>(options: CasePartFormOptions<Part, Values>) {
  const { view, part, savedMessage, onViewChange, onDirtyChange, announce } = options;
  const stored = options.stored(view.case);
  const storedKey = JSON.stringify(stored);
  const { updatedAt } = view.case;
  // The part as the input started from it, and the stamp its save names: main refuses the save
  // (CONFLICT) when the case changed since, so a save of another step moves the stamp on only
  // while this part is still stored as the input started from it.
  const [form, setForm] = useState({ values: stored, startedFrom: storedKey, basedOn: updatedAt });
  if (form.startedFrom !== storedKey || form.basedOn !== updatedAt) {
    const typed = JSON.stringify(form.values);
    if (typed === form.startedFrom || typed === storedKey) setForm({ values: stored, startedFrom: storedKey, basedOn: updatedAt });
    else if (form.startedFrom === storedKey) setForm({ ...form, basedOn: updatedAt });
  }
  const { values } = form;
  const dirty = JSON.stringify(values) !== storedKey;

  const feedback = useFormFeedback();
  const { errors, setErrors, setFormError, showErrors, busy, send } = feedback;
  const [conflict, setConflict] = useState<{ refusals: number; newestShown: boolean } | null>(null);
  const guard = useDiscardGuard({
    dirty,
    busy,
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
    setForm((current) => ({ ...current, values: { ...current.values, [key]: value } }));
    // The form's own check keys a message by the field, main by the call's input (`value.…`); a group's by its members.
    const about = (field: string) => [key, `value.${key}`].some((name) => field === name || field.startsWith(`${name}.`));
    setErrors((current) => Object.fromEntries(Object.entries(current).filter(([field]) => !about(field))));
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
    const update = { caseId: view.case.id, basedOnUpdatedAt: form.basedOn, part, value: values } as UpdateInput;
    const checked = caseUpdateSchema.safeParse(update);
    if (!checked.success) {
      showErrors(fieldErrorsFrom(checked.error), null);
      return;
    }
    const result = await send(() => api.meldcode.update(update));
    if (!result.ok) {
      if (result.error.code === 'CONFLICT') setConflict((current) => ({ refusals: (current?.refusals ?? 0) + 1, newestShown: false }));
      return;
    }
    const saved = options.stored(result.value.case);
    setForm({ values: saved, startedFrom: JSON.stringify(saved), basedOn: result.value.case.updatedAt });
    setConflict(null);
    onViewChange(result.value);
    announce(savedMessage);
  }

  /** Reads the case again (a colleague saved since): the page shows it, the input stays, the next save starts from it. */
  async function showNewest() {
    const newest = await api.meldcode.get({ caseId: view.case.id });
    if (!newest.ok) {
      setFormError(newest.error.message);
      return;
    }
    setFormError(null);
    const newestCase = newest.value.case;
    setForm((current) => ({ ...current, startedFrom: JSON.stringify(options.stored(newestCase)), basedOn: newestCase.updatedAt }));
    onViewChange(newest.value);
    setConflict((current) => current && { ...current, newestShown: true });
  }

  /** A closed case takes no more changes: the form shows what is stored, read-only. */
  const closed = view.case.status === 'closed';

  return { values, change, field, errorFor, dirty, guard, feedback, submit, conflict, showNewest, closed };
}

/** What the form's frame (CasePartForm.tsx) needs, whatever the part's values. */
export type CasePartFormFrame = Pick<ReturnType<typeof useCasePartForm<CasePart, CasePartInput<CasePart> & Record<string, unknown>>>, 'feedback' | 'submit' | 'conflict' | 'showNewest' | 'guard' | 'dirty' | 'closed'>;
