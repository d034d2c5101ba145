import type { FormEvent } from 'react';
import { TextField } from '../../components/TextField';
import type { EmergencySearch } from './useEmergencySearch';

interface EmergencySearchFormProps {
  search: EmergencySearch;
  label: string;
  hint?: string;
  /** The search landmark's name. */
  name: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  autoFocus?: boolean;
}

/** The name field and its button; the search itself is useEmergencySearch's. */
export function EmergencySearchForm({ search, label, hint, name, onSubmit, autoFocus }: EmergencySearchFormProps) {
  const searching = search.search.state === 'searching';
  return (
    <form noValidate onSubmit={onSubmit} autoComplete="off" className="search-row" role="search" aria-label={name}>
      <TextField
        ref={search.inputRef}
        label={label}
        {...(hint ? { hint } : {})}
        value={search.query}
        onChange={search.setQuery}
        error={search.queryError}
        type="search"
        spellCheck={false}
        autoFocus={autoFocus}
      />
      <button type="submit" className="button" disabled={searching}>
        {searching ? 'Zoeken…' : 'Zoeken'}
      </button>
    </form>
  );
}
