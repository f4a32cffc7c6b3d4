// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
import { describe, expect, it } from 'vitest';
import { expectFixture, type FixtureCase } from '../../test/fixtures/sites/fixture-page';
import { extractPosting } from './registry';
import { fixturePage } from '../../test/fixtures/sites/fixture-page';
import { glassdoor, glassdoorListingId } from './glassdoor';

const POSTINGS: FixtureCase[] = [
  {
    file: 'job-listing.html',
    url: 'https://www.glassdoor.com/job-listing/senior-backend-engineer-acme-robotics-JV_IC1147401_KO0,23_KE24,37.htm?jl=1009512345678',
    canonicalUrl: 'https://www.glassdoor.com/job-listing/j?jl=1009512345678',
    title: 'Senior Gameplay Engineer',
    company: 'Fernwood Games',
    location: 'Montreal, QC, CA',
    salary: { min: 120000, max: 150000, currency: 'CAD', period: 'year' },
    workplace: 'onsite',
    employmentType: 'full-time',
    required: ['C++', 'Unreal Engine'],
    preferred: ['Perforce'],
    text: ['Fernwood Games makes co-op puzzle games played by two million people.'],
  },
  {
    file: 'search-pane.html',
    url: 'https://www.glassdoor.co.uk/Job/london-python-developer-jobs-SRCH_IL.0,6_IC2671300_KO7,23.htm?jl=1009600000001',
    canonicalUrl: 'https://www.glassdoor.co.uk/job-listing/j?jl=1009600000001',
    title: 'Python Developer',
    // The rating ("4.0 ★") is not part of the name.
    company: 'Thistle Data',
    location: 'London, England',
    salary: { min: 55000, max: 70000, currency: 'GBP', period: 'year' },
    workplace: 'hybrid',
    employmentType: 'full-time',
    required: ['Python', 'Django', 'PostgreSQL'],
    text: ['Thistle Data builds pricing models for insurers.'],
  },
];

describe('glassdoor adapter', () => {
  it.each(POSTINGS)('reads $file', (fixture) => {
    expectFixture(glassdoor, fixture);
  });

  it('reads nothing while the pane still shows the previously selected listing', () => {
    const doc = fixturePage('glassdoor', 'search-pane.html');
    expect(extractPosting(doc, new URL('https://www.glassdoor.co.uk/Job/london-python-developer-jobs-SRCH_IL.0,6_IC2671300_KO7,23.htm?jl=1009600000002'))).toBeNull();
  });

  it.each([
    ['https://www.glassdoor.com/job-listing/x.htm?jl=1009512345678', '1009512345678'],
    ['https://www.glassdoor.de/partner/jobListing.htm?pos=101&jobListingId=1009512345678', '1009512345678'],
    ['https://www.glassdoor.com/Job/london-jobs-SRCH_IL.0,6.htm', null],
    ['https://www.glassdoor.com/job-listing/x.htm?jl=abc', null],
  ])('glassdoorListingId(%s) is %s', (url, id) => {
    expect(glassdoorListingId(new URL(url))).toBe(id);
  });

  it.each([
    ['https://www.glassdoor.co.uk/job-listing/x.htm?jl=1009512345678', true],
    ['https://www.glassdoor.com/Reviews/acme-reviews-E123.htm', false],
    ['https://glassdoor.example.com/job-listing/x.htm?jl=1009512345678', false],
  ])('matchesUrl(%s) is %s', (url, expected) => {
    expect(glassdoor.matchesUrl(new URL(url))).toBe(expected);
  });
});
