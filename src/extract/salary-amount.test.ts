import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountsIn, type MoneyAmount } from './salary-amount';

const values = (text: string) => [...amountsIn(text)].map((a) => a.value);

describe('amountsIn', () => {
  it.each([
    ['a number next to a currency mark', 'Salary: $120,000 per year', [120000]],
    ['a number too far from any mark', `${'x'.repeat(70)} 2024 ${'x'.repeat(70)} $5`, [5]],
    ['pay after thousands of numbers with no money near them', `${'release 1 2 3, '.repeat(3_000)}${' '.repeat(70)}Pay: €45.000 - €55.000`, [45000, 55000]],
    ['pay before a long tail of numbers', `USD 90k.${' '.repeat(70)}${'v1 2 3 '.repeat(3_000)}`, [90000]],
    ['no mark at all', '10 20 30 40 50 years', []],
  ])('%s', (_, text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  /** Filler with digits but no money mark, glued numbers or currency words. */
  const filler = fc.array(fc.constantFrom('release ', '2024 ', 'v1 ', '3 ', '12 ', 'team of 40 ', 'x'), { maxLength: 400 }).map((p) => p.join(''));
  const pay = fc.constantFrom('$120,000 - $150,000', 'USD 90k', '€45.000 brutto/Jahr', '12 LPA', '60 000 kr', '$40/hour');
  it('reads a pay phrase the same whatever digit-filled text stands far before it', () => {
    fc.assert(
      fc.property(filler, pay, (before, phrase) => {
        const gap = ' '.repeat(61);
        const shifted = (a: MoneyAmount) => ({ ...a, start: a.start - before.length - gap.length, end: a.end - before.length - gap.length });
        expect([...amountsIn(`${before}${gap}${phrase}`)].map(shifted)).toEqual([...amountsIn(phrase)]);
      }),
      { numRuns: 500 },
    );
  });
});
