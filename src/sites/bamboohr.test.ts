// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
import { describe, expect, it } from 'vitest';
import { POSTINGS } from '../../test/fixtures/sites/bamboohr/cases';
import { expectFixture } from '../../test/fixtures/sites/fixture-page';
import { bamboohr } from './bamboohr';


describe('bamboohr adapter', () => {
  it.each(POSTINGS)('reads $file', (fixture) => {
    expectFixture(bamboohr, fixture);
  });

  it.each([
    ['https://pinecrest.bamboohr.com/careers/57', true],
    ['https://pinecrest.bamboohr.com/jobs/view.php?id=57', true],
    ['https://pinecrest.bamboohr.com/careers', false],
    ['https://pinecrest.bamboohr.com/home', false],
  ] as const)('matchesUrl(%s) is %s', (url, expected) => {
    expect(bamboohr.matchesUrl(new URL(url))).toBe(expected);
  });
});
