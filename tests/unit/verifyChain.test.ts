import { describe, expect, it } from 'vitest';
import { chainEntry, genesisHash, hashAccessEntry, type AccessEntryFields, type ChainedAccessEntry } from '../../main/domain/audit/accessEntry';
import { verifyChain } from '../../main/domain/audit/verifyChain';

function fields(i: number): AccessEntryFields {
  return {
    at: new Date(Date.UTC(2026, 10, 23, 9, i)).toISOString(),
    userId: `u${i % 3}`,
    userName: ['Eva Beheer', 'Olga Aandacht', 'Wim Groep'][i % 3]!,
    role: (['administrator', 'traffickingOfficer', 'groupWorker'] as const)[i % 3]!,
    action: i % 2 ? 'read' : 'change',
    objectType: 'youth',
    objectId: `y${i}`,
    youthId: `y${i}`,
    workstation: 'PC-GROEP-1',
    reason: i === 4 ? 'Vermist sinds vannacht, politie vraagt gegevens' : null,
    details: null,
  };
}

function chain(length: number): ChainedAccessEntry[] {
  const entries: ChainedAccessEntry[] = [];
  for (let i = 1; i <= length; i++) entries.push(chainEntry(entries.at(-1), fields(i)));
  return entries;
}

describe('the access log hash chain', () => {
  it('numbers entries from 1, links each to the previous hash and hashes every field', () => {
    const entries = chain(3);
    expect(entries.map((entry) => entry.seq)).toEqual([1, 2, 3]);
    expect(entries[0]!.prevHash).toBe(genesisHash);
    expect(entries[1]!.prevHash).toBe(entries[0]!.hash);
    expect(entries[2]!.hash).toBe(hashAccessEntry(3, entries[1]!.hash, fields(3)));
    const base = fields(1);
    for (const key of Object.keys(base) as (keyof AccessEntryFields)[]) {
      const changed = { ...base, [key]: base[key] === null ? 'x' : `${base[key]}!` } as AccessEntryFields;
      expect(hashAccessEntry(1, genesisHash, changed), key).not.toBe(hashAccessEntry(1, genesisHash, base));
    }
    // null and the text "null" must not hash alike
    expect(hashAccessEntry(1, genesisHash, { ...base, reason: 'null' })).not.toBe(hashAccessEntry(1, genesisHash, { ...base, reason: null }));
  });

  it('accepts an intact chain and an empty one, and reports the head', () => {
    const entries = chain(5);
    expect(verifyChain(entries)).toEqual({ ok: true, entries: 5, head: { seq: 5, hash: entries[4]!.hash } });
    expect(verifyChain(entries, { seq: 5, hash: entries[4]!.hash })).toMatchObject({ ok: true });
    expect(verifyChain(entries, { seq: 3, hash: entries[2]!.hash })).toMatchObject({ ok: true });
    expect(verifyChain([])).toEqual({ ok: true, entries: 0, head: undefined });
  });

  it('names an edited entry as changed', () => {
    for (const at of [0, 2, 4]) {
      const entries = chain(5);
      entries[at] = { ...entries[at]!, reason: 'achteraf toegevoegd' };
      expect(verifyChain(entries)).toEqual({ ok: false, seq: at + 1, problem: 'changed', entries: at + 1 });
    }
  });

  it('names the first missing number when entries were deleted', () => {
    const entries = chain(6);
    expect(verifyChain([...entries.slice(0, 2), ...entries.slice(3)])).toEqual({ ok: false, seq: 3, problem: 'missing', entries: 3 });
    expect(verifyChain([...entries.slice(0, 1), ...entries.slice(4)])).toMatchObject({ ok: false, seq: 2, problem: 'missing' });
    expect(verifyChain(entries.slice(1))).toMatchObject({ ok: false, seq: 1, problem: 'missing' });
  });

  it('names an entry that was rechained after a deletion (renumbered, hash recomputed) as relinked', () => {
    const entries = chain(5);
    // Entry 3 deleted; entry 4 renumbered to 3 and its hash recomputed over the new number.
    const renumbered = { ...entries[3]!, seq: 3 };
    renumbered.hash = hashAccessEntry(3, renumbered.prevHash, renumbered);
    expect(verifyChain([entries[0]!, entries[1]!, renumbered])).toEqual({ ok: false, seq: 3, problem: 'relinked', entries: 3 });
  });

  it('reports the newest entries deleted as truncated, when the anchor knows them', () => {
    const entries = chain(5);
    const anchor = { seq: 5, hash: entries[4]!.hash };
    expect(verifyChain(entries.slice(0, 3), anchor)).toEqual({ ok: false, seq: 4, problem: 'truncated', entries: 3 });
    expect(verifyChain(entries.slice(0, 4), anchor)).toMatchObject({ ok: false, seq: 5, problem: 'truncated' });
    // Without the anchor, the same truncation cannot be seen: that is what the anchor is for.
    expect(verifyChain(entries.slice(0, 3))).toMatchObject({ ok: true });
  });

  it('reports a log rewritten consistently by someone with the key as an anchor mismatch', () => {
    const original = chain(4);
    const anchor = { seq: 4, hash: original[3]!.hash };
    const rewritten: ChainedAccessEntry[] = [];
    for (let i = 1; i <= 4; i++) rewritten.push(chainEntry(rewritten.at(-1), i === 2 ? { ...fields(2), userName: 'Iemand Anders' } : fields(i)));
    expect(verifyChain(rewritten)).toMatchObject({ ok: true });
    expect(verifyChain(rewritten, anchor)).toEqual({ ok: false, seq: 4, problem: 'anchorMismatch', entries: 4 });
  });

  it('reads the entries lazily and stops at the first break', () => {
    const entries = chain(4);
    entries[1] = { ...entries[1]!, at: '2020-01-01T00:00:00.000Z' };
    let read = 0;
    function* counted() {
      for (const entry of entries) {
        read++;
        yield entry;
      }
    }
    expect(verifyChain(counted())).toMatchObject({ ok: false, seq: 2, problem: 'changed' });
    expect(read).toBe(2);
  });
});
