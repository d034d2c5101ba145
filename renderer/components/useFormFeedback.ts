import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { focusFirstInvalid, type FieldErrors } from './fieldErrors';

/**
 * The error state every form has: per-field messages, one general message (shown in an alert)
 * and focus on the first invalid field once they are on screen.
 */
export function useFormFeedback() {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  function showErrors(fields: FieldErrors, message: string | null) {
    // Rendered synchronously so the invalid field exists, marked, before it gets focus.
    flushSync(() => {
      setErrors(fields);
      setFormError(message);
    });
    focusFirstInvalid(formRef.current);
  }

  return { errors, setErrors, formError, setFormError, formRef, showErrors };
}
