import { describe, expect, it } from 'vitest';
import { isJobPostingType, jobPostingNodes } from './json-ld-nodes';

const posting = (title: string) => ({ '@type': 'JobPosting', title });

/** `{ "@graph": [ … ] }` nested `levels` times around a posting. */
function nestedInGraphs(levels: number): unknown {
  let value: unknown = posting('Deep');
  for (let i = 0; i < levels; i++) value = { '@graph': [value] };
  return value;
}

describe('jobPostingNodes', () => {
  it.each([
    ['a single posting', posting('A'), ['A']],
    ['an array, in order', [posting('A'), { '@type': 'Organization' }, posting('B')], ['A', 'B']],
    ['a @graph', { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite' }, posting('A')] }, ['A']],
    ['a posting that also holds a @graph', { ...posting('Outer'), '@graph': [posting('Inner')] }, ['Outer', 'Inner']],
    ['a @graph nested three deep', nestedInGraphs(3), ['Deep']],
    ['a @graph nested too deep to be JSON-LD', nestedInGraphs(4), []],
    ['other types only', { '@type': 'Organization', name: 'Acme' }, []],
    ['a primitive', 'JobPosting', []],
    ['null', null, []],
  ])('finds the postings of %s', (_name, value, titles) => {
    expect(jobPostingNodes(value).map((node) => (node as { title: string }).title)).toEqual(titles);
  });

  it('keeps the node itself, unchanged, for the mapping to read', () => {
    const node = { '@type': 'JobPosting', title: 'A', baseSalary: { currency: 'EUR' } };
    expect(jobPostingNodes([node])[0]).toBe(node);
  });

  it('walks a bounded number of nodes in a huge @graph', () => {
    const graph = { '@graph': Array.from({ length: 50_000 }, (_, i) => (i === 40_000 ? posting('Late') : { '@type': 'Thing' })) };
    // The posting past the walk's bound is not found: the walk stopped before it.
    expect(jobPostingNodes(graph)).toEqual([]);
  });
});

describe('isJobPostingType', () => {
  it.each([
    ['JobPosting', true],
    ['https://schema.org/JobPosting', true],
    ['schema:JobPosting', true],
    [['Thing', 'JobPosting'], true],
    ['JobPostings', false],
    ['jobposting', false],
    [[['JobPosting']], false],
    [42, false],
    [undefined, false],
  ])('%j is %s', (type, expected) => {
    expect(isJobPostingType(type)).toBe(expected);
  });
});
