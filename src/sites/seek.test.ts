// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
import { describe, expect, it } from 'vitest';
import { POSTINGS } from '../../test/fixtures/sites/seek/cases';
import { expectFixture } from '../../test/fixtures/sites/fixture-page';
import { extractPosting } from './registry';
import { fixturePage } from '../../test/fixtures/sites/fixture-page';
import { seek, seekJobId } from './seek';


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
