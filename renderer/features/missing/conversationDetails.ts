import type { ReturnConversation } from '../../../preload/contract';
import type { StoredDetail } from '../../components/StoredDetails';

/** The return conversation as saved, for the read-only views (after a conflict, after closing). */
export function conversationDetails(conversation: ReturnConversation | null): StoredDetail[] {
  return [
    { label: 'Gehouden op', at: conversation?.heldAt ?? '' },
    { label: 'Wie waren erbij', text: conversation?.participants ?? '' },
    { label: 'Wat ging eraan vooraf', text: conversation?.preceded ?? '' },
    { label: 'Wat kan helpen', text: conversation?.prevention ?? '' },
    { label: 'Afspraken', text: conversation?.agreements ?? '' },
    { label: 'Seksuele uitbuiting vermoed', text: conversation?.sexualExploitationSuspected ? 'Ja' : 'Nee' },
    { label: 'Medische opvolging', text: conversation?.medicalFollowUp ?? '' },
  ];
}
