import type { ComponentProps } from 'react';
import { PartForm } from '../../components/PartForm';

/** The frame every small episode form shares (PartForm), in the episode screen's look. */
export function EpisodePartForm(props: Omit<ComponentProps<typeof PartForm>, 'conflictTitle' | 'classPrefix' | 'readOnlyNote'>) {
  return <PartForm {...props} conflictTitle="Nu opgeslagen" classPrefix="episode" />;
}
