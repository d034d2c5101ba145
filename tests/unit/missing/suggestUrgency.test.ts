import { describe, expect, it } from 'vitest';
import { suggestUrgency, type UrgencySources } from '../../../main/domain/missing/suggestUrgency';
import { emptyYouthProfile, storedEntityDetailsSchema, type NetworkEntity, type NetworkLink } from '../../../preload/contract';

function entity(id: string, label: string, details: Record<string, unknown>, shareWithPolice = true): NetworkEntity {
  const parsed = storedEntityDetailsSchema.parse(details);
  return { id, youthId: 'y1', kind: parsed.kind, label, details: parsed, source: 'Mentor', observedOn: '', notes: '', atRisk: false, shareWithPolice, position: null, updatedAt: '' };
}

function link(id: string, ends: Pick<NetworkLink, 'fromId' | 'toId'>, type: NetworkLink['type'], rating: NetworkLink['rating']): NetworkLink {
  return { id, youthId: 'y1', ...ends, type, rating, source: 'Mentor', observedOn: '', notes: '', updatedAt: '' };
}

/** A 15-year-old with nothing in the file that suggests urgency. */
function sources(overrides: Partial<UrgencySources> = {}): UrgencySources {
  return { profile: emptyYouthProfile(), dateOfBirth: '2011-03-10', network: { entities: [], links: [] }, reportedOn: '2026-05-12', ...overrides };
}

describe('urgency answers the file suggests', () => {
  it('suggests nothing when the file knows nothing that applies', () => {
    expect(suggestUrgency(sources())).toEqual([]);
  });

  it('suggests an intellectual disability when one is suspected or confirmed, with the note and where it came from', () => {
    const profile = emptyYouthProfile();
    profile.vulnerabilities.lvb = 'suspected';
    profile.vulnerabilities.lvbNote = 'IQ-onderzoek loopt.';
    expect(suggestUrgency(sources({ profile }))).toEqual([
      { criterion: 'intellectualDisability', evidence: 'In het dossier staat een vermoeden van een (licht) verstandelijke beperking. IQ-onderzoek loopt.', source: 'Dossier › Kwetsbaarheden' },
    ]);
    profile.vulnerabilities.lvb = 'confirmed';
    profile.vulnerabilities.lvbNote = '';
    expect(suggestUrgency(sources({ profile }))[0]?.evidence).toBe('In het dossier staat een vastgestelde (licht) verstandelijke beperking.');
  });

  it('suggests a suicide risk when the file records one', () => {
    const profile = emptyYouthProfile();
    profile.vulnerabilities.suicideRisk = { present: true, note: 'Uitspraken in januari.' };
    expect(suggestUrgency(sources({ profile }))).toEqual([
      { criterion: 'suicideRisk', evidence: 'In het dossier staat kans op suïcide. Uitspraken in januari.', source: 'Dossier › Kwetsbaarheden' },
    ]);
  });

  it('suggests a young age below 14 on the day of the report, counted in completed years', () => {
    expect(suggestUrgency(sources({ dateOfBirth: '2012-05-13' }))).toEqual([{ criterion: 'youngAge', evidence: 'De jongere is 13 jaar.', source: 'Dossier › Geboortedatum' }]);
    expect(suggestUrgency(sources({ dateOfBirth: '2012-05-12' }))).toEqual([]);
    expect(suggestUrgency(sources({ dateOfBirth: 'onbekend' }))).toEqual([]);
  });

  it('suggests criminal company for a suspected exploiter and a crime against the youth for worrying links with the youth', () => {
    const network = {
      entities: [
        entity('e1', 'Jan (Jantje)', { kind: 'person', role: 'suspectedExploiter', name: 'Jan', alias: 'Jantje' }),
        entity('e2', 'Tante Ria', { kind: 'person', role: 'family', name: 'Tante Ria' }),
        entity('e3', 'Kees', { kind: 'person', role: 'newContact', name: 'Kees' }),
      ],
      links: [
        link('l1', { fromId: 'e1', toId: null }, 'recruits', 'worrying'),
        link('l2', { fromId: null, toId: 'e2' }, 'family', 'protective'),
        link('l3', { fromId: 'e3', toId: null }, 'friendship', 'danger'),
        link('l4', { fromId: 'e3', toId: null }, 'supplies', 'neutral'),
        link('l5', { fromId: 'e1', toId: 'e3' }, 'recruits', 'danger'),
      ],
    };
    expect(suggestUrgency(sources({ network }))).toEqual([
      {
        criterion: 'crimeAgainstYouth',
        evidence: 'In het netwerk staan verbanden met de jongere die op uitbuiting of gevaar wijzen: Jan (Jantje) (ronselt, zorgelijk), Kees (vriendschap, gevaar).',
        source: 'Netwerk › Jan (Jantje), Kees',
      },
      { criterion: 'criminalCompany', evidence: 'In het netwerk staat een vermoedelijke uitbuiter of ronselaar: Jan (Jantje).', source: 'Netwerk › Jan (Jantje)' },
    ]);
  });

  it('names in the evidence only who was released for the police, since adopted evidence is printed in the packet', () => {
    const network = {
      entities: [
        entity('e1', 'Jan (Jantje)', { kind: 'person', role: 'suspectedExploiter', name: 'Jan', alias: 'Jantje' }, false),
        entity('e2', 'Dirk', { kind: 'person', role: 'suspectedExploiter', name: 'Dirk' }),
      ],
      links: [link('l1', { fromId: 'e1', toId: null }, 'recruits', 'danger')],
    };
    const suggestions = suggestUrgency(sources({ network }));
    const evidence = suggestions.map((suggestion) => suggestion.evidence).join(' ');
    expect(evidence).not.toContain('Jan');
    expect(evidence).toContain('iemand die niet is vrijgegeven voor de politie (ronselt, gevaar)');
    expect(evidence).toContain('vermoedelijke uitbuiters of ronselaars: iemand die niet is vrijgegeven voor de politie, Dirk.');
    // The source is shown on screen only, for the worker who knows the network.
    expect(suggestions.find((suggestion) => suggestion.criterion === 'criminalCompany')?.source).toBe('Netwerk › Jan (Jantje), Dirk');
  });
});
