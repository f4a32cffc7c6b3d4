// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
import { describe, expect, it } from 'vitest';
import { POSTINGS } from '../../test/fixtures/sites/smartrecruiters/cases';
import { expectFixture } from '../../test/fixtures/sites/fixture-page';
import { smartrecruiters } from './smartrecruiters';


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
