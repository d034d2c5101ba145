import { newSignalSchema, type NewSignalInput } from '../../preload/contract';
import type { ServiceContext } from '../services/context';
import { addSignal } from '../services/signalService';

/** A signal as the demo records it: `daysAgo` before today, the youth filled in later. */
type DemoSignal = Omit<NewSignalInput, 'youthId' | 'date'> & { daysAgo: number };

/**
 * Fictional signals for a minor and an adult, so a new user can walk a meldcode case from step 1:
 * catalogue items and own descriptions, facts apart from interpretations, a gut feeling, and
 * information that contradicts the suspicion as well as what supports it. No case is opened.
 */
const demoSignals: Record<string, readonly DemoSignal[]> = {
  Sanne: [
    {
      catalogueItemId: 'se-older-boyfriend',
      kind: 'observation',
      sourceType: 'ownObservation',
      direction: 'supports',
      sourceReliability: 'B',
      informationCredibility: 2,
      daysAgo: 30,
      description: 'Wordt drie keer in een week na school opgehaald door een man van rond de 25 in een zwarte auto.',
    },
    {
      catalogueItemId: 'se-second-phone',
      kind: 'fact',
      sourceType: 'colleague',
      sourceName: 'Mentor, groep Noord',
      direction: 'supports',
      daysAgo: 21,
      description: 'Tweede telefoon gevonden bij de kamercontrole; Sanne zegt dat die van een vriendin is.',
    },
    {
      catalogueItemId: 'se-unexplained-goods',
      kind: 'observation',
      sourceType: 'ownObservation',
      direction: 'supports',
      daysAgo: 14,
      description: 'Nieuwe merkjas en sneakers; haar zakgeld is daar niet genoeg voor.',
    },
    {
      catalogueItemId: 'se-absent-away-at-night',
      kind: 'event',
      sourceType: 'school',
      sourceName: 'Mentor op school',
      direction: 'supports',
      sourceReliability: 'A',
      informationCredibility: 1,
      daysAgo: 10,
      description: 'Twee middagen niet op school volgens het absentieoverzicht.',
    },
    {
      freeText: 'Beschermt de nieuwe vriend in gesprekken',
      freeTextCategory: 'sexualExploitation',
      kind: 'interpretation',
      sourceType: 'ownObservation',
      direction: 'supports',
      daysAgo: 9,
      description: 'Sanne verandert van onderwerp zodra het over hem gaat; ik denk dat ze hem wil beschermen.',
    },
    {
      freeText: 'Niet-pluisgevoel na een avond weg',
      freeTextCategory: 'sexualExploitation',
      kind: 'gutFeeling',
      sourceType: 'colleague',
      sourceName: 'Nachtdienst, groep Noord',
      direction: 'supports',
      daysAgo: 6,
      description: 'Iets klopt niet aan hoe ze terugkomt: stil, opgejaagd, gaat meteen douchen.',
    },
    {
      freeText: 'Moeder kent de vriend',
      freeTextCategory: 'sexualExploitation',
      kind: 'fact',
      sourceType: 'parent',
      sourceName: 'Moeder',
      direction: 'contradicts',
      sourceReliability: 'C',
      informationCredibility: 3,
      daysAgo: 5,
      description: 'Moeder zegt dat ze de jongen kent via de buurt en dat hij 19 is, niet 25.',
    },
    {
      freeText: 'Weer op tijd en aanwezig op school',
      freeTextCategory: 'sexualExploitation',
      kind: 'observation',
      sourceType: 'school',
      sourceName: 'Mentor op school',
      direction: 'contradicts',
      daysAgo: 2,
      description: 'De laatste week elke dag op tijd; haar cijfers zijn weer zoals eerder dit jaar.',
    },
    { catalogueItemId: 'vu-small-network', kind: 'fact', sourceType: 'ownObservation', direction: 'supports', daysAgo: 40, description: 'Weinig contact met familie; één vriendin buiten de groep.' },
  ],
  Amir: [
    {
      catalogueItemId: 'ce-unexplained-debts',
      kind: 'fact',
      sourceType: 'youth',
      sourceName: 'Amir zelf',
      direction: 'supports',
      daysAgo: 25,
      description: 'Vertelt dat hij "iemand" 600 euro schuldig is voor een telefoon en dat hij dat "wel terugverdient".',
    },
    {
      catalogueItemId: 'ce-many-new-contacts',
      kind: 'observation',
      sourceType: 'ownObservation',
      direction: 'supports',
      daysAgo: 18,
      description: 'Wordt vaak gebeld door nummers die hij niet opslaat; gaat dan direct naar buiten.',
    },
    {
      catalogueItemId: 'ce-protective-of-new-friends',
      kind: 'observation',
      sourceType: 'colleague',
      sourceName: 'Trainer kamertraining',
      direction: 'supports',
      daysAgo: 15,
      description: 'Wil niet zeggen wie zijn nieuwe vrienden zijn; wordt boos als ernaar gevraagd wordt.',
    },
    {
      freeText: 'Gezien met een tas pakketjes bij het station',
      freeTextCategory: 'criminalExploitation',
      kind: 'event',
      sourceType: 'police',
      sourceName: 'Wijkagent',
      direction: 'supports',
      sourceReliability: 'B',
      informationCredibility: 3,
      daysAgo: 12,
      description: 'De wijkagent zag hem ’s avonds met een sporttas vol kleine pakketjes; er volgde geen controle.',
    },
    {
      freeText: 'Niet-pluisgevoel over de late telefoontjes',
      freeTextCategory: 'criminalExploitation',
      kind: 'gutFeeling',
      sourceType: 'colleague',
      sourceName: 'Trainer kamertraining',
      direction: 'supports',
      daysAgo: 8,
      description: 'Na telefoontjes rond middernacht gaat hij weg en is hij de volgende dag onrustig.',
    },
    {
      freeText: 'Heeft een bijbaan met eigen inkomen',
      freeTextCategory: 'criminalExploitation',
      kind: 'fact',
      sourceType: 'other',
      sourceName: 'Werkgever (supermarkt)',
      direction: 'contradicts',
      sourceReliability: 'A',
      informationCredibility: 2,
      daysAgo: 7,
      description: 'Werkt sinds een maand twintig uur per week; verdient daar zijn eigen geld.',
    },
    {
      freeText: 'Zegt dat de nieuwe vrienden van de sportschool zijn',
      freeTextCategory: 'criminalExploitation',
      kind: 'observation',
      sourceType: 'youth',
      sourceName: 'Amir zelf',
      direction: 'contradicts',
      daysAgo: 4,
      description: 'Amir vertelt dat hij ze kent van de boksschool en noemt er twee bij naam.',
    },
    { catalogueItemId: 'vu-poverty', kind: 'fact', sourceType: 'ownObservation', direction: 'supports', daysAgo: 30, description: 'Leeft van een klein budget; schulden bij de zorgverzekeraar.' },
  ],
};

function daysBefore(today: Date, days: number): string {
  return new Date(today.getTime() - days * 86_400_000).toISOString().slice(0, 10);
}

/** Records the demo youth's signals through the real service, if the demo gives this youth any. */
export function addDemoSignals(context: ServiceContext, youth: { id: string; firstName: string }, today: Date): void {
  for (const { daysAgo, ...signal } of demoSignals[youth.firstName] ?? []) {
    addSignal(context, newSignalSchema.parse({ ...signal, youthId: youth.id, date: daysBefore(today, daysAgo) }));
  }
}
