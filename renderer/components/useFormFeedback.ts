import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Result } from '../../preload/contract';
import { focusFirstInvalid, type FieldErrors } from './fieldErrors';

/**
 * The state every form has: per-field messages, one general message (shown in an alert), focus
 * on the first invalid field once they are on screen, and `busy` while main is asked.
 */
export function useFormFeedback() {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  function showErrors(fields: FieldErrors, message: string | null) {
    // Rendered synchronously so the invalid field exists, marked, before it gets focus.
    flushSync(() => {
      setErrors(fields);
      setFormError(message);
    });
    focusFirstInvalid(formRef.current);
  }

  /**
   * Sends input the form has checked to main, busy meanwhile so it cannot be sent twice. A refusal
   * is shown on the form (main's field messages and its message); the caller handles only success.
   */
  async function send<T>(call: () => Promise<Result<T>>): Promise<Result<T>> {
    setBusy(true);
    setErrors({});
    setFormError(null);
    const result = await call();
    setBusy(false);
    if (!result.ok) showErrors(result.error.fields ?? {}, result.error.message);
    return result;
  }

  return { errors, setErrors, formError, setFormError, formRef, showErrors, busy, send };
}
