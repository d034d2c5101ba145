import { useEffect, useRef, useState } from 'react';
import type { CaseDecisionAnswers, MeldcodeDecision } from '../../../preload/contract';
import { api } from '../../app/api';
import { previewKey } from './previewKey';

/** A short pause, so clicking through several answers asks main once. */
const previewDelayMs = 300;

/**
 * The engine's result for the answers on screen: the saved view's own preview while nothing is
 * changed, otherwise main's preview of the unsaved answers, asked a moment after the last change
 * the engine reads (previewKey.ts: typing the conflict-of-duties texts does not ask again).
 * `pending` is true while the answers on screen are newer than the result shown.
 */
export function useDecisionPreview(caseId: string, answers: CaseDecisionAnswers, dirty: boolean, saved: MeldcodeDecision) {
  const key = previewKey(answers);
  const latest = useRef(answers);
  latest.current = answers;
  const [asked, setAsked] = useState<{ key: string; preview: MeldcodeDecision } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    if (!dirty) return;
    let current = true;
    const timer = setTimeout(() => {
      void api.meldcode.previewDecision({ caseId, answers: latest.current }).then((result) => {
        if (!current) return;
        if (result.ok) {
          setAsked({ key, preview: result.value });
          setFailure(null);
        } else setFailure(result.error.message);
      });
    }, previewDelayMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [caseId, key, dirty]);

  if (!dirty) return { preview: saved, pending: false, failure: null };
  return { preview: asked?.preview ?? saved, pending: asked?.key !== key, failure };
}
