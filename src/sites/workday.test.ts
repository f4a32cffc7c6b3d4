// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
import { describe, expect, it } from 'vitest';
import { POSTINGS } from '../../test/fixtures/sites/workday/cases';
import { expectFixture } from '../../test/fixtures/sites/fixture-page';
import { workday } from './workday';


describe('workday adapter', () => {
  it.each(POSTINGS)('reads $file', (fixture) => {
    expectFixture(workday, fixture);
  });

  it.each([
    ['https://cobaltridge.wd5.myworkdayjobs.com/en-US/CobaltRidge/job/Chicago-IL/Senior-Data-Engineer_R12345', true],
    ['https://cobaltridge.wd1.myworkdayjobs.com/CobaltRidge/details/Senior-Data-Engineer_JR-0042', true],
    ['https://wd3.myworkdaysite.com/recruiting/cobaltridge/CobaltRidge/job/Chicago-IL/Analyst_R1', true],
    ['https://cobaltridge.wd5.myworkdayjobs.com/en-US/CobaltRidge', false],
    ['https://cobaltridge.wd5.myworkdayjobs.com/en-US/CobaltRidge/job/Chicago-IL/Senior-Data-Engineer_R12345/apply', false],
    ['https://www.myworkday.com/cobaltridge/d/home.htmld', false],
  ])('matchesUrl(%s) is %s', (url, expected) => {
    expect(workday.matchesUrl(new URL(url))).toBe(expected);
  });
});
