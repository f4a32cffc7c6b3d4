import { describe, expect, it } from 'vitest';
import { foldForSearch, searchTerms } from './search-text';

describe('foldForSearch', () => {
  it.each([
    ['Senior Engineer', 'senior engineer'],
    ['Zürich', 'zurich'],
    ['São Paulo', 'sao paulo'],
    ['Łódź', 'lodz'],
    ['Malmö / København', 'malmo / kobenhavn'],
    ['Straße', 'strasse'],
    ['Ærøskøbing', 'aeroskobing'],
    ['İstanbul', 'istanbul'],
    ['Ångström Œuvre', 'angstrom oeuvre'],
    ['<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
  ])('%s → %s', (input, expected) => {
    expect(foldForSearch(input)).toBe(expected);
  });
});

describe('searchTerms', () => {
  it.each<[string, string[]]>([
    ['', []],
    ['   ', []],
    ['Go  Zürich', ['go', 'zurich']],
    ['\tremote\nEU ', ['remote', 'eu']],
  ])('%j → %j', (query, terms) => {
    expect(searchTerms(query)).toEqual(terms);
  });
});
