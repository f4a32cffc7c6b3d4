// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
import { describe, expect, it } from 'vitest';
import { POSTINGS } from '../../test/fixtures/sites/welcometothejungle/cases';
import { expectFixture } from '../../test/fixtures/sites/fixture-page';
import { welcomeToTheJungle } from './welcome-to-the-jungle';


describe('welcomeToTheJungle adapter', () => {
  it.each(POSTINGS)('reads $file', (fixture) => {
    expectFixture(welcomeToTheJungle, fixture);
  });

  it.each([
    ['https://www.welcometothejungle.com/en/companies/acme/jobs/senior-data-engineer_lyon', true],
    ['https://www.welcometothejungle.com/fr/companies/acme', false],
    ['https://www.welcometothejungle.com/fr/jobs?query=python', false],
  ] as const)('matchesUrl(%s) is %s', (url, expected) => {
    expect(welcomeToTheJungle.matchesUrl(new URL(url))).toBe(expected);
  });
});
