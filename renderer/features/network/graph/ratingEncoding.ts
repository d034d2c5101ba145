import type { LinkRating } from '../../../../preload/contract';

export interface RatingEncoding {
  colour: string;
  /** Line width in graph units (the image and the legend use the same numbers). */
  width: number;
  /** SVG / canvas dash pattern; empty for a solid line. */
  dash: readonly number[];
  /** Drawn as two parallel lines: danger stays recognisable on a black-and-white print. */
  double: boolean;
  /** How the line looks, in words, for the legend. */
  looks: string;
}

/**
 * How a link's rating is drawn. Colour never carries the meaning alone: width, dashes and the
 * double line tell the ratings apart for colour-blind users and on a grey print as well.
 * The colours keep 3:1 contrast against white (WCAG 1.4.11, graphical objects).
 */
export const ratingEncodings: Record<LinkRating, RatingEncoding> = {
  protective: { colour: '#1e6b3a', width: 3, dash: [], double: false, looks: 'groen, doorgetrokken' },
  neutral: { colour: '#5f6b7a', width: 1.5, dash: [], double: false, looks: 'grijs, dun' },
  worrying: { colour: '#b45309', width: 3, dash: [10, 6], double: false, looks: 'oranje, gestreept' },
  danger: { colour: '#b3261e', width: 8, dash: [], double: true, looks: 'rood, dik en dubbel' },
};

/** The gap between the two lines of a double line (the white core of the thick red line). */
export const doubleLineGap = 2.5;
