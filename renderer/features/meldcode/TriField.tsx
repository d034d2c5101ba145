import type { Tri } from '../../../preload/contract';
import { RadioChoiceField } from '../../components/RadioChoiceField';
import { fromTriChoice, toTriChoice, triLabels } from './decisionText';

interface TriFieldProps {
  legend: string;
  value: Tri;
  onChange: (value: Tri) => void;
  error?: string | undefined;
}

/** A question the meldcode may still leave open: Ja / Nee / Nog niet beantwoord. */
export function TriField({ legend, value, onChange, error }: TriFieldProps) {
  return <RadioChoiceField legend={legend} labels={triLabels} value={toTriChoice(value)} onChange={(choice) => onChange(fromTriChoice(choice))} error={error} />;
}
