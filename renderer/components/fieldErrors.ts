export { fieldErrorsFrom, type FieldErrors } from '../../preload/contract';

/** Moves focus to the first field that has an error, in the form's own order. */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}
