// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
import { describe, expect, it } from 'vitest';
import { expectFixture, type FixtureCase } from '../../test/fixtures/sites/fixture-page';
import { smartrecruiters } from './smartrecruiters';

const POSTINGS: FixtureCase[] = [
  {
    file: 'posting.html',
    url: 'https://jobs.smartrecruiters.com/HarborValeLogistics/744000012345678-site-reliability-engineer?trid=abc',
    canonicalUrl: 'https://jobs.smartrecruiters.com/HarborValeLogistics/744000012345678',
    title: 'Site Reliability Engineer',
    company: 'Harbor & Vale Logistics',
    location: 'Rotterdam, South Holland, Netherlands',
    salary: { min: 70000, max: 86000, currency: 'EUR', period: 'year' },
    employmentType: 'full-time',
    required: ['Kubernetes', 'Docker', 'Linux'],
    text: ['Qualifications\n- At least 4 years of experience as an SRE or platform engineer.', 'Company Description'],
  },
];

describe('smartrecruiters adapter', () => {
  it.each(POSTINGS)('reads $file', (fixture) => {
    const raw = expectFixture(smartrecruiters, fixture);
    expect(raw.hints.postedAt).toBe('2026-09-14T00:00:00.000Z');
  });

  it.each([
    ['https://jobs.smartrecruiters.com/HarborValeLogistics/744000012345678-site-reliability-engineer', true],
    ['https://jobs.smartrecruiters.com/HarborValeLogistics/744000012345678', true],
    ['https://jobs.smartrecruiters.com/HarborValeLogistics', false],
    ['https://www.smartrecruiters.com/HarborValeLogistics/744000012345678', false],
  ])('matchesUrl(%s) is %s', (url, expected) => {
    expect(smartrecruiters.matchesUrl(new URL(url))).toBe(expected);
  });
});
