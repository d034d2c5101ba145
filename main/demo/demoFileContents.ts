import type { LinkRating, LinkType, SaveEntity } from '../../preload/contract';
import type { ServiceContext } from '../services/context';
import { saveEntity, saveLink } from '../services/networkService';
import { addPhoto } from '../services/photoService';
import { savePlan } from '../services/safetyPlanService';
import { demoPortraitJpeg } from './demoPortrait';

/** Which parts of the file a demo youth gets, so the start screen shows every kind of reminder. */
interface DemoFileShape {
  portraitDaysAgo: number | null;
  reviewInDays: number | null;
  network: boolean;
}

const shapes: readonly DemoFileShape[] = [
  { portraitDaysAgo: 20, reviewInDays: 60, network: true },
  { portraitDaysAgo: 150, reviewInDays: 9, network: true },
  { portraitDaysAgo: null, reviewInDays: -12, network: true },
  { portraitDaysAgo: 45, reviewInDays: null, network: false },
  { portraitDaysAgo: 10, reviewInDays: 120, network: true },
];

function dayOffset(today: Date, days: number): string {
  return new Date(today.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Fills a demo youth's file through the real services: photo, safety plan, network. */
export async function addDemoFileContents(context: ServiceContext, youth: { id: string; firstName: string }, index: number, today: Date): Promise<void> {
  const shape = shapes[index % shapes.length]!;
  if (shape.portraitDaysAgo !== null) {
    await addPhoto(context, {
      youthId: youth.id,
      kind: 'portrait',
      caption: 'Voorbeeldfoto (getekend silhouet)',
      takenOn: dayOffset(today, -shape.portraitDaysAgo),
      imageBase64: demoPortraitJpeg(index * 47).toString('base64'),
    });
  }
  if (shape.reviewInDays !== null) {
    savePlan(context, {
      youthId: youth.id,
      basedOnVersion: null,
      content: {
        participants: [
          { name: youth.firstName, role: 'jongere' },
          { name: 'Mentor van de groep', role: 'mentor' },
        ],
        agreements: `${youth.firstName} is doordeweeks om 22:00 binnen.\nDe telefoon gaat 's nachts naar de groepsleiding.`,
        riskSituations: 'Na ruzie of een afgezegd bezoek loopt de jongere weg.\nWordt opgehaald door onbekenden op een scooter.',
        actionsWhenUnsafe: 'De jongere bellen en appen, daarna de mentor; na 30 minuten zonder contact de politie.',
        callWhenUnsafe: [{ name: 'Bereikbaarheidsdienst', role: 'achterwacht', phone: '0800 1234 567' }],
        socialMedia: 'Let op nieuwe volgers die cadeaus of geld beloven.',
        reviewDate: dayOffset(today, shape.reviewInDays),
      },
    });
  }
  if (shape.network) addDemoNetwork(context, youth.id, today);
}

function addDemoNetwork(context: ServiceContext, youthId: string, today: Date): void {
  const observedOn = dayOffset(today, -14);
  const add = (entity: Omit<SaveEntity, 'youthId' | 'observedOn' | 'notes' | 'position'>) =>
    saveEntity(context, { youthId, observedOn, notes: '', position: null, ...entity }).id;
  const friend = add({ details: { kind: 'person', role: 'friend', name: 'Vriendin van school', alias: '', description: '' }, source: 'De jongere zelf', atRisk: true, shareWithPolice: false });
  const contact = add({
    details: { kind: 'person', role: 'suspectedExploiter', name: 'Onbekende man (± 25 jaar)', alias: 'Mo', description: 'Kort zwart haar, trainingspak, rode scooter.' },
    source: 'Eigen waarneming avonddienst',
    atRisk: false,
    shareWithPolice: true,
  });
  const scooter = add({ details: { kind: 'vehicle', vehicleType: 'scooter', plate: '', make: 'Onbekend', colour: 'Rood' }, source: 'Eigen waarneming avonddienst', atRisk: false, shareWithPolice: true });
  const hangout = add({
    details: { kind: 'place', placeType: 'hangout', name: 'Hangplek bij het winkelcentrum', address: '', postcode: '', city: '', residents: '', riskNote: 'Hier wordt de jongere vaak opgehaald.' },
    source: 'Collega van de dagdienst',
    atRisk: false,
    shareWithPolice: true,
  });
  const link = (fromId: string | null, toId: string | null, type: LinkType, rating: LinkRating, source: string) =>
    saveLink(context, { youthId, fromId, toId, type, rating, source, observedOn, notes: '' });
  link(null, friend, 'friendship', 'protective', 'De jongere zelf');
  link(contact, null, 'recruits', 'danger', 'Eigen waarneming avonddienst');
  link(contact, scooter, 'usesVehicle', 'worrying', 'Eigen waarneming avonddienst');
  link(contact, hangout, 'supplies', 'danger', 'Collega van de dagdienst');
}
