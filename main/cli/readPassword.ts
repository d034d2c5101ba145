import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';

/**
 * Reads the first line of standard input: passwords never go on the command line, where other
 * users and shell histories can see them. Typed at a terminal, the characters are not echoed.
 */
export async function readPasswordFromStdin(prompt: string): Promise<string> {
  const atTerminal = process.stdin.isTTY === true;
  if (atTerminal) process.stderr.write(prompt);
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
  const lines = createInterface({ input: process.stdin, output: silent, terminal: atTerminal });
  try {
    for await (const line of lines) return line.replace(/\r$/, '');
    return '';
  } finally {
    lines.close();
    if (atTerminal) process.stderr.write('\n');
  }
}
