import { useEffect, useRef, useState } from 'react';
import type { ConsultationPreview, ConsultationStep } from '../../../preload/contract';
import { api } from '../../app/api';

export type PreviewState =
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  /** `terms` is the list this preview was made with: it is what will print only while it is still the current list. */
  | { state: 'loaded'; preview: ConsultationPreview; terms: readonly string[] };

/**
 * The anonymised text for the current extra terms, asked again on every change. A slower answer to
 * an older list never replaces a newer one; until the newest arrives the old preview stays on screen,
 * marked as out of date, so the export cannot go out with a text the user has not seen.
 */
export function useConsultationPreview(caseId: string, step: ConsultationStep, extraTerms: readonly string[]) {
  const [preview, setPreview] = useState<PreviewState>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(0);

  useEffect(() => {
    const request = ++latest.current;
    void api.sharing.consultationPreview({ caseId, step, extraTerms: [...extraTerms] }).then((result) => {
      if (request !== latest.current) return;
      setPreview(result.ok ? { state: 'loaded', preview: result.value, terms: extraTerms } : { state: 'failed', message: result.error.message });
    });
  }, [caseId, step, extraTerms, attempt]);

  const retry = () => {
    setPreview({ state: 'loading' });
    setAttempt((count) => count + 1);
  };
  const current = preview.state === 'loaded' && preview.terms === extraTerms;
  return { preview, current, retry };
}
