import { describe, expect, it } from 'vitest';
import { parseAmount } from './list-controls';
import { countWords, incompleteCountText, placeWords } from './row-words';

describe('row words', () => {
  it.each<[Parameters<typeof placeWords>[0], string]>([
    [{ workplace: 'remote', location: 'Lisbon, Portugal' }, 'Remote · Lisbon, Portugal'],
    [{ workplace: 'remote', location: 'Remote' }, 'Remote'],
    [{ workplace: 'remote', location: 'Remote (EU)' }, 'Remote (EU)'],
    [{ workplace: 'hybrid', location: '  ' }, 'Hybrid'],
    [{ workplace: null, location: 'Berlin' }, 'Berlin'],
    [{ workplace: 'onsite', location: null }, 'On-site'],
    [{ workplace: null, location: null }, ''],
  ])('place of %j reads %j', (job, words) => {
    expect(placeWords(job)).toBe(words);
  });

  it.each([
    [40, 40, '40 jobs'],
    [12, 40, '12 of 40 jobs'],
    [1, 1, '1 job'],
    [0, 1, '0 of 1 job'],
    [1_250, 10_000, '1,250 of 10,000 jobs'],
  ])('%i shown of %i reads %j', (shown, total, words) => {
    expect(countWords(shown, total)).toBe(words);
  });

  it.each<[number | null, boolean, string]>([
    [10_000, false, '10,000 jobs'],
    [null, false, 'Counting your jobs…'],
    [10_000, true, 'Reading all 10,000 jobs…'],
    [null, true, 'Reading all your jobs…'],
  ])('with only the newest read, a total of %j (waiting for all: %j) reads %j', (total, waiting, words) => {
    expect(incompleteCountText(total, waiting)).toBe(words);
  });

  it.each([
    ['', null],
    ['  ', null],
    ['120000', 120_000],
    ['-5', null],
    ['abc', null],
  ])('minimum salary %j is %j', (text, amount) => {
    expect(parseAmount(text)).toBe(amount);
  });
});
