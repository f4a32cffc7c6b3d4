// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
import { describe, expect, it } from 'vitest';
import { expectFixture, type FixtureCase } from '../../test/fixtures/sites/fixture-page';
import { extractPosting } from './registry';
import { fixturePage } from '../../test/fixtures/sites/fixture-page';
import { seek, seekJobId } from './seek';

const POSTINGS: FixtureCase[] = [
  {
    file: 'job-page.html',
    url: 'https://www.seek.com.au/job/80123456?type=standard&ref=search-standalone',
    canonicalUrl: 'https://www.seek.com.au/job/80123456',
    title: 'Senior Site Reliability Engineer',
    company: 'Coralbay Health',
    location: 'Brisbane QLD',
    // SEEK Australia's bare "$" is Australian dollars.
    salary: { min: 165000, max: 185000, currency: 'AUD', period: 'year' },
    workplace: 'hybrid',
    employmentType: 'full-time',
    required: ['Kubernetes', 'Terraform', 'Prometheus'],
    preferred: ['Go', 'Rust'],
    text: ['Coralbay Health runs the booking platform used by 400 clinics across Queensland.'],
  },
  {
    file: 'search-pane.html',
    url: 'https://www.seek.co.nz/data-engineer-jobs/in-All-Auckland?jobId=81230001&type=standard',
    canonicalUrl: 'https://www.seek.co.nz/job/81230001',
    title: 'Data Engineer',
    company: 'Tui Freight',
    location: 'Auckland CBD, Auckland',
    salary: { min: 95, max: 110, currency: 'NZD', period: 'hour' },
    workplace: 'remote',
    employmentType: 'contract',
    required: ['SQL', 'Python', 'dbt', 'Snowflake'],
    text: ['Tui Freight moves 30,000 containers a year through Auckland.'],
  },
];

describe('seek adapter', () => {
  it.each(POSTINGS)('reads $file', (fixture) => {
    expectFixture(seek, fixture);
  });

  it('reads nothing while the pane still shows the previously selected job', () => {
    const doc = fixturePage('seek', 'search-pane.html');
    expect(extractPosting(doc, new URL('https://www.seek.co.nz/data-engineer-jobs/in-All-Auckland?jobId=81230002'))).toBeNull();
  });

  it.each([
    ['https://www.seek.com.au/job/80123456', '80123456'],
    ['https://www.seek.co.nz/job/80123456/', '80123456'],
    ['https://www.seek.com.au/data-engineer-jobs?jobId=80123457', '80123457'],
    ['https://www.seek.com.au/data-engineer-jobs', null],
    ['https://www.seek.com.au/job/abc', null],
  ])('seekJobId(%s) is %s', (url, id) => {
    expect(seekJobId(new URL(url))).toBe(id);
  });

  it.each([
    ['https://www.seek.com.au/job/80123456', true],
    ['https://www.seek.com.au/data-engineer-jobs', false],
    ['https://www.seek.com/job/80123456', false],
    ['https://seek.com.au.example.com/job/80123456', false],
  ])('matchesUrl(%s) is %s', (url, expected) => {
    expect(seek.matchesUrl(new URL(url))).toBe(expected);
  });
});
