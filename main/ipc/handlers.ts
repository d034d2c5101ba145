import type { CallName, CallOutput, Domain, ParsedInput } from '../../preload/contract';

/** What main must implement: one function per contract call, typed from the contract. */
export type Handlers = {
  [D in Domain]: {
    [C in CallName<D>]: (input: ParsedInput<D, C>) => Promise<CallOutput<D, C>> | CallOutput<D, C>;
  };
};
