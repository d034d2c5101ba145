import { useCallback, useRef, type FormEvent } from 'react';

/** Inputs whose text is the user's own typing (not buttons, not hidden or checkable ones). */
const typedInputTypes = new Set(['text', 'search', 'email', 'tel', 'url', 'number', 'password', 'date', 'datetime-local', 'time', 'month']);

function holdsInput(form: HTMLFormElement): boolean {
  return [...form.elements].some((element) => {
    if (element instanceof HTMLInputElement) return typedInputTypes.has(element.type) && element.value.trim() !== '';
    if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return element.value.trim() !== '';
    return false;
  });
}

/**
 * Notices whether a form on screen holds input the user gave, without every form having to
 * report it: a form counts once the user typed or chose something in it, for as long as it is
 * on screen and not empty. Saving normally closes a form; one that stays open after saving
 * errs on the side of a warning.
 */
export function useUnsavedInput() {
  const touchedForms = useRef(new Set<HTMLFormElement>());

  const onInput = useCallback((event: FormEvent<HTMLElement>) => {
    const form = event.target instanceof Element ? event.target.closest('form') : null;
    if (form) touchedForms.current.add(form);
  }, []);

  const hasUnsavedInput = useCallback(() => {
    for (const form of touchedForms.current) {
      if (!form.isConnected) touchedForms.current.delete(form);
      else if (holdsInput(form)) return true;
    }
    return false;
  }, []);

  return { onInput, hasUnsavedInput };
}
