import type { ShareStep } from './shareDraft';

export const shareStepNames: Record<ShareStep, string> = { 1: 'Wat en aan wie', 2: 'Onderdelen', 3: 'Controleren en verstrekken' };

/** Where the user is in the wizard: the current step is marked for screen readers too. */
export function StepIndicator({ step }: { step: ShareStep }) {
  return (
    <ol className="share-steps" aria-label="Stappen">
      {([1, 2, 3] as const).map((number) => (
        <li key={number} className={number === step ? 'share-step share-step-current' : number < step ? 'share-step share-step-done' : 'share-step'} aria-current={number === step ? 'step' : undefined}>
          <span className="share-step-number" aria-hidden="true">
            {number}
          </span>
          <span className="visually-hidden">Stap {number}: </span>
          {shareStepNames[number]}
        </li>
      ))}
    </ol>
  );
}
