import { demoProfile } from '../../../main/demo/demoProfiles';
import type { MissingPacketData } from '../../../main/packet/packetData';
import {
  storedEntityDetailsSchema,
  storedInformedSchema,
  storedMissingFactsSchema,
  storedPoliceReportSchema,
  storedUrgencyAnswersSchema,
  youthProfileSchema,
  type EntityDetails,
  type LinkRating,
  type LinkType,
  type MissingEpisode,
  type NetworkEntity,
  type NetworkLink,
} from '../../../preload/contract';
import { plainJpeg } from '../../support/testImages';

/** Fictional: printed in the evening of 12 March 2026, Dutch time (winter time, UTC+1). */
export const printedAt = '2026-03-12T22:40:00.000Z';
const today = new Date(printedAt);

export function entity(id: string, details: EntityDetails, shareWithPolice = true, label = ''): NetworkEntity {
  return {
    id,
    youthId: 'youth',
    kind: details.kind,
    label: label || ('name' in details ? details.name : 'plate' in details ? details.plate : 'number' in details ? details.number : `${details.platform}: ${details.handle}`),
    details: storedEntityDetailsSchema.parse(details),
    source: 'Eigen waarneming avonddienst',
    observedOn: '2026-02-26',
    notes: '',
    atRisk: false,
    shareWithPolice,
    position: null,
    updatedAt: printedAt,
  };
}

export function link(id: string, fromId: string | null, toId: string | null, type: LinkType, rating: LinkRating): NetworkLink {
  return { id, youthId: 'youth', fromId, toId, type, rating, source: 'Collega', observedOn: '', notes: '', updatedAt: printedAt };
}

export function episode(overrides: Partial<MissingEpisode> = {}): MissingEpisode {
  return {
    id: 'episode',
    youthId: 'youth',
    status: 'missing',
    reportedAt: '2026-03-12T22:20:00.000Z',
    reportedByName: 'Wim Groep',
    facts: storedMissingFactsSchema.parse({ discoveredAt: '2026-03-12T22:15:00.000Z' }),
    urgency: storedUrgencyAnswersSchema.parse({}),
    police: storedPoliceReportSchema.parse({}),
    informed: storedInformedSchema.parse({}),
    returned: null,
    conversation: null,
    events: [],
    closedAt: null,
    closedByName: null,
    updatedAt: '2026-03-12T22:20:00.000Z',
    ...overrides,
  };
}

/** A youth with only a name and a birth date: everything else at its defaults. */
export function bareData(): MissingPacketData {
  return {
    printedAt,
    printedBy: 'Wim Groep',
    youth: { firstName: 'Kim', lastName: 'Leeg', alias: '', dateOfBirth: '2011-05-05' },
    profile: youthProfileSchema.parse({}),
    portrait: null,
    safetyPlan: null,
    network: { entities: [], links: [], withheldCount: 0 },
    episode: episode(),
    previousEpisodes: [],
    onCall: { name: '', phone: '' },
    locationName: 'Groep Noord',
  };
}

/** The demo's Sanne, with medication, a released network, urgency, the police told and a timeline. */
export function fullData(): MissingPacketData {
  const { alias, profile } = demoProfile('Sanne', today);
  const exploiter = entity('p1', { kind: 'person', role: 'suspectedExploiter', name: 'Onbekende man', alias: 'Mo', description: 'Kort zwart haar, trainingspak.' }, true, 'Onbekende man (Mo)');
  const scooter = entity('v1', { kind: 'vehicle', vehicleType: 'scooter', plate: 'DRX-12-K', make: 'Piaggio', colour: 'Rood' });
  const phone = entity('t1', { kind: 'phone', number: '06-12345999' });
  const place = entity('a1', { kind: 'place', placeType: 'homeOf', name: 'Woning van een vriendin', address: 'Oefenlaan 7', postcode: '9999 XY', city: 'Voorbeeldstad', residents: 'Vriendin en haar moeder', riskNote: 'Blijft hier soms slapen.' });
  return {
    ...bareData(),
    youth: { firstName: 'Sanne', lastName: 'Verhoef', alias, dateOfBirth: '2010-03-14' },
    profile: { ...profile, medical: { needs: 'Allergisch voor noten.', medications: [{ name: 'Salbutamol', dose: 'Puffer bij benauwdheid', note: '' }] } },
    portrait: { jpeg: plainJpeg(480, 600), takenOn: '2026-02-20' },
    safetyPlan: {
      participants: [],
      agreements: 'Doordeweeks om 22:00 binnen.',
      riskSituations: 'Loopt weg na een afgezegd bezoek.',
      actionsWhenUnsafe: '',
      callWhenUnsafe: [{ name: 'Bereikbaarheidsdienst', role: 'achterwacht', phone: '0800 1234 567' }],
      socialMedia: 'Let op nieuwe volgers die cadeaus beloven.',
      reviewDate: '2026-06-01',
    },
    network: {
      entities: [exploiter, scooter, phone, place],
      links: [link('l1', 'p1', null, 'recruits', 'danger'), link('l2', 'p1', 'v1', 'usesVehicle', 'worrying'), link('l3', 'p1', 't1', 'other', 'neutral'), link('l4', null, 'a1', 'friendship', 'protective')],
      withheldCount: 2,
    },
    episode: episode({
      facts: storedMissingFactsSchema.parse({
        discoveredAt: '2026-03-12T22:15:00.000Z',
        lastSeenAt: '2026-03-12T19:30:00.000Z',
        lastSeenWhere: 'Bushalte bij het station',
        lastSeenWith: 'Twee onbekende jongens',
        clothing: 'Zwarte jas, grijze joggingbroek',
        belongings: { phone: 'yes', money: 'no', idDocument: 'unknown', bankCard: 'yes', other: 'Rugzak met kleren' },
        direction: 'Stapte op de bus richting centrum',
      }),
      urgency: storedUrgencyAnswersSchema.parse({
        intellectualDisability: { applies: true, evidence: 'LVB vermoed, onderzoek loopt.' },
        criminalCompany: { applies: true, evidence: 'Gezien met een man die haar ronselt.' },
        violence: { applies: false, evidence: '' },
      }),
      police: storedPoliceReportSchema.parse({ reportedAt: '2026-03-12T22:30:00.000Z', reportedBy: 'Wim Groep', reference: 'MUT-2026-0312', officerName: 'Agent Jansen', officerNumber: '4711' }),
      informed: storedInformedSchema.parse({ parentsAt: '2026-03-12T22:35:00.000Z', guardianAt: '2026-03-12T22:36:00.000Z' }),
      events: [{ id: 'e1', at: '2026-03-12T22:25:00.000Z', kind: 'searchAction', text: 'Omgeving station afgezocht.', recordedAt: printedAt, recordedByName: 'Wim Groep' }],
    }),
    previousEpisodes: [{ id: 'old', youthId: 'youth', youthName: 'Sanne Verhoef', status: 'closed', discoveredAt: '2026-01-10T20:00:00.000Z', returnedAt: '2026-01-11T09:00:00.000Z', foundWhere: 'Bij een vriendin in Voorbeeldstad', closedAt: '2026-01-12T09:00:00.000Z' }],
    onCall: { name: 'Bereikbaarheidsdienst De Linde', phone: '030-1234567' },
    locationName: 'De Linde – groep Noord',
  };
}
