import { describe, expect, it } from 'vitest';
import { reviewStatus } from '../../preload/contract/rules/planReview';
import { describeReview } from '../../renderer/features/safetyPlan/reviewStatus';

describe('the safety plan review date on the file', () => {
  it('is overdue after its day, due on it, soon within the notice period, and later after that', () => {
    const today = '2036-03-10';
    expect(reviewStatus('2036-03-09', today)).toBe('overdue');
    expect(reviewStatus('2036-03-10', today)).toBe('due');
    expect(reviewStatus('2036-03-11', today)).toBe('soon');
    expect(reviewStatus('2036-03-24', today)).toBe('soon');
    expect(reviewStatus('2036-03-25', today)).toBe('later');
    // Across a month and a leap day: 14 days after 2036-02-20 is 2036-03-05.
    expect(reviewStatus('2036-03-05', '2036-02-20')).toBe('soon');
    expect(reviewStatus('2036-03-06', '2036-02-20')).toBe('later');
  });

  it('says the state in words, with the date as Dutch staff write it', () => {
    expect(describeReview('2036-03-09', 'overdue')).toBe('Evaluatie te laat: gepland op 09-03-2036');
    expect(describeReview('2036-03-10', 'due')).toBe('Evaluatie vandaag (10-03-2036)');
    expect(describeReview('2036-03-11', 'soon')).toBe('Evaluatie binnenkort: 11-03-2036');
    expect(describeReview('2036-04-11', 'later')).toBe('Evaluatie gepland op 11-04-2036');
  });
});
