import type { EpisodeSummary } from '../../../preload/contract';

/**
 * The youth's episodes discovered before `discoveredAt`: an old episode, opened or printed again,
 * must not list later ones as previous. Compared as instants, since the contract accepts an
 * offset and the stored strings need not sort as times.
 */
export function episodesBefore(episodes: readonly EpisodeSummary[], discoveredAt: string): EpisodeSummary[] {
  const discovered = Date.parse(discoveredAt);
  return episodes.filter((summary) => Date.parse(summary.discoveredAt) < discovered);
}
