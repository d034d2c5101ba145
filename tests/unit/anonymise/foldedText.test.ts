import { describe, expect, it } from 'vitest';
import { fold, foldText } from '../../../main/domain/anonymise/foldedText';

describe('folded text', () => {
  it('keeps lowercase letters and digits only, diacritics taken off', () => {
    expect(fold('S a n-N É!')).toBe('sanne');
    expect(fold('+31 (0)6 12-34')).toBe('3106' + '1234');
    expect(fold('Zoë Straße ĳs')).toBe('zoestrasseijs');
  });

  it('remembers where each folded character came from, so a match can be cut out of the original', () => {
    const { folded, origin } = foldText('Jo-é x');
    expect(folded).toBe('joex');
    expect(origin).toEqual([0, 1, 3, 5]);
  });
});
