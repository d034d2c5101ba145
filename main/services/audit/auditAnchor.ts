import fs from 'node:fs';
import { z } from 'zod';
import type { ChainAnchor } from '../../domain/audit/verifyChain';
import { writeFileAtomically } from '../../storage/writeFileAtomically';

/**
 * The newest access-log entry, kept outside the database. The hash chain alone shows edits and
 * gaps, but not the newest entries deleted, nor a chain recomputed by someone holding the key:
 * the anchor shows both, up to the entry it names.
 */
export function auditAnchorPath(databasePath: string): string {
  return `${databasePath}.audit-anchor.json`;
}

const anchorSchema = z.object({ format: z.literal('waakzaam-audit-anchor'), seq: z.number().int().min(1), hash: z.string().regex(/^[0-9a-f]{64}$/) });

export function readAuditAnchor(databasePath: string): ChainAnchor | undefined {
  let text: string;
  try {
    text = fs.readFileSync(auditAnchorPath(databasePath), 'utf8');
  } catch {
    return undefined;
  }
  const { seq, hash } = anchorSchema.parse(JSON.parse(text));
  return { seq, hash };
}

/** Written after commits without a flush (cheap), and flushed at every lock. */
export function writeAuditAnchor(databasePath: string, anchor: ChainAnchor, durable: boolean): void {
  writeFileAtomically(auditAnchorPath(databasePath), `${JSON.stringify({ format: 'waakzaam-audit-anchor', ...anchor })}\n`, { durable });
}
