// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
import { describe, expect, it } from 'vitest';
import { expectFixture, type FixtureCase } from '../../test/fixtures/sites/fixture-page';
import { workday } from './workday';

const POSTINGS: FixtureCase[] = [
  {
    file: 'posting.html',
    url: 'https://cobaltridge.wd5.myworkdayjobs.com/en-US/CobaltRidge/job/Chicago-IL/Senior-Data-Engineer_R12345?source=LinkedIn',
    canonicalUrl: 'https://cobaltridge.wd5.myworkdayjobs.com/en-US/CobaltRidge/job/Chicago-IL/Senior-Data-Engineer_R12345',
    title: 'Senior Data Engineer',
    company: 'Cobalt Ridge Insurance',
    // JSON-LD first: its address is more complete than the page's "Chicago, IL".
    location: 'Chicago, IL, United States of America',
    salary: { min: 140000, max: 175000, currency: 'USD', period: 'year' },
    workplace: 'hybrid',
    employmentType: 'full-time',
    required: ['SQL', 'Python'],
    text: ['- Model claims data in Snowflake.'],
  },
  {
    // Before the app renders, the server's JSON-LD alone makes the posting.
    file: 'shell-with-json-ld.html',
    url: 'https://cobaltridge.wd5.myworkdayjobs.com/CobaltRidge/job/Remote-USA/Claims-Operations-Analyst_R12399',
    canonicalUrl: 'https://cobaltridge.wd5.myworkdayjobs.com/CobaltRidge/job/Remote-USA/Claims-Operations-Analyst_R12399',
    title: 'Claims Operations Analyst',
    company: 'Cobalt Ridge Insurance',
    location: 'Remote, United States of America',
    salary: { min: 62000, max: 74000, currency: 'USD', period: 'year' },
    workplace: 'remote',
    employmentType: 'full-time',
    required: ['Excel'],
    text: ['Requirements\n- 2+ years of experience in insurance operations.'],
  },
];

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
