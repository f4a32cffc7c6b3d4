// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
import { describe, expect, it } from 'vitest';
import { POSTINGS } from '../../test/fixtures/sites/personio/cases';
import { expectFixture } from '../../test/fixtures/sites/fixture-page';
import { personio } from './personio';


describe('personio adapter', () => {
  it.each(POSTINGS)('reads $file', (fixture) => {
    expectFixture(personio, fixture);
  });

  it.each([
    ['https://hafenlicht.jobs.personio.com/job/1234567', true],
    ['https://hafenlicht.jobs.personio.de/', false],
    ['https://hafenlicht.personio.de/job/1234567', false],
  ] as const)('matchesUrl(%s) is %s', (url, expected) => {
    expect(personio.matchesUrl(new URL(url))).toBe(expected);
  });
});
