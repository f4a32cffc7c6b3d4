import { describe, expect, it } from 'vitest';
import { plainTextToSections } from './plain-text-sections';

describe('plainTextToSections', () => {
  it.each([
    ['one line per line', 'A\r\nB\rC', [{ heading: '', text: 'A\nB\nC' }]],
    ['bullets of every kind become "- "', '- a\n* b\n• c\n1. d\n2) e', [{ heading: '', text: '- a\n- b\n- c\n- d\n- e' }]],
    ['markdown headings start sections', 'x\n### Requirements ###\ny', [
      { heading: '', text: 'x' },
      { heading: 'Requirements', text: 'y' },
    ]],
    ['a number that is not a list marker stays', '2026 was a good year', [{ heading: '', text: '2026 was a good year' }]],
    ['blank input gives nothing', ' \n\t\n', []],
  ])('%s', (_name, text, expected) => {
    expect(plainTextToSections(text)).toEqual(expected);
  });

  // A pattern that backtracks on this takes minutes and fails on the test timeout.
  it('reads a megabyte of padded headings and bullets to the end', () => {
    const text = `${'#'.repeat(6)}${' '.repeat(100_000)}x\n`.repeat(10) + '- item\n'.repeat(100_000);
    const sections = plainTextToSections(text);
    expect(sections.map((section) => section.text).join('\n')).toMatch(/item\s*$/);
  });
});
