import { genesisHash, hashAccessEntry, type ChainedAccessEntry } from './accessEntry';

/** The last entry known outside the database (written after commits and at every lock). */
export interface ChainAnchor {
  seq: number;
  hash: string;
}

export type ChainProblem = 'changed' | 'missing' | 'relinked' | 'truncated' | 'anchorMismatch';

export type ChainVerdict =
  | { ok: true; entries: number; head: ChainAnchor | undefined }
  | { ok: false; seq: number; problem: ChainProblem; entries: number };

/**
 * Walks the log in order and names the first entry that breaks the chain:
 * - `changed`: its fields no longer give its stored hash (an edit);
 * - `missing`: its number is not the one after the previous (entries deleted before it);
 * - `relinked`: it does not point at the previous entry's hash (entries swapped or rewritten);
 * - `truncated`: the anchor names an entry beyond the end (the newest entries deleted);
 * - `anchorMismatch`: the anchored entry has another hash (the log was rewritten up to there).
 */
export function verifyChain(entries: Iterable<ChainedAccessEntry>, anchor?: ChainAnchor): ChainVerdict {
  let previous: ChainAnchor = { seq: 0, hash: genesisHash };
  let count = 0;
  for (const entry of entries) {
    count++;
    if (entry.seq !== previous.seq + 1) return { ok: false, seq: previous.seq + 1, problem: 'missing', entries: count };
    if (entry.prevHash !== previous.hash) return { ok: false, seq: entry.seq, problem: 'relinked', entries: count };
    if (hashAccessEntry(entry.seq, entry.prevHash, entry) !== entry.hash) {
      return { ok: false, seq: entry.seq, problem: 'changed', entries: count };
    }
    if (anchor && entry.seq === anchor.seq && entry.hash !== anchor.hash) {
      return { ok: false, seq: entry.seq, problem: 'anchorMismatch', entries: count };
    }
    previous = { seq: entry.seq, hash: entry.hash };
  }
  if (anchor && anchor.seq > previous.seq) return { ok: false, seq: previous.seq + 1, problem: 'truncated', entries: count };
  return { ok: true, entries: count, head: count > 0 ? previous : undefined };
}
