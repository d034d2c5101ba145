import {
  lastSeenAfterDiscoveryMessage,
  returnBeforeLastSeenMessage,
  type EpisodeReturn,
  type Informed,
  type MissingFacts,
  type PoliceReport,
  type ReturnConversation,
} from '../../../preload/contract';

/**
 * The order of an episode's moments, which the contract cannot check alone: each part is saved on
 * its own, so main compares it with what is stored. A moment left empty or stored as no date is
 * not compared. The answer is field → message, keyed by the part's own fields.
 */
export type TimeProblems = Record<string, string>;

export const episodeTimeMessages = {
  policeBeforeDiscovery: 'De melding bij de politie kan niet vóór het ontdekken van de vermissing liggen. Controleer de datum en de tijd.',
  informedBeforeDiscovery: 'Iemand inlichten kan niet vóór het ontdekken van de vermissing liggen. Controleer de datum en de tijd.',
  notifiedBeforeReturn: 'De politie kan niet over de terugkeer zijn ingelicht vóórdat de jongere terug was. Controleer de datum en de tijd.',
  conversationBeforeReturn: 'Het terugkeergesprek kan niet vóór de terugkeer zijn gehouden. Controleer de datum en de tijd.',
} as const;

const instant = (value: string | null | undefined) => (value ? Date.parse(value) : Number.NaN);
/** `earlier` comes after `later`: both are dates and the order is wrong. */
const isBefore = (later: string | null | undefined, earlier: string | null | undefined) => instant(later) < instant(earlier);

/** The moment the youth was last there: last seen when known, and never after the discovery. */
const goneSince = (facts: Pick<MissingFacts, 'discoveredAt' | 'lastSeenAt'>) => [facts.lastSeenAt, facts.discoveredAt];

export function factsTimeProblems(facts: MissingFacts, returned: EpisodeReturn | null): TimeProblems {
  const problems: TimeProblems = {};
  if (isBefore(facts.discoveredAt, facts.lastSeenAt)) problems.lastSeenAt = lastSeenAfterDiscoveryMessage;
  else if (returned && goneSince(facts).some((moment) => isBefore(returned.returnedAt, moment))) {
    problems[isBefore(returned.returnedAt, facts.lastSeenAt) ? 'lastSeenAt' : 'discoveredAt'] = returnBeforeLastSeenMessage;
  }
  return problems;
}

export function policeTimeProblems(police: PoliceReport, facts: MissingFacts): TimeProblems {
  return isBefore(police.reportedAt, facts.discoveredAt) ? { reportedAt: episodeTimeMessages.policeBeforeDiscovery } : {};
}

export function informedTimeProblems(informed: Informed, facts: MissingFacts): TimeProblems {
  const problems: TimeProblems = {};
  if (isBefore(informed.parentsAt, facts.discoveredAt)) problems.parentsAt = episodeTimeMessages.informedBeforeDiscovery;
  if (isBefore(informed.guardianAt, facts.discoveredAt)) problems.guardianAt = episodeTimeMessages.informedBeforeDiscovery;
  return problems;
}

export function returnTimeProblems(returned: EpisodeReturn, facts: MissingFacts, conversation: ReturnConversation | null): TimeProblems {
  const problems: TimeProblems = {};
  if (goneSince(facts).some((moment) => isBefore(returned.returnedAt, moment))) problems.returnedAt = returnBeforeLastSeenMessage;
  else if (conversation && isBefore(conversation.heldAt, returned.returnedAt)) problems.returnedAt = episodeTimeMessages.conversationBeforeReturn;
  if (isBefore(returned.policeNotifiedAt, returned.returnedAt)) problems.policeNotifiedAt = episodeTimeMessages.notifiedBeforeReturn;
  return problems;
}

export function conversationTimeProblems(conversation: ReturnConversation, returned: EpisodeReturn): TimeProblems {
  return isBefore(conversation.heldAt, returned.returnedAt) ? { heldAt: episodeTimeMessages.conversationBeforeReturn } : {};
}
