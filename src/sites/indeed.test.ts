// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
import { describe, expect, it } from 'vitest';
import { expectFixture, fixturePage } from '../../test/fixtures/sites/fixture-page';
import { POSTINGS } from '../../test/fixtures/sites/indeed/cases';
import { indeed, indeedJobKey } from './indeed';


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
