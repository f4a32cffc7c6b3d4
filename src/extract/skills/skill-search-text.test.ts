import { describe, expect, it } from 'vitest';
import { foldForSearch, searchKeyOf, WORD_START } from './skill-search-text';

describe('foldForSearch', () => {
  it.each([
    ['plain ASCII', 'Go, PHP'],
    ['a curly apostrophe', 'team’s Go'],
    ['an emoji (two UTF-16 units)', '🌎 Go'],
    ['a letter whose lower case is longer', 'İstanbul Go'],
    ['line breaks', 'Go\r\nJava\n'],
  ])('keeps the length of %s, so offsets map one to one', (_, text) => {
    expect(foldForSearch(text)).toHaveLength(text.length);
  });

  it('lower-cases ASCII, hides non-ASCII and marks the unit before each word', () => {
    // "Ñ" is hidden, and being a non-word unit before "u" it then marks that word start.
    expect(foldForSearch('Go, Ñu')).toBe(`go, ${WORD_START}u`);
    expect(foldForSearch('Go, é')).toBe('go, \u001a');
    expect(foldForSearch('Use C++')).toBe(`use${WORD_START}c++`);
  });
});

describe('searchKeyOf', () => {
  it.each([
    ['Go', `${WORD_START}go`],
    ['Ruby on Rails', `${WORD_START}ruby${WORD_START}on${WORD_START}rails`],
    ['C++', `${WORD_START}c++`],
    ['.NET', `${WORD_START}net`],
  ])('%s → a key that can only start at a word', (spelling, key) => {
    expect(searchKeyOf(spelling)).toBe(key);
  });

  it('gives spellings that differ only in the unit between words one key', () => {
    expect(searchKeyOf('CI/CD')).toBe(searchKeyOf('ci-cd'));
    expect(searchKeyOf('CI/CD')).not.toBe(searchKeyOf('CICD'));
  });
});
