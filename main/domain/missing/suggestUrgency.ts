import {
  linkRatingLabels,
  linkTypeLabels,
  youngAgeSuggestionYears,
  type LinkRating,
  type LinkType,
  type NetworkContent,
  type NetworkEntity,
  type UrgencySuggestion,
  type YouthProfile,
} from '../../../preload/contract';
import { isRealIsoDate } from '../../../preload/contract/isoDate';
import { ageInYears } from '../../../preload/contract/rules/age';

/** What the file knows that may answer an urgency question before anyone types. */
export interface UrgencySources {
  profile: YouthProfile;
  dateOfBirth: string;
  network: NetworkContent;
  /** The day of the report (`YYYY-MM-DD`): the age counts on that day. */
  reportedOn: string;
}

/**
 * How the evidence names a network entity. Adopted evidence is printed at the top of the police
 * packet, so it names only what was released for the police; the source beside the suggestion
 * (on screen only) still says who it is.
 */
const nameForPolice = (entity: Pick<NetworkEntity, 'label' | 'shareWithPolice'>) => (entity.shareWithPolice ? entity.label : 'iemand die niet is vrijgegeven voor de politie');

const withNote = (sentence: string, note: string) => (note.trim() ? `${sentence} ${note.trim()}` : sentence);
const listed = (labels: readonly string[]) => labels.join(', ');

/** Links of these kinds with the youth, rated worrying or worse, are how exploitation shows in a network. */
const exploitingLinks: readonly LinkType[] = ['recruits', 'supplies', 'transports', 'debt'];
const isWorrying = (rating: LinkRating) => rating === 'worrying' || rating === 'danger';

function intellectualDisability({ vulnerabilities }: YouthProfile): UrgencySuggestion[] {
  if (vulnerabilities.lvb === 'none') return [];
  const sentence =
    vulnerabilities.lvb === 'confirmed'
      ? 'In het dossier staat een vastgestelde (licht) verstandelijke beperking.'
      : 'In het dossier staat een vermoeden van een (licht) verstandelijke beperking.';
  return [{ criterion: 'intellectualDisability', evidence: withNote(sentence, vulnerabilities.lvbNote), source: 'Dossier › Kwetsbaarheden' }];
}

function suicideRisk({ vulnerabilities }: YouthProfile): UrgencySuggestion[] {
  if (!vulnerabilities.suicideRisk.present) return [];
  return [{ criterion: 'suicideRisk', evidence: withNote('In het dossier staat kans op suïcide.', vulnerabilities.suicideRisk.note), source: 'Dossier › Kwetsbaarheden' }];
}

function youngAge(dateOfBirth: string, reportedOn: string): UrgencySuggestion[] {
  if (!isRealIsoDate(dateOfBirth) || !isRealIsoDate(reportedOn)) return [];
  const age = ageInYears(dateOfBirth, reportedOn);
  if (age >= youngAgeSuggestionYears) return [];
  return [{ criterion: 'youngAge', evidence: `De jongere is ${age} jaar.`, source: 'Dossier › Geboortedatum' }];
}

function criminalCompany({ entities }: NetworkContent): UrgencySuggestion[] {
  const suspects = entities.filter((entity) => entity.details.kind === 'person' && entity.details.role === 'suspectedExploiter');
  if (suspects.length === 0) return [];
  const named = suspects.map(nameForPolice);
  const sentence =
    suspects.length === 1
      ? `In het netwerk staat een vermoedelijke uitbuiter of ronselaar: ${named[0]}.`
      : `In het netwerk staan vermoedelijke uitbuiters of ronselaars: ${listed(named)}.`;
  return [{ criterion: 'criminalCompany', evidence: sentence, source: `Netwerk › ${listed(suspects.map((entity) => entity.label))}` }];
}

/** A link with the youth rated danger, or one of an exploiting kind rated worrying or danger. */
function crimeAgainstYouth({ entities, links }: NetworkContent): UrgencySuggestion[] {
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const found = links.flatMap((link) => {
    const otherId = link.fromId === null ? link.toId : link.toId === null ? link.fromId : null;
    const other = otherId === null ? undefined : byId.get(otherId);
    if (other === undefined) return [];
    const worrying = link.rating === 'danger' || (exploitingLinks.includes(link.type) && isWorrying(link.rating));
    return worrying ? [{ label: other.label, says: `${nameForPolice(other)} (${linkTypeLabels[link.type].toLowerCase()}, ${linkRatingLabels[link.rating].toLowerCase()})` }] : [];
  });
  if (found.length === 0) return [];
  return [
    {
      criterion: 'crimeAgainstYouth',
      evidence: `In het netwerk staan verbanden met de jongere die op uitbuiting of gevaar wijzen: ${listed(found.map((link) => link.says))}.`,
      source: `Netwerk › ${listed([...new Set(found.map((link) => link.label))])}`,
    },
  ];
}

/**
 * Answers the file already suggests, with where they came from; the worker decides each one.
 * Violence is never suggested: nothing in the file records earlier violence as such.
 */
export function suggestUrgency(sources: UrgencySources): UrgencySuggestion[] {
  return [
    ...crimeAgainstYouth(sources.network),
    ...criminalCompany(sources.network),
    ...intellectualDisability(sources.profile),
    ...suicideRisk(sources.profile),
    ...youngAge(sources.dateOfBirth, sources.reportedOn),
  ];
}
