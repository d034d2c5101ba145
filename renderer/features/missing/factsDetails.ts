import { belongingStateLabels, type MissingFacts } from '../../../preload/contract';
import type { StoredDetail } from '../../components/StoredDetails';

/** The moment's facts as saved, for the read-only views (after a conflict, after closing). */
export function factsDetails(facts: MissingFacts): StoredDetail[] {
  const { belongings } = facts;
  return [
    { label: 'Vermissing ontdekt op', at: facts.discoveredAt },
    { label: 'Laatst gezien op', at: facts.lastSeenAt },
    { label: 'Laatst gezien waar', text: facts.lastSeenWhere },
    { label: 'Laatst gezien met wie', text: facts.lastSeenWith },
    { label: 'Kleding', text: facts.clothing },
    { label: 'Telefoon', text: belongingStateLabels[belongings.phone] },
    { label: 'Geld', text: belongingStateLabels[belongings.money] },
    { label: 'Identiteitsbewijs', text: belongingStateLabels[belongings.idDocument] },
    { label: 'Bankpas', text: belongingStateLabels[belongings.bankCard] },
    { label: 'Verder bij zich', text: belongings.other },
    { label: 'Richting of vervoer', text: facts.direction },
  ];
}
