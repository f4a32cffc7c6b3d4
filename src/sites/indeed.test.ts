// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
import { describe, expect, it } from 'vitest';
import { expectFixture, fixturePage, type FixtureCase } from '../../test/fixtures/sites/fixture-page';
import { indeed, indeedJobKey } from './indeed';

const POSTINGS: FixtureCase[] = [
  {
    file: 'viewjob.html',
    url: 'https://www.indeed.com/viewjob?jk=0a1b2c3d4e5f6789&from=serp&vjs=3',
    canonicalUrl: 'https://www.indeed.com/viewjob?jk=0a1b2c3d4e5f6789',
    title: 'QA Automation Engineer',
    company: 'Pinecrest Robotics',
    location: 'Austin, TX 78701',
    salary: { min: 95000, max: 120000, currency: 'USD', period: 'year' },
    employmentType: 'full-time',
    required: ['TypeScript'],
    text: ['- Write automated end-to-end tests with Playwright and TypeScript.'],
  },
  {
    file: 'search-pane.html',
    url: 'https://www.indeed.com/jobs?q=nurse&l=Denver%2C+CO&vjk=1f2e3d4c5b6a7980',
    canonicalUrl: 'https://www.indeed.com/viewjob?jk=1f2e3d4c5b6a7980',
    title: 'Registered Nurse - Night Shift',
    company: 'Aspen Valley Clinic',
    location: 'Denver, CO 80203',
    salary: { min: 42, max: 55, currency: 'USD', period: 'hour' },
    employmentType: 'part-time',
    required: [],
    text: ['- Active RN license in Colorado.'],
  },
];

describe('indeed adapter', () => {
  it.each(POSTINGS)('reads $file', (fixture) => {
    expectFixture(indeed, fixture);
  });

  it('waits while the pane still shows another result than the selected one', () => {
    const doc = fixturePage('indeed', 'search-pane.html');
    expect(indeed.extract(doc, new URL('https://www.indeed.com/jobs?q=nurse&vjk=0a9b8c7d6e5f4a3b'))).toBeNull();
  });

  it.each([
    ['https://www.indeed.com/viewjob?jk=0A1B2C3D4E5F6789', '0a1b2c3d4e5f6789'],
    ['https://uk.indeed.com/jobs?q=go&vjk=0a1b2c3d4e5f6789', '0a1b2c3d4e5f6789'],
    ['https://www.indeed.com/rc/clk?jk=0a1b2c3d4e5f6789&from=vj', '0a1b2c3d4e5f6789'],
    ['https://www.indeed.com/viewjob?vjk=0a1b2c3d4e5f6789', null],
    ['https://www.indeed.com/jobs?q=go', null],
    ['https://www.indeed.com/viewjob?jk=<script>', null],
  ])('indeedJobKey(%s) is %s', (url, expected) => {
    expect(indeedJobKey(new URL(url))).toBe(expected);
  });

  it.each([
    ['https://www.indeed.com/viewjob?jk=0a1b2c3d4e5f6789', true],
    ['https://www.indeed.com/cmp/Pinecrest-Robotics', false],
    ['https://www.notindeed.com/viewjob?jk=0a1b2c3d4e5f6789', false],
  ])('matchesUrl(%s) is %s', (url, expected) => {
    expect(indeed.matchesUrl(new URL(url))).toBe(expected);
  });
});
