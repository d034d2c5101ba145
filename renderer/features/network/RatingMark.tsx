import { linkRatingLabels, type LinkRating } from '../../../preload/contract';
import { ratingEncodings } from './graph/ratingEncoding';

/** A link's rating in words, with a sample of the line the graph draws for it (colour is never the only cue). */
export function RatingMark({ rating }: { rating: LinkRating }) {
  const look = ratingEncodings[rating];
  const width = Math.min(look.width, 3);
  const dash = look.dash.length ? look.dash.map((part) => part / 2).join(' ') : undefined;
  return (
    <span className="rating-mark">
      <svg viewBox="0 0 28 12" width="28" height="12" aria-hidden="true" focusable="false">
        {(look.double ? [3, 9] : [6]).map((y) => (
          <line key={y} x1="1" x2="27" y1={y} y2={y} stroke={look.colour} strokeWidth={width} strokeDasharray={dash} />
        ))}
      </svg>
      {linkRatingLabels[rating]}
    </span>
  );
}
