import { useEffect, useRef, useState } from 'react';
import type { ShareProposal, ShareTemplate } from '../../../preload/contract';
import { api } from '../../app/api';

/**
 * Asks main for the proposal whenever the template or the case changes; `onProposal` gets each
 * new one with the one before it. The earlier proposal stays on screen while the next is on its
 * way, and an answer that arrives after a newer question is dropped.
 */
export function useShareProposal(youthId: string, template: ShareTemplate | '', caseId: string, onProposal: (next: ShareProposal, previous: ShareProposal | null) => void) {
  const [proposal, setProposal] = useState<ShareProposal | null>(null);
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const previous = useRef<ShareProposal | null>(null);
  const latestOnProposal = useRef(onProposal);
  useEffect(() => {
    latestOnProposal.current = onProposal;
  });

  useEffect(() => {
    if (template === '') return;
    let current = true;
    setPending(true);
    setFailure(null);
    void api.sharing.propose({ youthId, caseId: caseId === '' ? null : caseId, template }).then((result) => {
      if (!current) return;
      setPending(false);
      if (!result.ok) {
        setFailure(result.error.message);
        return;
      }
      latestOnProposal.current(result.value, previous.current);
      previous.current = result.value;
      setProposal(result.value);
    });
    return () => {
      current = false;
    };
  }, [youthId, template, caseId, attempt]);

  return { proposal, pending, failure, retry: () => setAttempt((count) => count + 1) };
}
