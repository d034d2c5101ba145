import { createInterface } from 'node:readline';

/**
 * Reads the first line of standard input: passwords never go on the command line, where other
 * users and shell histories can see them.
 */
export async function readPasswordFromStdin(prompt: string): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write(prompt);
  const lines = createInterface({ input: process.stdin, terminal: false });
  try {
    for await (const line of lines) return line.replace(/\r$/, '');
    return '';
  } finally {
    lines.close();
  }
}
