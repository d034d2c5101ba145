import { useCallback } from 'react';
import type { SectionPreview, ShareProposal, ShareSection } from '../../../preload/contract';
import { api } from '../../app/api';
import { useLoad } from '../../components/useLoad';
import type { ShareDraft } from './shareDraft';

/**
 * Every section the user may choose, as it would print: asked once when the step opens (main logs
 * each preview), so ticking and unticking does not ask again.
 */
export function useSectionPreviews(youthId: string, draft: ShareDraft, proposal: ShareProposal) {
  const { template, caseId } = draft;
  const available: ShareSection[] = proposal.sections.filter((section) => section.available).map((section) => section.id);
  const key = available.join(' ');
  const fetch = useCallback(
    () =>
      template === '' || key === ''
        ? Promise.resolve({ ok: true as const, value: [] as SectionPreview[] })
        : api.sharing.preview({ youthId, caseId: caseId === '' ? null : caseId, template, sections: key.split(' ') as ShareSection[] }),
    [youthId, template, caseId, key],
  );
  return useLoad(fetch);
}
