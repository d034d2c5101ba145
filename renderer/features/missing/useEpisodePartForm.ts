import { useEffect, useState, type FormEvent } from 'react';
import { episodeUpdateSchema, fieldErrorsFrom, type CallInput, type EpisodeUpdate, type EpisodeView, type MissingEpisode } from '../../../preload/contract';
import { api } from '../../app/api';
import { fromDateTimeLocal, toDateTimeLocal } from '../../components/dateTimeLocal';
import { useDiscardGuard } from '../../components/useDiscardGuard';
import { useFormFeedback } from '../../components/useFormFeedback';

type EpisodePart = EpisodeUpdate['part'];
type UpdateInput = CallInput<'missing', 'update'>;
export type PartInput<Part extends EpisodePart> = Extract<UpdateInput, { part: Part }>['value'];

/** The keys of the part's text fields (a moment is text too). */
type TextKey<Values> = { [Key in keyof Values]: Values[Key] extends string ? Key : never }[keyof Values] & string;

export interface EpisodePartFormOptions<Part extends EpisodePart, Values> {
  view: EpisodeView;
  part: Part;
  /** What is stored for this part, every field present (the stored schema's defaults when not filled in yet). */
  stored: (episode: MissingEpisode) => Values;
  /** The moments: shown in datetime-local inputs on this PC's clock, sent as ISO instants. */
  times: readonly TextKey<Values>[];
  /** Read out after a save, e.g. "Melding bij de politie opgeslagen.". */
  savedMessage: string;
  onViewChange: (view: EpisodeView) => void;
  onDirtyChange: (dirty: boolean) => void;
  announce: (message: string) => void;
}

/**
 * One part of an episode as a small form: it starts from what is stored, checks its input with the
 * contract's schema before sending, shows main's messages at the fields (keyed `value.<field>`
 * like the contract's own), keeps the input on every refusal, and after a colleague's save in
 * between (CONFLICT) offers the newest data beside the input, as the profile form does.
 */
export function useEpisodePartForm<Part extends EpisodePart, Values extends PartInput<Part> & Record<string, unknown>>(options: EpisodePartFormOptions<Part, Values>) {
  const { view, part, times, savedMessage, onViewChange, onDirtyChange, announce } = options;
  const fromEpisode = (episode: MissingEpisode): Values => withTimes(options.stored(episode), times, toDateTimeLocal);
  const stored = fromEpisode(view.episode);
  const storedKey = JSON.stringify(stored);
  const { updatedAt } = view.episode;
  // The part as the input started from it, and the save it belongs to: a save names that stamp,
  // not the view's, so main refuses it (CONFLICT) when the part changed since.
  const [form, setForm] = useState({ values: stored, startedFrom: storedKey, basedOn: updatedAt });
  if (form.startedFrom !== storedKey || form.basedOn !== updatedAt) {
    // A newer view (this page's other forms, the timeline, a colleague's data read again): a form
    // without input of its own (or with just what is stored now) follows it. One with input keeps
    // it, and moves its stamp on only while this part is still stored as it started; when the part
    // itself changed the old stamp stays.
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

  /** The message for one field, whether the form's check or main gave it. */
  function errorFor(key: keyof Values & string): string | undefined {
    return errors[`value.${key}`] ?? errors[key];
  }

  /** Props for a TextField or TextAreaField bound to one text field of the part. */
  function field(key: TextKey<Values>) {
    return { value: values[key] as string, onChange: (value: string) => change(key, value as Values[typeof key]), error: errorFor(key) };
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    guard.setConfirmingDiscard(false);
    const value = withTimes(values, times, fromDateTimeLocal);
    const update = { episodeId: view.episode.id, basedOnUpdatedAt: form.basedOn, part, value } as UpdateInput;
    const checked = episodeUpdateSchema.safeParse(update);
    if (!checked.success) {
      showErrors(fieldErrorsFrom(checked.error), null);
      return;
    }
    const result = await send(() => api.missing.update(update));
    if (!result.ok) {
      if (result.error.code === 'CONFLICT') setConflict((current) => ({ refusals: (current?.refusals ?? 0) + 1, newestShown: false }));
      return;
    }
    const saved = fromEpisode(result.value.episode);
    setForm({ values: saved, startedFrom: JSON.stringify(saved), basedOn: result.value.episode.updatedAt });
    setConflict(null);
    onViewChange(result.value);
    announce(savedMessage);
  }

  /**
   * Reads the episode again (a colleague saved since): the page shows it, the input stays, and the
   * next save starts from what the user now has seen.
   */
  async function showNewest() {
    const newest = await api.missing.get({ episodeId: view.episode.id });
    if (!newest.ok) {
      setFormError(newest.error.message);
      return;
    }
    setFormError(null);
    const { episode } = newest.value;
    setForm((current) => ({ ...current, startedFrom: JSON.stringify(fromEpisode(episode)), basedOn: episode.updatedAt }));
    onViewChange(newest.value);
    setConflict((current) => current && { ...current, newestShown: true });
  }

  return { values, change, field, dirty, guard, feedback, submit, conflict, showNewest };
}

/** The values with each moment converted (stored instant ↔ the input's own text). */
function withTimes<Values>(values: Values, times: readonly TextKey<Values>[], convert: (text: string) => string): Values {
  return { ...values, ...Object.fromEntries(times.map((key) => [key, convert(values[key] as string)])) };
}

/** What the form's frame (EpisodePartForm.tsx) needs, whatever the part's values. */
export type EpisodePartFormFrame = Pick<ReturnType<typeof useEpisodePartForm<EpisodePart, PartInput<EpisodePart> & Record<string, unknown>>>, 'feedback' | 'submit' | 'conflict' | 'showNewest' | 'guard' | 'dirty'>;
