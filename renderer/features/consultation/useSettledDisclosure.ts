import { useEffect, useState } from 'react';

/** With whom and why, as typed in the review's form. */
export interface TypedDisclosure {
  recipient: string;
  purpose: string;
}

/** Long enough that typing a name asks main once, short enough that the preview follows the user. */
const typingPauseMs = 400;

/** The recipient and purpose once the user stopped typing for a moment; until then the previous pair. */
export function useSettledDisclosure({ recipient, purpose }: TypedDisclosure): TypedDisclosure {
  const [settled, setSettled] = useState({ recipient, purpose });
  useEffect(() => {
    const timer = setTimeout(() => setSettled((previous) => (previous.recipient === recipient && previous.purpose === purpose ? previous : { recipient, purpose })), typingPauseMs);
    return () => clearTimeout(timer);
  }, [recipient, purpose]);
  return settled;
}
