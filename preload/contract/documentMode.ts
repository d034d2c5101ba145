import { z } from 'zod';

/**
 * The contract's stored documents (profile, safety plan, network entity details) are each
 * defined once and built in two modes. Checked: today's rules for input (formats, lengths,
 * required fields, the clock). Unchecked: for reading what was saved, with the same shape, trims
 * and defaults but no rule, so a rule tightened in a later version, or a PC clock set back, never
 * makes a saved file impossible to open on the night it is needed.
 *
 * The rule when checked, otherwise `plain`. `plain` may only give what the rule gives, so both
 * modes of a document have the same output type.
 */
export function checkedOrPlain<Rule extends z.ZodType, Plain extends z.ZodType<z.output<Rule>>>(checked: boolean, rule: Rule, plain: Plain): Rule | Plain {
  return checked ? rule : plain;
}

/** A length or count limit on input; none when reading what was stored. */
export function atMost(checked: boolean, max: number): number {
  return checked ? max : Infinity;
}

/** Trimmed text; on input at most `max` characters, the message naming the field. */
export function limitedText(checked: boolean, max: number, label: string) {
  return z.string().trim().max(atMost(checked, max), `${label} is hooguit ${max} tekens.`);
}

/** Required on input; a stored empty value (a field made required later) still reads. */
export function requiredText(checked: boolean, max: number, label: string, message: string) {
  return checked ? limitedText(checked, max, label).min(1, message) : limitedText(checked, max, label);
}
