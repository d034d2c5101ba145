import { Fragment } from 'react';
import { formatDateTime } from './formatDateTime';

/** One stored value with its label; a time is an ISO instant shown on this PC's clock. */
export type StoredDetail = { label: string; text: string } | { label: string; at: string };

/** A part of the episode as saved, read-only: empty values say so instead of leaving a gap. */
export function StoredDetails({ details }: { details: readonly StoredDetail[] }) {
  return (
    <dl className="details-list">
      {details.map((detail) => {
        const text = 'at' in detail ? (detail.at ? formatDateTime(detail.at) : '') : detail.text;
        return (
          <Fragment key={detail.label}>
            <dt>{detail.label}</dt>
            <dd className="episode-text">{text || <span className="muted">Niet ingevuld</span>}</dd>
          </Fragment>
        );
      })}
    </dl>
  );
}
