import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { urgencyAnswersSchema, type EpisodeView, type UrgencyAnswers, type UrgencyCriterion } from '../../../preload/contract';
import { api } from '../../app/api';
import { fieldErrorsFrom, focusFirstInvalid, type FieldErrors } from '../../components/fieldErrors';

type Answer = UrgencyAnswers[UrgencyCriterion];
export type UrgencySaveOutcome = 'saved' | 'unchanged' | 'invalid' | 'refused';

const same = (a: UrgencyAnswers, b: UrgencyAnswers) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The urgency answers being edited on the episode screen. The page holds them, not the tab: the
 * result ("bel nu 112") follows every click, and making the packet saves them first, so what the
 * police get is what the screen shows.
 */
export function useUrgencyEditor(view: EpisodeView, onViewChange: (view: EpisodeView) => void) {
  const saved = view.episode.urgency;
  const [draft, setDraft] = useState<UrgencyAnswers>(saved);
  // The answers the draft started from and the save they belong to: a save names it (CONFLICT otherwise).
  const [base, setBase] = useState({ answers: saved, updatedAt: view.episode.updatedAt });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  /** A colleague's answers, read again after main refused a save. */
  const [newer, setNewer] = useState<UrgencyAnswers | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const dirty = !same(draft, base.answers);

  // A newer view (another tab saved): clean answers follow it; answers being edited keep their
  // text, and only the stamp moves on while the answers stored are still the ones they started from.
  const [seenUpdatedAt, setSeenUpdatedAt] = useState(view.episode.updatedAt);
  if (view.episode.updatedAt !== seenUpdatedAt) {
    setSeenUpdatedAt(view.episode.updatedAt);
    if (!dirty) {
      setDraft(saved);
      setBase({ answers: saved, updatedAt: view.episode.updatedAt });
    } else if (same(saved, base.answers)) setBase({ answers: base.answers, updatedAt: view.episode.updatedAt });
  }

  function setAnswer(criterion: UrgencyCriterion, answer: Answer) {
    setDraft((current) => ({ ...current, [criterion]: answer }));
    setErrors((current) => Object.fromEntries(Object.entries(current).filter(([field]) => !field.startsWith(`${criterion}.`))));
  }

  function undo() {
    setDraft(base.answers);
    setErrors({});
    setMessage(null);
  }

  function showInvalid(fields: FieldErrors, text: string | null) {
    flushSync(() => {
      setErrors(fields);
      setMessage(text);
    });
  }

  async function takeNewer(refusal: string) {
    const newest = await api.missing.get({ episodeId: view.episode.id });
    showInvalid({}, refusal);
    if (!newest.ok) return;
    setNewer(newest.value.episode.urgency);
    setBase({ answers: newest.value.episode.urgency, updatedAt: newest.value.episode.updatedAt });
    onViewChange(newest.value);
  }

  async function save(): Promise<UrgencySaveOutcome> {
    if (!dirty) return 'unchanged';
    const parsed = urgencyAnswersSchema.safeParse(draft);
    if (!parsed.success) {
      showInvalid(fieldErrorsFrom(parsed.error), null);
      return 'invalid';
    }
    setBusy(true);
    setMessage(null);
    const result = await api.missing.update({ episodeId: view.episode.id, basedOnUpdatedAt: base.updatedAt, part: 'urgency', value: parsed.data });
    setBusy(false);
    if (result.ok) {
      setDraft(result.value.episode.urgency);
      setBase({ answers: result.value.episode.urgency, updatedAt: result.value.episode.updatedAt });
      setNewer(null);
      setErrors({});
      onViewChange(result.value);
      return 'saved';
    }
    if (result.error.code === 'CONFLICT') await takeNewer(result.error.message);
    else showInvalid(result.error.fields ?? {}, result.error.message);
    return 'refused';
  }

  return { draft, saved, dirty, errors, message, newer, busy, formRef, setAnswer, undo, save, focusFirstError: () => focusFirstInvalid(formRef.current) };
}

export type UrgencyEditor = ReturnType<typeof useUrgencyEditor>;
