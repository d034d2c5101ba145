import { arrowLegend, flagLegend, ratingLegend } from './legendEntries';
import { FlagIcon } from './KindIcon';
import { doubleLineGap, ratingEncodings } from './ratingEncoding';

/** The key to the drawing: how each rating is drawn, what arrows and flags mean. */
export function GraphLegend() {
  return (
    <section className="graph-legend" aria-labelledby="graph-legend-heading">
      <h3 id="graph-legend-heading" className="graph-legend__heading">
        Legenda
      </h3>
      <ul className="graph-legend__list">
        {ratingLegend.map(({ rating, text }) => {
          const look = ratingEncodings[rating];
          return (
            <li key={rating}>
              <svg className="graph-legend__sample" viewBox="0 0 48 12" width="48" height="12" aria-hidden="true" focusable="false">
                <line x1="0" y1="6" x2="48" y2="6" stroke={look.colour} strokeWidth={look.width} strokeDasharray={look.dash.length ? look.dash.join(' ') : undefined} />
                {look.double && <line x1="0" y1="6" x2="48" y2="6" stroke="#ffffff" strokeWidth={doubleLineGap} />}
              </svg>
              {text}
            </li>
          );
        })}
        <li>
          <svg className="graph-legend__sample" viewBox="0 0 48 12" width="48" height="12" aria-hidden="true" focusable="false">
            <line x1="0" y1="6" x2="38" y2="6" stroke="#1b2430" strokeWidth="2" />
            <polygon points="48,6 36,0 36,12" fill="#1b2430" />
          </svg>
          {arrowLegend}
        </li>
        {(['atRisk', 'police'] as const).map((flag) => (
          <li key={flag}>
            <span className={`graph-flag graph-flag--${flag}`}>
              <FlagIcon flag={flag} />
            </span>
            {flagLegend[flag]}
          </li>
        ))}
      </ul>
    </section>
  );
}
