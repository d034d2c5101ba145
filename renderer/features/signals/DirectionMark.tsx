import { signalDirectionLabels, type SignalDirection } from '../../../preload/contract';

/** The direction in words, with a sign and a colour that only make it quicker to spot. */
export function DirectionMark({ direction }: { direction: SignalDirection }) {
  return (
    <span className={`direction-mark direction-${direction}`}>
      <span aria-hidden="true">{direction === 'supports' ? '+ ' : '− '}</span>
      {signalDirectionLabels[direction]}
    </span>
  );
}
