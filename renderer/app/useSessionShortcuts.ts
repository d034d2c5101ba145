import { useEffect, useRef } from 'react';

export const lockShortcut = { keys: 'Control+L', label: 'Ctrl+L' } as const;
export const switchUserShortcut = { keys: 'Control+Shift+L', label: 'Ctrl+Shift+L' } as const;

interface Shortcuts {
  onLock: () => void;
  onSwitchUser: () => void;
}

/**
 * Ctrl+L locks, Ctrl+Shift+L switches user, from anywhere: also from inside an open dialog,
 * which makes the header's buttons unreachable until it closes. (Cmd instead of Ctrl on a Mac.)
 */
export function useSessionShortcuts(active: boolean, shortcuts: Shortcuts): void {
  const latest = useRef(shortcuts);
  useEffect(() => {
    latest.current = shortcuts;
  });

  useEffect(() => {
    if (!active) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== 'l') return;
      event.preventDefault();
      if (event.shiftKey) latest.current.onSwitchUser();
      else latest.current.onLock();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [active]);
}
