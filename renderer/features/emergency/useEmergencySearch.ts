import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { emergencySearchMinLength, emergencySearchTooShort, type EmergencyCandidate } from '../../../preload/contract';
import { api } from '../../app/api';

export type EmergencySearchState = { state: 'idle' } | { state: 'searching' } | { state: 'done'; query: string; candidates: EmergencyCandidate[] };

/**
 * Finding a youth outside the user's own locations by name, for emergency access: the typed name,
 * its message, the candidates main found (each one logged there) and the one picked. A single
 * match is the one meant; with more, the user picks.
 */
export function useEmergencySearch() {
  const [query, setTyped] = useState('');
  const [queryError, setQueryError] = useState<string | undefined>();
  const [search, setSearch] = useState<EmergencySearchState>({ state: 'idle' });
  const [youthId, setYouthId] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);

  function setQuery(value: string) {
    setTyped(value);
    setQueryError(undefined);
  }

  function showQueryError(message: string) {
    flushSync(() => setQueryError(message));
    inputRef.current?.focus();
  }

  /** Searches; true once candidates (maybe none) are shown. */
  async function find(event: FormEvent<HTMLFormElement>): Promise<boolean> {
    event.preventDefault();
    const typed = query.trim();
    if (typed.length < emergencySearchMinLength) {
      showQueryError(emergencySearchTooShort);
      return false;
    }
    setQueryError(undefined);
    setSearch({ state: 'searching' });
    const result = await api.emergency.search({ query: typed });
    if (!result.ok) {
      setSearch({ state: 'idle' });
      showQueryError(result.error.fields?.query ?? result.error.message);
      return false;
    }
    setSearch({ state: 'done', query: typed, candidates: result.value });
    setYouthId(result.value.length === 1 ? result.value[0]!.id : '');
    return true;
  }

  const candidates = search.state === 'done' ? search.candidates : [];
  return { query, setQuery, queryError, showQueryError, search, candidates, youthId, setYouthId, inputRef, find };
}

export type EmergencySearch = ReturnType<typeof useEmergencySearch>;
