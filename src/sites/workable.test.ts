// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
import { describe, expect, it } from 'vitest';
import { expectFixture, type FixtureCase } from '../../test/fixtures/sites/fixture-page';
import { workable } from './workable';

const POSTINGS: FixtureCase[] = [
  {
    file: 'posting.html',
    url: 'https://apply.workable.com/tidewater-software/j/A1B2C3D4E5',
    canonicalUrl: 'https://apply.workable.com/tidewater-software/j/A1B2C3D4E5/',
    title: 'Customer Success Manager',
    company: 'Tidewater Software',
    location: 'Lisbon, Portugal',
    salary: { min: 48000, max: 60000, currency: 'EUR', period: 'year' },
    workplace: 'remote',
    employmentType: 'full-time',
    required: ['Salesforce'],
    text: ['Requirements\n- 3+ years in customer success for a SaaS product.', '- Private health insurance.'],
  },
];

describe('workable adapter', () => {
  it.each(POSTINGS)('reads $file', (fixture) => {
    expectFixture(workable, fixture);
  });

  it('returns null while the app has not rendered the posting', () => {
    const shell = new DOMParser().parseFromString('<html><head><title>Tidewater Software</title></head><body><div id="app"></div></body></html>', 'text/html');
    expect(workable.extract(shell, new URL('https://apply.workable.com/tidewater-software/j/A1B2C3D4E5/'))).toBeNull();
  });

  it.each([
    ['https://apply.workable.com/tidewater-software/j/A1B2C3D4E5/', true],
    ['https://apply.workable.com/tidewater-software/', false],
    ['https://apply.workable.com/tidewater-software/j/A1B2C3D4E5/apply/', false],
    ['https://tidewater-software.workable.com/j/A1B2C3D4E5', false],
  ])('matchesUrl(%s) is %s', (url, expected) => {
    expect(workable.matchesUrl(new URL(url))).toBe(expected);
  });
});
