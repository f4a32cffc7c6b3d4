// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
import { describe, expect, it } from 'vitest';
import { expectFixture, type FixtureCase } from '../../test/fixtures/sites/fixture-page';
import { wellfound } from './wellfound';

const POSTINGS: FixtureCase[] = [
  {
    file: 'posting.html',
    url: 'https://wellfound.com/company/lumenfold/jobs/3012345-senior-full-stack-engineer?utm_source=x',
    canonicalUrl: 'https://wellfound.com/jobs/3012345',
    title: 'Senior Full Stack Engineer',
    company: 'Lumenfold',
    location: 'Remote (United States)',
    salary: { min: 150000, max: 190000, currency: 'USD', period: 'year' },
    workplace: 'remote',
    employmentType: 'full-time',
    required: ['TypeScript', 'React', 'PostgreSQL'],
    text: ["What we're looking for\n- 5+ years building web products."],
  },
];

describe('wellfound adapter', () => {
  it.each(POSTINGS)('reads $file', (fixture) => {
    expectFixture(wellfound, fixture);
  });

  it.each([
    ['https://wellfound.com/jobs/3012345-senior-full-stack-engineer', true],
    ['https://wellfound.com/company/lumenfold/jobs', false],
    ['https://wellfound.com/jobs', false],
  ] as const)('matchesUrl(%s) is %s', (url, expected) => {
    expect(wellfound.matchesUrl(new URL(url))).toBe(expected);
  });
});
