import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanMarkdown } from './salary-snippet';

/** cleanMarkdown as one chain of replaces, with no step skipped: the specification. */
function cleanMarkdownSpec(raw: string): string {
  return raw
    .replace(/\\([-+*_#.()[\]])/g, '$1')
    .replace(/^[ \t]{0,8}(?:#{1,6}[ \t]{1,4}|[-*•·][ \t]{1,4}|\d{1,3}[.)][ \t]{1,4})/, '')
    .replace(/\*\*|__/g, '')
    .replace(/^[\s*_]{1,8}|[\s*_]{1,8}$/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

describe('cleanMarkdown', () => {
  it.each([
    ['a list marker and bold marks', '- **Salary:** $90k  per year', 'Salary: $90k per year'],
    ['a heading marker', '### Pay: €50k', 'Pay: €50k'],
    ['escaped marks', 'Level 2 \\- $100k', 'Level 2 - $100k'],
    ['marks left at the ends', '_$80k_ **', '$80k'],
    ['a numbered item', '2. 5+ years of Go', '5+ years of Go'],
    ['plain words stay', 'Base pay is $120,000.', 'Base pay is $120,000.'],
  ])('%s', (_, input, expected) => {
    expect(cleanMarkdown(input)).toBe(expected);
  });

  it('gives what the full chain of replaces gives, on any text', () => {
    const text = fc
      .array(fc.constantFrom('- ', '* ', '#', '## ', '1. ', '**', '__', '_', '*', '\\-', '\\*', ' ', '  ', '\t', '\n', 'a', 'pay', '$5', '•', '·'), { maxLength: 30 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (input) => {
        expect(cleanMarkdown(input)).toBe(cleanMarkdownSpec(input));
      }),
      { numRuns: 10_000 },
    );
  });
});
