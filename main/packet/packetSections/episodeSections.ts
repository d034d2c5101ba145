import { belongingStateLabels, episodeEventKindLabels, type EpisodeSummary, type MissingEpisode } from '../../../preload/contract';
import { fieldsSection, grid, subheading, type PacketSection } from '../packetBlocks';
import { formatInstant, formatInstantShort, joined } from '../packetFormat';

/** The facts typed at the moment of absence. */
export function lastSeenSection({ facts }: MissingEpisode): PacketSection {
  const { belongings } = facts;
  return fieldsSection('Laatst gezien', [
    ['Vermissing ontdekt', formatInstant(facts.discoveredAt)],
    ['Laatst gezien op', formatInstant(facts.lastSeenAt)],
    ['Laatst gezien waar', facts.lastSeenWhere],
    ['Laatst gezien met wie', facts.lastSeenWith],
    ['Kleding', facts.clothing],
    ['Telefoon bij zich', belongingStateLabels[belongings.phone]],
    ['Geld bij zich', belongingStateLabels[belongings.money]],
    ['Identiteitsbewijs bij zich', belongingStateLabels[belongings.idDocument]],
    ['Bankpas bij zich', belongingStateLabels[belongings.bankCard]],
    ['Verder bij zich', belongings.other],
    ['Richting en vervoer', facts.direction],
  ]);
}

/** What has been done so far: the police report, who was told, and the timeline. */
export function policeSection({ police, informed, events }: MissingEpisode): PacketSection {
  const timeline = events.map((event) => [formatInstantShort(event.at), episodeEventKindLabels[event.kind], event.text, event.recordedByName]);
  return fieldsSection(
    'Melding bij de politie en verloop',
    [
      ['Gemeld bij de politie op', formatInstant(police.reportedAt)],
      ['Gemeld door', police.reportedBy],
      ['Mutatienummer', police.reference],
      ['Agent', joined([police.officerName, police.officerNumber], ', nummer ')],
      ['Ouders ingelicht op', formatInstant(informed.parentsAt)],
      ['Voogd ingelicht op', formatInstant(informed.guardianAt)],
      ['Toelichting', informed.note],
    ],
    [subheading('Tijdlijn'), timeline.length > 0 ? grid(['Tijdstip', 'Soort', 'Wat er gebeurde', 'Vastgelegd door'], timeline, [80, 70, '*', 90]) : { text: 'Nog niets vastgelegd.', style: 'empty' }],
  );
}

export function previousEpisodesSection(previous: readonly EpisodeSummary[]): PacketSection {
  const rows = previous.map((episode) => [formatInstantShort(episode.discoveredAt), episode.returnedAt ? formatInstantShort(episode.returnedAt) : 'Nog niet terug', episode.foundWhere]);
  const heading = 'Eerdere vermissingen';
  if (rows.length === 0) return { heading, filled: false, body: [{ text: 'Geen eerdere vermissingen vastgelegd.' }] };
  return {
    heading,
    filled: true,
    body: [
      { text: `${rows.length} eerdere ${rows.length === 1 ? 'vermissing' : 'vermissingen'}.`, margin: [0, 0, 0, 4] },
      grid(['Vermist sinds', 'Terug op', 'Waar gevonden of teruggekomen'], rows, [100, 100, '*']),
    ],
  };
}
