// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractJsonLdPostings, jsonLdToPosting } from '../sources/json-ld';
import { SITE_FIXTURES_DIR } from '../../test/fixtures/sites/fixture-page';
import { FILE_READERS } from '../sources/json-ld';
import { firstJsonLdPosting } from '../background/assemble-posting';
import { DOM_READERS } from '../../test/support/dom-readers';
import { jsonLdNodeHasTitle, pageJobPostingNodes } from './page-json-ld';

function page(...blocks: string[]): Document {
  const scripts = blocks.map((b) => `<script type="application/ld+json">${b}</script>`).join('');
  return new DOMParser().parseFromString(`<html><head>${scripts}</head><body></body></html>`, 'text/html');
}

const GOOD = JSON.stringify({ '@type': 'JobPosting', title: 'Data Engineer', hiringOrganization: { name: 'Acme' }, description: '<p>Build pipelines.</p>' });

describe('pageJobPostingNodes', () => {
  it.each([
    ['a single posting', [GOOD], 1],
    ['a broken block before a good one', ['{ "@type": "JobPosting", "title": ', GOOD], 1],
    ['a posting inside @graph', [JSON.stringify({ '@graph': [{ '@type': 'WebSite' }, JSON.parse(GOOD)] })], 1],
    ['an array of postings', [JSON.stringify([JSON.parse(GOOD), JSON.parse(GOOD)])], 2],
    ['a CDATA-wrapped block', [`/*<![CDATA[*/${GOOD}/*]]>*/`], 1],
    ['only other types', [JSON.stringify({ '@type': 'Organization', name: 'Acme' })], 0],
    ['an empty block', [''], 0],
  ])('finds the postings of %s', (_name, blocks, count) => {
    expect(pageJobPostingNodes(page(...blocks))).toHaveLength(count);
  });

  it('sends at most 10 nodes, the first ones in page order', () => {
    const postings = Array.from({ length: 12 }, (_, i) => ({ '@type': 'JobPosting', title: `Job ${i}` }));
    const nodes = pageJobPostingNodes(page(JSON.stringify(postings.slice(0, 6)), JSON.stringify(postings.slice(6))));
    expect(nodes.map((node) => (node as { title: string }).title)).toEqual(postings.slice(0, 10).map((p) => p.title));
  });

  it('keeps to 500 kB of JSON in all: a node that would pass it is left out, a smaller one after it still fits', () => {
    const big = (title: string) => ({ '@type': 'JobPosting', title, description: 'x'.repeat(200_000) });
    const small = { '@type': 'JobPosting', title: 'Small' };
    const nodes = pageJobPostingNodes(page(JSON.stringify([big('One'), big('Two'), big('Three'), small])));
    expect(nodes.map((node) => (node as { title: string }).title)).toEqual(['One', 'Two', 'Small']);
    expect(nodes.reduce<number>((sum, node) => sum + JSON.stringify(node).length, 0)).toBeLessThanOrEqual(500_000);
  });

  it('ignores scripts that are not JSON-LD', () => {
    const doc = new DOMParser().parseFromString(`<script type="application/json">${GOOD}</script><script>${GOOD}</script>`, 'text/html');
    expect(pageJobPostingNodes(doc)).toHaveLength(0);
  });
});

describe('jsonLdNodeHasTitle', () => {
  it.each([
    [{ title: 'Analyst' }, true],
    [{ name: 'Analyst' }, true],
    [{ title: '  ', name: 'Analyst' }, true],
    [{ title: ' \n ' }, false],
    [{ title: 42 }, false],
    [{ description: 'no title' }, false],
    ['Analyst', false],
    [null, false],
  ])('%j: %s', (node, expected) => {
    expect(jsonLdNodeHasTitle(node)).toBe(expected);
  });
});

describe('firstJsonLdPosting over the page nodes', () => {
  it.each([
    ['the DOM', DOM_READERS],
    ['htmlparser2 and the entities table (the background)', FILE_READERS],
  ])('maps the first posting with a title, reading its HTML description with %s', (_readers, readers) => {
    const untitled = JSON.stringify({ '@type': 'JobPosting', description: 'no title' });
    expect(firstJsonLdPosting(pageJobPostingNodes(page(untitled, GOOD)), readers, 'https://careers.example.com/jobs/1')).toEqual({
      source: 'jsonld',
      url: 'https://careers.example.com/jobs/1',
      title: 'Data Engineer',
      company: 'Acme',
      location: null,
      sections: [{ heading: '', text: 'Build pipelines.' }],
      hints: { workplace: null, employmentType: null, salary: null, postedAt: null },
    });
  });

  it('gives null for a page without a posting', () => {
    expect(firstJsonLdPosting(pageJobPostingNodes(page()), DOM_READERS, 'https://example.com/')).toBeNull();
  });
});

describe('the DOM readers agree with the file readers (src/sources/json-ld.ts)', () => {
  const pages = [
    ['jsonld', 'career-page.html'],
    ['jsonld', 'hostile.html'],
    ['linkedin', 'view-guest.html'],
    ['workday', 'posting.html'],
    ['workday', 'shell-with-json-ld.html'],
  ] as const;

  it.each(pages)('%s/%s maps to the same posting either way', (folder, file) => {
    const html = readFileSync(path.join(SITE_FIXTURES_DIR, folder, file), 'utf8');
    const fromFile = extractJsonLdPostings(html).map((node) => jsonLdToPosting(node, 'https://example.com/')).find(Boolean);
    const nodes = pageJobPostingNodes(new DOMParser().parseFromString(html, 'text/html'));
    // The content script collects the same nodes as the file reader, in the same order.
    expect(nodes).toEqual(extractJsonLdPostings(html));
    const fromDom = firstJsonLdPosting(nodes, DOM_READERS, 'https://example.com/');
    expect(fromFile).toBeTruthy();
    expect(fromDom).toEqual(fromFile);
  });
});
