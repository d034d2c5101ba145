import type { ReactNode } from 'react';

interface ProfileFormSectionProps {
  title: string;
  hint?: string;
  children: ReactNode;
}

/** One section of the profile form, named like the section it fills in the read-only view. */
export function ProfileFormSection({ title, hint, children }: ProfileFormSectionProps) {
  return (
    <fieldset className="profile-section">
      <legend className="profile-section-legend">{title}</legend>
      {hint && <p className="field-hint">{hint}</p>}
      <div className="profile-field-grid">{children}</div>
    </fieldset>
  );
}
