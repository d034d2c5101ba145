import { describe, expect, it } from 'vitest';
import { packetFileName } from '../../../main/packet/packetFileName';

describe('the packet file name', () => {
  it('names the youth without accents or spaces and the moment on the Dutch clock', () => {
    expect(packetFileName({ firstName: 'Zoë', lastName: "van 't Hof" }, '2026-03-12T22:40:00.000Z')).toBe('vermissing-zoe-van-t-hof-2026-03-12-2340.pdf');
    // Summer time: two hours ahead of UTC, past midnight.
    expect(packetFileName({ firstName: 'Sanne', lastName: 'Verhoef' }, '2026-07-01T22:05:00.000Z')).toBe('vermissing-sanne-verhoef-2026-07-02-0005.pdf');
  });

  it('still gives a name when the youth has none that survives', () => {
    expect(packetFileName({ firstName: '森', lastName: '' }, '2026-03-12T22:40:00.000Z')).toBe('vermissing-jongere-2026-03-12-2340.pdf');
  });
});
