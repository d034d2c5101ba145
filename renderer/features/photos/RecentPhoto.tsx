import { recentPhotoMonths, type PhotoSummary } from '../../../preload/contract';
import { isPhotoOld } from '../../../preload/contract/rules/photoAge';
import { formatDutchDate, localTodayIso } from '../youths/youthDates';

/** The newest portrait, "the recent photo" the police get, with a warning when it is missing or old. */
export function RecentPhoto({ portrait, youthName }: { portrait: PhotoSummary | undefined; youthName: string }) {
  const old = portrait !== undefined && isPhotoOld(portrait.takenOn, localTodayIso());
  return (
    <section className="recent-photo" aria-labelledby="recent-photo-heading">
      <h3 id="recent-photo-heading">Recente foto</h3>
      {portrait ? (
        <figure className="recent-photo-figure">
          <img src={portrait.thumbnailDataUrl} alt={`Nieuwste portretfoto van ${youthName}`} className="photo-thumbnail" />
          <figcaption>
            Genomen op <strong>{formatDutchDate(portrait.takenOn)}</strong>
          </figcaption>
        </figure>
      ) : null}
      {!portrait && (
        <div className="notice notice-warning">
          <p className="notice-title">Er is nog geen portretfoto</p>
          <p>Voeg een recente, herkenbare foto toe: als {youthName} vermist raakt, heeft de politie die meteen nodig.</p>
        </div>
      )}
      {old && (
        <div className="notice notice-warning">
          <p className="notice-title">Deze foto is ouder dan {recentPhotoMonths} maanden</p>
          <p>Maak een nieuwe portretfoto, zodat de politie bij een vermissing een foto heeft waarop {youthName} er nu zo uitziet.</p>
        </div>
      )}
    </section>
  );
}
