// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
import { describe, expect, it } from 'vitest';
import { expectFixture, type FixtureCase } from '../../test/fixtures/sites/fixture-page';
import { bamboohr } from './bamboohr';

const POSTINGS: FixtureCase[] = [
  {
    file: 'careers-page.html',
    url: 'https://pinecrest.bamboohr.com/careers/57?source=indeed',
    canonicalUrl: 'https://pinecrest.bamboohr.com/careers/57',
    title: 'Customer Support Engineer',
    company: 'Pinecrest Labs',
    location: 'Boise, Idaho',
    salary: { min: 58000, max: 68000, currency: 'USD', period: 'year' },
    employmentType: 'full-time',
    required: ['SQL', 'Zendesk'],
    text: ['Pinecrest Labs makes inventory software for outdoor shops.'],
  },
];

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
