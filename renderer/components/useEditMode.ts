import { useEffect, useRef, useState } from 'react';

/**
 * A panel that swaps its read-only view for a form. The button that opened the form is gone
 * while it is open; when the form closes (saved or cancelled) focus goes back to that button
 * instead of being lost on the page.
 */
export function useEditMode() {
  const [editing, setEditing] = useState(false);
  const startRef = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);

  useEffect(() => {
    if (wasEditing.current && !editing) startRef.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  return { editing, setEditing, startRef };
}
