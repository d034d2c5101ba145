/**
 * Technical log for developers and IT. It never receives youth data: callers pass codes,
 * error names and stacks, not inputs or query results.
 */
export interface Logger {
  info(event: string, details?: Record<string, string | number | boolean>): void;
  error(event: string, error: unknown): void;
}

export function createConsoleLogger(write: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Logger {
  const stamp = () => new Date().toISOString();
  return {
    info: (event, details) => write(`${stamp()} INFO ${event}${details ? ` ${JSON.stringify(details)}` : ''}`),
    error: (event, error) => {
      const described = error instanceof Error ? `${error.name}: ${error.stack ?? error.message}` : String(error);
      write(`${stamp()} ERROR ${event} ${described}`);
    },
  };
}

export const silentLogger: Logger = { info: () => {}, error: () => {} };
