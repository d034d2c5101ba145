import { TextAreaField } from '../../components/TextAreaField';
import { RadioChoiceField } from '../../components/RadioChoiceField';

const informedLabels = { yes: 'Ja', no: 'Nee' } as const;

interface YouthInformedFieldsProps {
  value: '' | 'yes' | 'no';
  onChange: (value: '' | 'yes' | 'no') => void;
  error: string | undefined;
  whyNot: { value: string; onChange: (value: string) => void; error: string | undefined };
}

/** Whether the youth was told (5a and 5b alike), and if not, why: only safety or disappearing justify it. */
export function YouthInformedFields({ value, onChange, error, whyNot }: YouthInformedFieldsProps) {
  return (
    <>
      <RadioChoiceField legend="Is de jongere geïnformeerd?" labels={informedLabels} value={value} onChange={onChange} error={error} />
      {value === 'no' && (
        <TextAreaField label="Waarom niet?" hint="Alleen als de veiligheid het niet toelaat, of als de jongere dan uit beeld raakt." {...whyNot} required />
      )}
    </>
  );
}
