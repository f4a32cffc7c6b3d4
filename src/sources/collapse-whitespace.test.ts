import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseWhitespace } from './collapse-whitespace';

describe('collapseWhitespace', () => {
  it.each([
    ['single spaces stay', 'Senior Go engineer', 'Senior Go engineer'],
    ['two spaces become one', 'Senior  Go', 'Senior Go'],
    ['tabs, no-break spaces and line breaks become one space', 'a\tb\u00a0c\nd \r\n e', 'a b c d e'],
    ['ends are collapsed, not trimmed', '  a  ', ' a '],
    ['nothing to do on an empty string', '', ''],
  ])('%s', (_, input, expected) => {
    expect(collapseWhitespace(input)).toBe(expected);
  });

  it('does what replace(/\\s+/g, " ") does on any text', () => {
    const text = fc.string({ unit: fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0', '\u2003', '\ufeff', 'a', 'b', '-'), maxLength: 40 });
    fc.assert(
      fc.property(text, (input) => {
        expect(collapseWhitespace(input)).toBe(input.replace(/\s+/g, ' '));
      }),
      { numRuns: 5_000 },
    );
  });
});
