// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
import { describe, expect, it } from 'vitest';
import { POSTINGS } from '../../test/fixtures/sites/glassdoor/cases';
import { expectFixture } from '../../test/fixtures/sites/fixture-page';
import { extractPosting } from './registry';
import { fixturePage } from '../../test/fixtures/sites/fixture-page';
import { glassdoor, glassdoorListingId } from './glassdoor';


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
