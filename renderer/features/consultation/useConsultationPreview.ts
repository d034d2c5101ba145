import { useEffect, useRef, useState } from 'react';
import type { ConsultationPreview, ConsultationStep } from '../../../preload/contract';
import { api } from '../../app/api';
import { useSettledDisclosure, type TypedDisclosure } from './useSettledDisclosure';

/** What a preview was made with: it is what will print only while that is still what is on screen. */
interface PreviewRequest extends TypedDisclosure {
  terms: readonly string[];
}

export type PreviewState =
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | { state: 'loaded'; preview: ConsultationPreview; request: PreviewRequest };

/**
 * The anonymised text for the current extra terms and the recipient and purpose typed so far (they
 * print redacted too), asked again on every change of the terms and once typing pauses. A slower
 * answer to an older request never replaces a newer one; until the newest arrives the old preview
 * stays on screen, marked as out of date, so the export cannot go out with a text the user has not seen.
 */
export function useConsultationPreview(caseId: string, step: ConsultationStep, extraTerms: readonly string[], typed: TypedDisclosure) {
  const [preview, setPreview] = useState<PreviewState>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(0);
  const { recipient, purpose } = useSettledDisclosure(typed);

  useEffect(() => {
    const request = ++latest.current;
    void api.sharing.consultationPreview({ caseId, step, extraTerms: [...extraTerms], recipient, purpose }).then((result) => {
      if (request !== latest.current) return;
      setPreview(result.ok ? { state: 'loaded', preview: result.value, request: { terms: extraTerms, recipient, purpose } } : { state: 'failed', message: result.error.message });
    });
  }, [caseId, step, extraTerms, recipient, purpose, attempt]);

  const retry = () => {
    setPreview({ state: 'loading' });
    setAttempt((count) => count + 1);
  };
  const current =
    preview.state === 'loaded' && preview.request.terms === extraTerms && preview.request.recipient === typed.recipient && preview.request.purpose === typed.purpose;
  return { preview, current, retry };
}
