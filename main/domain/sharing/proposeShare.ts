import { needsCase, shareSections, type LegalGround, type ProposedSection, type ShareRecipient, type ShareSection, type ShareTemplate } from '../../../preload/contract';

/** Interpretations and gut feelings, and the weighing built on them, are opinions rather than facts. */
const interpretations: readonly ShareSection[] = ['interpretations', 'gutFeelings', 'weighing'];

/** Identifying the youth and the people around them: only for a recipient who must recognise or find them. */
const recognition: readonly ShareSection[] = ['description', 'photo', 'network'];

interface TemplateRule {
  recipient: ShareRecipient;
  purpose: string;
  /** Null where no ground follows from the template: the user must choose. */
  legalGround: LegalGround | null;
  /** What this purpose needs; everything else starts off. */
  proposed: readonly ShareSection[];
}

/**
 * Each template's minimal set (domain.md §6): facts and events for a report, the meldcode's course
 * for Veilig Thuis and a hand-over, what it takes to recognise and find the youth for the police.
 */
const templates: Record<ShareTemplate, TemplateRule> = {
  veiligThuisReport: {
    recipient: 'veiligThuis',
    purpose: 'Melding van een vermoeden van uitbuiting, zodat Veilig Thuis de veiligheid van de jongere kan beoordelen en onderzoeken.',
    legalGround: 'meldrecht',
    proposed: ['personalia', 'facts', 'events', 'observations', 'missingEpisodes', 'meldcodeSteps', 'decision', 'followThrough'],
  },
  policeReport: {
    recipient: 'policeAvim',
    purpose: 'Melding van een vermoeden van mensenhandel, om ernstig gevaar voor de jongere af te wenden.',
    legalGround: 'conflictOfDuties',
    proposed: ['personalia', 'description', 'photo', 'facts', 'events', 'observations', 'missingEpisodes', 'network'],
  },
  caseSummary: {
    recipient: 'zorgcoordinator',
    purpose: 'Overdracht van de meldcodecasus: welke signalen er zijn, wat er is besloten en wat er is gedaan.',
    legalGround: null,
    proposed: ['facts', 'events', 'observations', 'meldcodeSteps', 'decision', 'followThrough', 'caseLog'],
  },
};

function reason(section: ShareSection, proposed: boolean, available: boolean): string {
  if (!available) return 'Kies eerst een meldcodecasus: dit onderdeel komt uit de casus.';
  if (interpretations.includes(section)) {
    return 'Een interpretatie of gevoel, geen feit. Deel feiten; zet dit alleen aan als de ontvanger het echt nodig heeft.';
  }
  if (recognition.includes(section)) {
    return proposed
      ? 'De ontvanger moet de jongere en de betrokkenen kunnen herkennen en zoeken. Uit het netwerk gaat alleen mee wat is vrijgegeven.'
      : 'Alleen nodig als de ontvanger de jongere of de betrokkenen moet herkennen of zoeken.';
  }
  if (section === 'personalia') {
    return proposed ? 'Nodig om de jongere te identificeren.' : 'Alleen de naam staat bovenaan; meer is voor dit doel niet nodig.';
  }
  if (section === 'decision' && proposed) {
    return 'Wat je hebt besloten en de redenering die ertoe leidde (bij een volwassene ook de antwoorden over het conflict van plichten): de ontvanger moet weten waarom je dit deelt.';
  }
  return proposed ? 'Feiten die de ontvanger voor dit doel nodig heeft.' : 'Voor dit doel niet nodig.';
}

export interface ShareProposalRule {
  recipient: ShareRecipient;
  purpose: string;
  legalGround: LegalGround | null;
  sections: ProposedSection[];
}

/** The proposal for a template: who, why, on which ground, and per section whether it is needed and why. */
export function proposeShare(template: ShareTemplate, hasCase: boolean): ShareProposalRule {
  const rule = templates[template];
  return {
    recipient: rule.recipient,
    purpose: rule.purpose,
    legalGround: rule.legalGround,
    sections: shareSections.map((id) => {
      const available = hasCase || !needsCase(id);
      const proposed = available && rule.proposed.includes(id) && !interpretations.includes(id);
      return { id, proposed, available, nature: interpretations.includes(id) ? 'interpretation' : 'fact', reason: reason(id, proposed, available) };
    }),
  };
}
