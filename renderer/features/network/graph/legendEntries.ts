import { linkRatingLabels, linkRatings, type LinkRating } from '../../../../preload/contract';
import { ratingEncodings } from './ratingEncoding';

/** What the legend explains, on screen and in the exported image alike. */
export const ratingLegend: { rating: LinkRating; text: string }[] = linkRatings.map((rating) => ({
  rating,
  text: `${linkRatingLabels[rating]}: ${ratingEncodings[rating].looks}`,
}));

export const arrowLegend = 'Pijl: de richting (wie ronselt, vervoert of geeft aan wie)';
export const flagLegend = { atRisk: 'Risico: loopt mogelijk zelf risico', police: 'Politie: mag gedeeld worden met de politie' } as const;
