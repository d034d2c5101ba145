import type { ComponentProps } from 'react';
import { PartForm } from '../../components/PartForm';
import type { PartFormFrame } from '../../components/usePartForm';

type CasePartFormProps = Omit<ComponentProps<typeof PartForm>, 'conflictTitle' | 'classPrefix' | 'readOnlyNote' | 'form'> & { form: PartFormFrame & { closed: boolean } };

/** The frame every case part's form shares (PartForm), read-only once the case is closed. */
export function CasePartForm({ form, ...props }: CasePartFormProps) {
  return (
    <PartForm
      {...props}
      form={form}
      conflictTitle="Nu opgeslagen door je collega"
      classPrefix="case"
      readOnlyNote={form.closed ? 'Het traject is afgesloten: dit is wat is vastgelegd.' : undefined}
    />
  );
}
