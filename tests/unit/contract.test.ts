import { describe, expect, it } from 'vitest';
import { createApi } from '../../preload/api';
import { channelNames, contract, isRealIsoDate, lookupCall, newYouthSchema } from '../../preload/contract';

describe('the API contract', () => {
  it('accepts only calendar dates that exist', () => {
    expect(isRealIsoDate('2012-02-29')).toBe(true);
    expect(isRealIsoDate('2013-02-29')).toBe(false);
    expect(isRealIsoDate('2012-13-01')).toBe(false);
    expect(isRealIsoDate('12-02-2012')).toBe(false);
    expect(isRealIsoDate('2012-2-3')).toBe(false);
  });

  it('trims names and rejects empty ones with a Dutch message', () => {
    const parsed = newYouthSchema.safeParse({ firstName: '  Lin ', lastName: 'Vos', dateOfBirth: '2011-01-05', locationId: ' loc-a ' });
    expect(parsed.success && parsed.data).toEqual({ firstName: 'Lin', lastName: 'Vos', alias: '', dateOfBirth: '2011-01-05', locationId: 'loc-a' });
    const empty = newYouthSchema.safeParse({ firstName: '', lastName: 'Vos', dateOfBirth: '2011-01-05', locationId: 'loc-a' });
    expect(empty.success).toBe(false);
    expect(empty.error?.issues[0]?.message).toBe('Vul de voornaam in.');
  });

  it('finds calls only by their exact own name', () => {
    expect(lookupCall('youths.list')).toEqual({ domain: 'youths', call: 'list', definition: contract.youths.list });
    expect(lookupCall('youths.toString')).toBeUndefined();
    expect(lookupCall('hasOwnProperty.call')).toBeUndefined();
  });

  it('builds window.api with exactly one function per call, frozen', async () => {
    const seen: [string, unknown][] = [];
    const api = createApi(channelNames, async (channel, input) => {
      seen.push([channel, input]);
      return { ok: true, value: null };
    });
    const expected = Object.entries(contract).flatMap(([domain, calls]) => Object.keys(calls).map((call) => `${domain}.${call}`));
    const built = Object.entries(api).flatMap(([domain, calls]) => Object.keys(calls).map((call) => `${domain}.${call}`));
    expect(built.sort()).toEqual(expected.sort());
    expect(Object.isFrozen(api) && Object.isFrozen(api.youths)).toBe(true);
    await api.youths.create({ firstName: 'A', lastName: 'B', dateOfBirth: '2010-01-01', locationId: 'C' });
    expect(seen).toEqual([['youths.create', { firstName: 'A', lastName: 'B', dateOfBirth: '2010-01-01', locationId: 'C' }]]);
  });
});
