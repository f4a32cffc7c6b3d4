// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
import { describe, expect, it } from 'vitest';
import { expectFixture, fixturePage, type FixtureCase } from '../../test/fixtures/sites/fixture-page';
import { ashby } from './ashby';

const URL_TEXT = 'https://jobs.ashbyhq.com/quillstone/0c5f6a7b-8c9d-4e0f-a1b2-c3d4e5f60718';

const POSTINGS: FixtureCase[] = [
  {
    file: 'posting.html',
    url: `${URL_TEXT}?utm_source=linkedin`,
    canonicalUrl: URL_TEXT,
    title: 'Machine Learning Engineer',
    company: 'Quillstone',
    location: 'London, United Kingdom',
    salary: { min: 95000, max: 120000, currency: 'GBP', period: 'year' },
    workplace: 'hybrid',
    employmentType: 'full-time',
    required: ['Python', 'PyTorch', 'AWS'],
    text: ['- Strong Python and PyTorch.', 'Quillstone makes search tools for legal teams.'],
  },
];

describe('ashby adapter', () => {
  it.each(POSTINGS)('reads $file once rendered', (fixture) => {
    expectFixture(ashby, fixture);
  });

  it('returns null while the app has not rendered the posting, so the caller retries', () => {
    expect(ashby.extract(fixturePage('ashby', 'unrendered-shell.html'), new URL(URL_TEXT))).toBeNull();
  });

  it.each([
    [URL_TEXT, true],
    [`${URL_TEXT}/application`, false],
    ['https://jobs.ashbyhq.com/quillstone', false],
    ['https://ashbyhq.com/quillstone/0c5f6a7b-8c9d-4e0f-a1b2-c3d4e5f60718', false],
  ])('matchesUrl(%s) is %s', (url, expected) => {
    expect(ashby.matchesUrl(new URL(url))).toBe(expected);
  });
});
