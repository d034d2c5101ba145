import { episodeUpdateSchema, newEpisodeEventSchema, reportMissingSchema, type EpisodePart, type EpisodeView } from '../../preload/contract';
import type { ServiceContext } from '../services/context';
import { addEpisodeEvent, closeEpisode, reportMissing, updateEpisode } from '../services/missingService';

/** Which demo youth (by its place in the list) has been missing before: the one with the fullest file. */
const youthWithHistory = 0;

/** `daysAgo` days before `today` at a local time of day, as an ISO instant. */
function momentAt(today: Date, daysAgo: number, hours: number, minutes: number): string {
  const moment = new Date(today.getTime() - daysAgo * 86_400_000);
  moment.setHours(hours, minutes, 0, 0);
  return moment.toISOString();
}

/**
 * One earlier episode, followed through to the end through the real services: reported, police
 * and family told, searched, back, talked about and closed. The packet lists it under previous
 * episodes; nothing about it is open, so the start screen stays as the file contents make it.
 */
export function addDemoEpisodes(context: ServiceContext, youth: { id: string; firstName: string }, index: number, today: Date): void {
  if (index !== youthWithHistory) return;
  const at = (daysAgo: number, hours: number, minutes: number) => momentAt(today, daysAgo, hours, minutes);
  let view: EpisodeView = reportMissing(
    context,
    reportMissingSchema.parse({
      youthId: youth.id,
      facts: {
        discoveredAt: at(61, 23, 10),
        lastSeenAt: at(61, 20, 45),
        lastSeenWhere: 'Hangplek bij het winkelcentrum',
        lastSeenWith: 'Onbekende man (± 25 jaar), "Mo", op een rode scooter',
        clothing: 'Zwarte pufferjas, grijze joggingbroek, witte sneakers.',
        belongings: { phone: 'yes', money: 'unknown', idDocument: 'no', bankCard: 'no', other: 'Kleine zwarte rugzak.' },
        direction: 'Achterop de rode scooter, richting het station.',
      },
      urgency: {
        intellectualDisability: { applies: true, evidence: 'Vermoeden van een licht verstandelijke beperking; onderzoek loopt.' },
        criminalCompany: { applies: true, evidence: `${youth.firstName} vertrok met "Mo", die in het netwerk staat als vermoedelijke ronselaar.` },
        violence: { applies: false, evidence: '' },
        suicideRisk: { applies: false, evidence: '' },
      },
    }),
  );
  const save = (change: { part: EpisodePart; value: Record<string, unknown> }) => {
    view = updateEpisode(context, episodeUpdateSchema.parse({ ...change, episodeId: view.episode.id, basedOnUpdatedAt: view.episode.updatedAt }));
  };
  save({ part: 'police', value: { reportedAt: at(61, 23, 35), reportedBy: 'Nachtdienst groep Noord', reference: 'DEMO-2024-0001', officerName: 'Agent De Vries (fictief)', officerNumber: 'DEMO-123' } });
  save({ part: 'informed', value: { parentsAt: at(61, 23, 50), guardianAt: at(60, 8, 30), note: 'Moeder gebeld; gezinsvoogd de volgende ochtend.' } });
  const event = (kind: string, moment: string, text: string) => {
    view = addEpisodeEvent(context, newEpisodeEventSchema.parse({ episodeId: view.episode.id, at: moment, kind, text }));
  };
  event('searchAction', at(61, 23, 45), 'Hangplek bij het winkelcentrum bekeken: niemand gezien.');
  event('contact', at(60, 9, 15), `${youth.firstName} appte dat ze "bij een vriendin" is; wilde niet zeggen waar.`);
  save({
    part: 'returned',
    value: {
      returnedAt: at(60, 14, 20),
      foundWhere: 'Bij een vriendin van school thuis, Voorbeeldstad',
      circumstances: 'Kwam zelf terug met de bus; moe, geen zichtbaar letsel.',
      policeNotifiedAt: at(60, 14, 35),
    },
  });
  save({
    part: 'conversation',
    value: {
      heldAt: at(58, 15, 0),
      participants: `${youth.firstName}, mentor`,
      preceded: 'Ruzie over de telefoonregels; daarna appte "Mo" dat hij haar kon ophalen.',
      prevention: 'Eerder met de mentor praten na een ruzie; de groep weet wie "Mo" is.',
      agreements: `${youth.firstName} appt de groep als ze later komt.\nBij contact met "Mo" licht ze de mentor in.`,
      sexualExploitationSuspected: false,
    },
  });
  closeEpisode(context, { episodeId: view.episode.id, basedOnUpdatedAt: view.episode.updatedAt });
}
