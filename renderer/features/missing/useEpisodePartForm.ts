import { episodeUpdateSchema, fieldErrorsFrom, type CallInput, type EpisodeUpdate, type EpisodeView, type MissingEpisode } from '../../../preload/contract';
import { api } from '../../app/api';
import { fromDateTimeLocal, toDateTimeLocal } from '../../components/dateTimeLocal';
import { usePartForm, type TextKey } from '../../components/usePartForm';

type EpisodePart = EpisodeUpdate['part'];
type UpdateInput = CallInput<'missing', 'update'>;
export type PartInput<Part extends EpisodePart> = Extract<UpdateInput, { part: Part }>['value'];

export interface EpisodePartFormOptions<Part extends EpisodePart, Values> {
  view: EpisodeView;
  part: Part;
  /** What is stored for this part, every field present (the stored schema's defaults when not filled in yet). */
  stored: (episode: MissingEpisode) => Values;
  /** The moments: shown in datetime-local inputs on this PC's clock, sent as ISO instants. */
  times: readonly TextKey<Values>[];
  /** Read out after a save, e.g. "Melding bij de politie opgeslagen.". */
  savedMessage: string;
  onViewChange: (view: EpisodeView) => void;
  onDirtyChange: (dirty: boolean) => void;
  announce: (message: string) => void;
}

/** One part of an episode as a small form (usePartForm), its moments in this PC's local time. */
export function useEpisodePartForm<Part extends EpisodePart, Values extends PartInput<Part> & Record<string, unknown>>(options: EpisodePartFormOptions<Part, Values>) {
  const { view, part, times } = options;
  const partOf = ({ episode }: EpisodeView) => ({ values: withTimes(options.stored(episode), times, toDateTimeLocal), updatedAt: episode.updatedAt });
  const update = (values: Values, basedOn: string) =>
    ({ episodeId: view.episode.id, basedOnUpdatedAt: basedOn, part, value: withTimes(values, times, fromDateTimeLocal) }) as UpdateInput;
  return usePartForm<Values, EpisodeView>({
    ...options,
    current: partOf(view),
    partOf,
    check: (values, basedOn) => {
      const checked = episodeUpdateSchema.safeParse(update(values, basedOn));
      return checked.success ? null : fieldErrorsFrom(checked.error);
    },
    save: (values, basedOn) => api.missing.update(update(values, basedOn)),
    reload: () => api.missing.get({ episodeId: view.episode.id }),
  });
}

/** The values with each moment converted (stored instant ↔ the input's own text). */
function withTimes<Values>(values: Values, times: readonly TextKey<Values>[], convert: (text: string) => string): Values {
  return { ...values, ...Object.fromEntries(times.map((key) => [key, convert(values[key] as string)])) };
}
