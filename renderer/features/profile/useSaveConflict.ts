import { useRef, useState } from 'react';
import type { Youth } from '../../../preload/contract';
import { api } from '../../app/api';
import type { NewestProfile } from './ProfileConflict';

/**
 * Which stored data the form's input will replace, and what happens when main refuses a save
 * because a colleague saved since: on request the newest data is read again, shown, and becomes
 * the data the next save replaces.
 */
export function useSaveConflict(youth: Youth, onNewerData: (newest: NewestProfile) => void, showMessage: (message: string | null) => void) {
  const [basedOnUpdatedAt, setBasedOnUpdatedAt] = useState(youth.updatedAt);
  // Counted, so a second refusal starts the conflict part afresh (with the focus on its button).
  const [conflict, setConflict] = useState<{ refusals: number; newest: NewestProfile | null } | null>(null);
  const fetching = useRef(false);

  function refused() {
    setConflict((current) => ({ refusals: (current?.refusals ?? 0) + 1, newest: null }));
  }

  /** Opens the file again (logged as a look, like any). */
  async function showNewest() {
    if (fetching.current) return;
    fetching.current = true;
    const file = await api.youths.open({ id: youth.id });
    fetching.current = false;
    if (!file.ok) {
      showMessage(file.error.message);
      return;
    }
    const newest = { youth: file.value.youth, profile: file.value.profile, unreadable: file.value.unreadable };
    showMessage(null);
    setBasedOnUpdatedAt(newest.youth.updatedAt);
    setConflict((current) => current && { ...current, newest });
    onNewerData(newest);
  }

  return { basedOnUpdatedAt, conflict, refused, showNewest };
}
