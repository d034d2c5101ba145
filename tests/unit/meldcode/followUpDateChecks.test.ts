import { describe, expect, it } from 'vitest';
import { followUpDateErrors } from '../../../renderer/features/meldcode/followUpDateChecks';

describe('the help plan’s follow-up dates', () => {
  const today = '2026-11-24';

  it('take today and later dates, each once', () => {
    expect(followUpDateErrors(['2026-11-24', '2026-12-10'], [], today)).toEqual({});
    expect(followUpDateErrors(['2026-12-10', '2026-12-10'], [], today)).toEqual({ 'followUpDates.1': 'Deze datum staat er al.' });
  });

  it('refuse a new date in the past, but keep one the saved plan already had', () => {
    expect(Object.keys(followUpDateErrors(['2026-11-23'], [], today))).toEqual(['followUpDates.0']);
    expect(followUpDateErrors(['2026-11-01', '2026-12-10'], ['2026-11-01'], today)).toEqual({});
  });

  it('leave an empty row to the contract’s own check', () => {
    expect(followUpDateErrors([''], [], today)).toEqual({});
  });
});
