import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstMoneyMark, MoneyMarkFinder } from './salary-money-marks';

/**
 * The money-mark pattern as one regex, as salary extraction first wrote it: the
 * specification the fast scan is held to.
 */
const SPEC =
  /[$€£¥₹₩₱₪₺₴₦]|\b[A-Z]{3}\b|(?<![A-Za-z])(?:kr|Rs|Fr|zł|zl|lakhs?|lacs?|LPA|lpa|crores?|dollars|euros?|pounds|rupees|złotych|zloty|yen)(?![A-Za-z\u00C0-\u024F])/g;

function specFirst(text: string, from: number, to: number): number {
  SPEC.lastIndex = Math.max(0, from);
  const match = SPEC.exec(text);
  return match && match.index <= to ? match.index : -1;
}

describe('firstMoneyMark', () => {
  it.each([
    ['a dollar sign', 'pay is $120k', 0, 20, 7],
    ['an ISO code as a word', 'pay is 120k USD', 0, 20, 12],
    ['a currency word right after a digit', 'pay is 120euros a year', 0, 30, 10],
    ['a unit at the very start', 'lakh 12', 0, 10, 0],
    ['no word mark inside a word', 'Europe, a workplace', 0, 30, -1],
    ['no 4-letter capital word', 'ABCD 5', 0, 10, -1],
    ['no currency word followed by an accented letter', 'yené 5', 0, 10, -1],
    ['a mark past the range is not reported', 'salary 100 USD', 0, 5, -1],
    ['a symbol before the range is not reported', '$ 100 a year', 1, 10, -1],
    ['a symbol just before the range still lets a word start in it', '€kr 5', 1, 5, 1],
    ['the first of several', 'USD 5 or €5', 0, 20, 0],
  ])('%s', (_, text, from, to, expected) => {
    expect(firstMoneyMark(text, from, to)).toBe(expected);
    expect(specFirst(text, from, to)).toBe(expected);
  });

  const pieces = fc.constantFrom(
    'kr', 'Rs', 'Fr', 'zł', 'zl', 'lakh', 'lakhs', 'lac', 'lacs', 'LPA', 'lpa', 'crore', 'crores', 'dollars', 'euro',
    'euros', 'pounds', 'rupees', 'złotych', 'zloty', 'yen', 'USD', 'AB', 'C', 's', 'x', 'é', 'ɏ', 'ɐ', '_', '1', ' ', '\n',
    '$', '€', '£', '¥', '₹', '₩', '₱', '₪', '₺', '₴', '₦', '¢', 'ł', 'o',
  );
  it('finds what the single-regex specification finds, in any stretch', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }).map((p) => p.join('')), fc.nat(120), fc.nat(120), (text, a, span) => {
        const from = Math.min(a, text.length);
        expect(firstMoneyMark(text, from, from + span)).toBe(specFirst(text, from, from + span));
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('MoneyMarkFinder', () => {
  it('answers a series of stretches as firstMoneyMark does, reading each part once', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('$', 'USD', 'kr', 'a', 'b', ' ', '1', 'x'), maxLength: 60 }),
        fc.array(fc.tuple(fc.nat(20), fc.nat(40)), { maxLength: 10 }),
        (text, steps) => {
          const finder = new MoneyMarkFinder(text);
          let from = -5;
          for (const [advance, span] of steps) {
            from += advance;
            expect(finder.firstIn(from, from + span)).toBe(specFirst(text, from, from + span));
          }
        },
      ),
      { numRuns: 5_000 },
    );
  });
});
