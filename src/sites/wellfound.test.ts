// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
import { describe, expect, it } from 'vitest';
import { POSTINGS } from '../../test/fixtures/sites/wellfound/cases';
import { expectFixture } from '../../test/fixtures/sites/fixture-page';
import { wellfound } from './wellfound';


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
