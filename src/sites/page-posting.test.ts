import { describe, expect, it } from 'vitest';
import { PagePosting } from './page-posting';
import { MAX_PAGE_FIELD, MAX_PAGE_JSON_LD_CHARS, MAX_PAGE_SECTIONS, MAX_PAGE_SECTIONS_TEXT } from './page-posting-limits';

const NODE = { '@type': 'JobPosting', title: 'Analyst' };
const VALID: PagePosting = {
  source: 'greenhouse',
  url: 'https://job-boards.greenhouse.io/acme/jobs/1',
  site: {
    title: 'Analyst',
    company: null,
    location: 'Oslo',
    sections: [{ heading: 'About', text: 'Crunch numbers.' }],
    salaryText: 'NOK 600k',
    hints: { workplace: 'hybrid', employmentType: null, postedAt: '2026-10-01T00:00:00.000Z' },
  },
  jsonLd: [NODE],
};
const withSite = (site: Partial<PagePosting['site']>) => ({ ...VALID, site: { ...VALID.site, ...site } });

const cyclic: Record<string, unknown> = { '@type': 'JobPosting', title: 'Loop' };
cyclic.self = cyclic;

describe('the PagePosting schema (what the background accepts from a content script)', () => {
  it('accepts a page as an adapter sends it, keeping the nodes whole', () => {
    const parsed = PagePosting.parse(VALID);
    expect(parsed).toEqual(VALID);
    expect(PagePosting.parse({ ...VALID, jsonLd: [{ ...NODE, extra: { deep: [1, 2] } }] }).jsonLd[0]).toEqual({ ...NODE, extra: { deep: [1, 2] } });
  });

  it.each([
    ['11 JSON-LD nodes', { ...VALID, jsonLd: Array.from({ length: 11 }, () => NODE) }],
    ['JSON-LD longer than 500 kB', { ...VALID, jsonLd: [{ ...NODE, description: 'x'.repeat(MAX_PAGE_JSON_LD_CHARS) }] }],
    ['a JSON-LD node that is not an object', { ...VALID, jsonLd: ['JobPosting'] }],
    ['a JSON-LD node that is an array', { ...VALID, jsonLd: [[NODE]] }],
    ['a JSON-LD node that cannot be JSON', { ...VALID, jsonLd: [cyclic] }],
    ['an unknown source', { ...VALID, source: 'monster' }],
    ['an empty URL', { ...VALID, url: '' }],
    ['a title longer than a title is', withSite({ title: 'x'.repeat(MAX_PAGE_FIELD + 1) })],
    ['a company longer than a field is', withSite({ company: 'x'.repeat(MAX_PAGE_FIELD + 1) })],
    ['a salary line longer than a field is', withSite({ salaryText: 'x'.repeat(MAX_PAGE_FIELD + 1) })],
    ['too many sections', withSite({ sections: Array.from({ length: MAX_PAGE_SECTIONS + 1 }, () => ({ heading: '', text: 'x' })) })],
    ['more section text than a page holds', withSite({ sections: [{ heading: '', text: 'x'.repeat(MAX_PAGE_SECTIONS_TEXT / 2 + 1) }, { heading: '', text: 'x'.repeat(MAX_PAGE_SECTIONS_TEXT / 2) }] })],
    ['a workplace hint that is not one', withSite({ hints: { workplace: 'moon' as never } })],
    ['a missing site', { ...VALID, site: undefined }],
  ])('refuses %s', (_case, input) => {
    expect(PagePosting.safeParse(input).success).toBe(false);
  });
});
