import { caseUpdateSchema, fieldErrorsFrom, type CallInput, type FieldErrors, type CasePart, type CaseView, type MeldcodeCase } from '../../../preload/contract';
import { api } from '../../app/api';
import { usePartForm } from '../../components/usePartForm';

type UpdateInput = CallInput<'meldcode', 'update'>;
export type CasePartInput<Part extends CasePart> = Extract<UpdateInput, { part: Part }>['value'];

export interface CasePartFormOptions<Part extends CasePart, Values> {
  view: CaseView;
  part: Part;
  /** What is stored for this part, every field present (the stored schema's defaults when not saved yet). */
  stored: (meldcodeCase: MeldcodeCase) => Values;
  /** Read out after a save, e.g. "Stap 3 opgeslagen.". */
  savedMessage: string;
  /** Checks of this form beyond the contract's, keyed by field like the contract's messages. */
  refine?: (values: Values) => FieldErrors;
  onViewChange: (view: CaseView) => void;
  onDirtyChange: (dirty: boolean) => void;
  announce: (message: string) => void;
}

/** One part of a case as a form (usePartForm); a closed case shows it read-only. */
export function useCasePartForm<Part extends CasePart, Values extends CasePartInput<Part> & Record<string, unknown>>(options: CasePartFormOptions<Part, Values>) {
  const { view, part } = options;
  const partOf = ({ case: meldcodeCase }: CaseView) => ({ values: options.stored(meldcodeCase), updatedAt: meldcodeCase.updatedAt });
  const update = (values: Values, basedOn: string) => ({ caseId: view.case.id, basedOnUpdatedAt: basedOn, part, value: values }) as UpdateInput;
  const form = usePartForm<Values, CaseView>({
    ...options,
    current: partOf(view),
    partOf,
    check: (values, basedOn) => {
      const checked = caseUpdateSchema.safeParse(update(values, basedOn));
      const refused = { ...options.refine?.(values), ...(checked.success ? {} : fieldErrorsFrom(checked.error)) };
      return Object.keys(refused).length > 0 ? refused : null;
    },
    save: (values, basedOn) => api.meldcode.update(update(values, basedOn)),
    reload: () => api.meldcode.get({ caseId: view.case.id }),
  });
  /** A closed case takes no more changes: the form shows what is stored, read-only. */
  return { ...form, closed: view.case.status === 'closed' };
}
