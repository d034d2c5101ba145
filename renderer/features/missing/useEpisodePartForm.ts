import { useEffect, useState, type FormEvent } from 'react';
import { episodeUpdateSchema, fieldErrorsFrom, type CallInput, type EpisodeUpdate, type EpisodeView, type MissingEpisode } from '../../../preload/contract';
import { api } from '../../app/api';
import { useDiscardGuard } from '../../components/useDiscardGuard';
import { useFormFeedback } from '../../components/useFormFeedback';

type EpisodePart = EpisodeUpdate['part'];
type UpdateInput = CallInput<'missing', 'update'>;
export type PartInput<Part extends EpisodePart> = Extract<UpdateInput, { part: Part }>['value'];

export interface EpisodePartFormOptions<Part extends EpisodePart, Values> {
  view: EpisodeView;
  part: Part;
  /** The form's values for what is stored (times as the datetime-local inputs show them). */
  fromEpisode: (episode: MissingEpisode) => Values;
  /** What the form sends as the part (times as ISO instants). */
  toInput: (values: Values) => PartInput<Part>;
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
export function useEpisodePartForm<Part extends EpisodePart, Values extends Record<string, unknown>>(options: EpisodePartFormOptions<Part, Values>) {
  const { view, part, fromEpisode, toInput, savedMessage, onViewChange, onDirtyChange, announce } = options;
  const stored = fromEpisode(view.episode);
  const storedKey = JSON.stringify(stored);
  const [form, setForm] = useState({ values: stored, startedFrom: storedKey });
  // Another save changed what is stored (this page's other forms, a colleague's data after a
  // conflict): a form without input of its own follows it; one with input keeps that input.
  if (form.startedFrom !== storedKey && JSON.stringify(form.values) === form.startedFrom) setForm({ values: stored, startedFrom: storedKey });
  const { values } = form;
  const dirty = JSON.stringify(values) !== storedKey;

  const feedback = useFormFeedback();
  const { errors, setErrors, setFormError, showErrors, busy, send } = feedback;
  const [conflict, setConflict] = useState<{ refusals: number; newestShown: boolean } | null>(null);
  const guard = useDiscardGuard({
    dirty,
    busy,
    onLeave: () => {
      setForm({ values: stored, startedFrom: storedKey });
      setErrors({});
      setFormError(null);
      setConflict(null);
    },
  });

  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange(false), [onDirtyChange]);

  function change<Key extends keyof Values & string>(key: Key, value: Values[Key]) {
    setForm((current) => ({ ...current, values: { ...current.values, [key]: value } }));
    setErrors(({ [key]: _own, [`value.${key}`]: _main, ...rest }) => rest);
  }

  /** The message for one field, whether the form's check or main gave it. */
  function errorFor(key: keyof Values & string): string | undefined {
    return errors[`value.${key}`] ?? errors[key];
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    guard.setConfirmingDiscard(false);
    const update = { episodeId: view.episode.id, basedOnUpdatedAt: view.episode.updatedAt, part, value: toInput(values) } as UpdateInput;
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
    setForm({ values: saved, startedFrom: JSON.stringify(saved) });
    setConflict(null);
    onViewChange(result.value);
    announce(savedMessage);
  }

  /** Reads the episode again (a colleague saved since): the page shows it, the input stays. */
  async function showNewest() {
    const newest = await api.missing.get({ episodeId: view.episode.id });
    if (!newest.ok) {
      setFormError(newest.error.message);
      return;
    }
    setFormError(null);
    onViewChange(newest.value);
    setConflict((current) => current && { ...current, newestShown: true });
  }

  return { values, change, errorFor, dirty, guard, feedback, submit, conflict, showNewest };
}

/** What the form's frame (EpisodePartForm.tsx) needs, whatever the part's values. */
export type EpisodePartFormFrame = Pick<ReturnType<typeof useEpisodePartForm<EpisodePart, Record<string, unknown>>>, 'feedback' | 'submit' | 'conflict' | 'showNewest' | 'guard' | 'dirty'>;
