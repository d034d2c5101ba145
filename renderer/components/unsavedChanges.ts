import { useEffect } from 'react';

/** Forms on screen that hold typed data not yet saved. */
const dirtyForms = new Set<symbol>();

/**
 * Registers the calling form while it holds unsaved data, so the main menu can ask before
 * leaving the page (a page switch unmounts the form and would silently drop what was typed).
 */
export function useUnsavedChanges(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return;
    const token = Symbol('unsaved form');
    dirtyForms.add(token);
    return () => {
      dirtyForms.delete(token);
    };
  }, [dirty]);
}

export function hasUnsavedChanges(): boolean {
  return dirtyForms.size > 0;
}
