import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeMarkdownLine } from './normalize-text-markdown';
import { tidyLines } from './normalize-text-lines';

/**
 * The plain way to tidy lines: split, tidy each, drop blank runs, join. tidyLines must
 * give exactly this; it only avoids the copies when nothing changes.
 */
function tidyBySplitting(text: string): string {
  const out: string[] = [];
  let lastWasBlank = true;
  for (const raw of text.split('\n')) {
    const collapsed = raw.replace(/ {2,}/g, ' ').trim();
    const line = collapsed === '' ? '' : normalizeMarkdownLine(collapsed);
    if (line === '') {
      if (!lastWasBlank) out.push('');
      lastWasBlank = true;
    } else {
      out.push(line);
      lastWasBlank = false;
    }
  }
  if (out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

describe('tidyLines', () => {
  it.each([
    ['tidy text stays as it is', 'About us\n\n- Go\n- Rust\n**Perks**\nLunch', 'About us\n\n- Go\n- Rust\n**Perks**\nLunch'],
    ['spaces collapse inside a line', 'too   many  spaces', 'too many spaces'],
    ['spaces at line edges go', ' left\nright \n both ', 'left\nright\nboth'],
    ['a line of spaces is blank', 'a\n   \nb', 'a\n\nb'],
    ['runs of blank lines become one', 'a\n\n\n\nb', 'a\n\nb'],
    ['blank lines at either end go', '\n\n a \n\n', 'a'],
    ['list markers become "- "', '* one\n• two', '- one\n- two'],
    ['a changed line in the middle keeps the lines around it', 'first\n  second  *x*\nthird', 'first\nsecond x\nthird'],
    ['a thematic break is a paragraph break', 'above\n---\nbelow', 'above\n\nbelow'],
    ['emphasis goes, a bold line stays', 'We _really_ do\n**Heading**', 'We really do\n**Heading**'],
    ['a bullet with nothing after it leaves a paragraph break', 'a\n•\nb', 'a\n\nb'],
    ['empty text', '', ''],
    ['only blank lines', '\n \n\n', ''],
  ])('%s', (_, input, expected) => {
    expect(tidyLines(input)).toBe(expected);
  });

  it('gives the same lines as splitting, tidying and joining', () => {
    const line = fc
      .array(fc.constantFrom('a', 'Go', ' ', '  ', '- ', '* ', '**', '_', '#', '## ', '> ', '---', '1. ', '•', 'x_y', '-5%', ':'), {
        maxLength: 12,
      })
      .map((parts) => parts.join(''));
    const text = fc.array(line, { maxLength: 12 }).map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(text, (input) => {
        expect(tidyLines(input)).toBe(tidyBySplitting(input));
      }),
      { numRuns: 2000 },
    );
  });

  // Quadratic work on this takes minutes and fails on the test timeout (the time is in the bench: tidy-lines-1mb).
  it('tidies a megabyte of short lines, every line kept', () => {
    const text = 'x:\n'.repeat(333_333);
    expect(tidyLines(text).split('\n').filter((line) => line === 'x:')).toHaveLength(333_333);
  });
});
