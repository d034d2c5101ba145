import { createConsoleLogger, type Logger } from '../../main/logging/logger';

/** The technical log's lines as written, for a test to read. */
export function recordingLogger(): { lines: string[]; logger: Logger } {
  const lines: string[] = [];
  return { lines, logger: createConsoleLogger((line) => lines.push(line)) };
}

/** For calls that must not report a technical problem: an error entry fails the call, and so the test. */
export const noErrorsLogger: Logger = {
  info: () => {},
  error: (event) => {
    throw new Error(`Unexpected technical log entry: ${event}`);
  },
};
