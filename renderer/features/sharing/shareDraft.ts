import {
  fieldErrorsFrom,
  type DisclosureOutput,
  shareExportSchema,
  shareSections,
  type FieldErrors,
  type LegalGround,
  type ShareProposal,
  type ShareRecipient,
  type ShareSection,
  type ShareTemplate,
} from '../../../preload/contract';

/** What the wizard holds while the user fills it in: '' where nothing is chosen yet. */
export interface ShareDraft {
  template: ShareTemplate | '';
  /** '' for no case. */
  caseId: string;
  recipient: ShareRecipient | '';
  recipientName: string;
  purpose: string;
  legalGround: LegalGround | '';
  /** Always in the PDF's order (shareSections), whatever order they were ticked in. */
  sections: ShareSection[];
}

export type ShareStep = 1 | 2 | 3;

export function startingDraft(template: ShareTemplate | undefined, caseId: string | null | undefined): ShareDraft {
  return { template: template ?? '', caseId: caseId ?? '', recipient: '', recipientName: '', purpose: '', legalGround: '', sections: [] };
}

/**
 * A new proposal (another template or case) sets the sections afresh; recipient, purpose and
 * ground follow it only where the user left the earlier proposal's value as it was.
 */
export function applyProposal(draft: ShareDraft, previous: ShareProposal | null, next: ShareProposal): ShareDraft {
  const untouched = <Value>(current: Value, before: Value) => previous === null || current === before;
  return {
    ...draft,
    recipient: untouched(draft.recipient, previous?.recipient) ? next.recipient : draft.recipient,
    purpose: untouched(draft.purpose, previous?.purpose) ? next.purpose : draft.purpose,
    legalGround: untouched(draft.legalGround, previous?.legalGround ?? '') ? (next.legalGround ?? '') : draft.legalGround,
    sections: next.sections.filter((section) => section.proposed && section.available).map((section) => section.id),
  };
}

export function withSection(sections: readonly ShareSection[], section: ShareSection, on: boolean): ShareSection[] {
  const chosen = new Set(sections);
  if (on) chosen.add(section);
  else chosen.delete(section);
  return shareSections.filter((candidate) => chosen.has(candidate));
}

/** The step that asks for each field, so a message is shown where the user can act on it. */
const stepOfField: Record<string, ShareStep> = { template: 1, caseId: 1, recipient: 1, recipientName: 1, purpose: 1, legalGround: 1, sections: 2 };

export function exportRequest(youthId: string, draft: ShareDraft, output: DisclosureOutput) {
  return { youthId, ...draft, caseId: draft.caseId === '' ? null : draft.caseId, output };
}

/** Valid values for fields that failed, so a second check reaches the rules across fields. */
const standIns: Record<string, unknown> = { template: 'veiligThuisReport', caseId: null, sections: ['personalia'], recipient: 'veiligThuis', recipientName: '', purpose: 'Een doel', legalGround: 'consent' };

/**
 * zod checks an object's rules across fields (a name for "Andere ontvanger", a case for the case
 * sections) only once every field passes; a second check with the failed fields stood in for
 * shows those messages at the same time, so the user is not stopped twice.
 */
function contractCheck(input: ReturnType<typeof exportRequest>) {
  const first = shareExportSchema.safeParse(input);
  if (first.success) return { errors: {} as FieldErrors, request: first.data };
  const errors = fieldErrorsFrom(first.error);
  const failed = new Set(Object.keys(errors).map((path) => path.split('.')[0]!));
  const second = shareExportSchema.safeParse({ ...input, ...Object.fromEntries([...failed].map((field) => [field, standIns[field]])) });
  if (!second.success) {
    for (const [path, message] of Object.entries(fieldErrorsFrom(second.error))) if (!failed.has(path.split('.')[0]!)) errors[path] ??= message;
  }
  return { errors, request: null };
}

/**
 * The contract's messages for everything asked up to `step`, keyed by field, and the first step
 * that has one. The case summary is about one case: asked for here, as the contract cannot know.
 */
export function checkUpTo(youthId: string, draft: ShareDraft, step: ShareStep) {
  const { errors: all, request } = contractCheck(exportRequest(youthId, draft, 'save'));
  if (draft.template === 'caseSummary' && draft.caseId === '') all.caseId ??= 'Kies de meldcodecasus: de casussamenvatting gaat over één casus.';
  const errors: FieldErrors = {};
  let firstStep: ShareStep | null = null;
  for (const [path, message] of Object.entries(all)) {
    const field = path.split('.')[0]!;
    const fieldStep = stepOfField[field] ?? 1;
    if (fieldStep > step) continue;
    errors[field] ??= message;
    firstStep = firstStep === null ? fieldStep : (Math.min(firstStep, fieldStep) as ShareStep);
  }
  return { errors, firstStep, request };
}
