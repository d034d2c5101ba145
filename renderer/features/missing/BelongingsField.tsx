import { belongingStateLabels, type MissingFacts } from '../../../preload/contract';
import { TextAreaField } from '../../components/TextAreaField';
import { RadioChoiceField } from '../../components/RadioChoiceField';

type Belongings = MissingFacts['belongings'];
type Carried = Exclude<keyof Belongings, 'other'>;

const carriedLabels: Record<Carried, string> = {
  phone: 'Telefoon',
  money: 'Geld',
  idDocument: 'Identiteitsbewijs',
  bankCard: 'Bankpas',
};

interface BelongingsFieldProps {
  value: Belongings;
  onChange: (value: Belongings) => void;
  errors: Record<string, string>;
}

/** What the youth had with them: the police ask for phone, money and ID first (a phone can be traced). */
export function BelongingsField({ value, onChange, errors }: BelongingsFieldProps) {
  return (
    <fieldset className="belongings">
      <legend className="field-label">Wat heeft de jongere bij zich?</legend>
      <div className="belongings-grid">
        {(Object.keys(carriedLabels) as Carried[]).map((item) => (
          <RadioChoiceField
            key={item}
            legend={carriedLabels[item]}
            labels={belongingStateLabels}
            value={value[item]}
            onChange={(state) => onChange({ ...value, [item]: state })}
            error={errors[`belongings.${item}`]}
          />
        ))}
      </div>
      <TextAreaField
        label="Verder bij zich"
        hint="Bijvoorbeeld een tas, sleutels, medicijnen of een ov-kaart."
        rows={2}
        value={value.other}
        onChange={(other) => onChange({ ...value, other })}
        error={errors['belongings.other']}
      />
    </fieldset>
  );
}
