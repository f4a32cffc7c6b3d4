// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
import { describe, expect, it } from 'vitest';
import { POSTINGS } from '../../test/fixtures/sites/stepstone/cases';
import { expectFixture } from '../../test/fixtures/sites/fixture-page';
import { stepstone } from './stepstone';


describe('stepstone adapter', () => {
  it.each(POSTINGS)('reads $file', (fixture) => {
    expectFixture(stepstone, fixture);
  });

  it.each([
    ['https://www.stepstone.de/stellenangebote--Data-Engineer-Berlin-Acme--12345678-inline.html', true],
    ['https://www.stepstone.be/offres-emploi--Developpeur-Java-Bruxelles-Acme--12345680-inline.html', true],
    ['https://www.stepstone.de/jobs/data-engineer/in-berlin', false],
    ['https://www.stepstone.example/stellenangebote--Data-Engineer-Berlin-Acme--12345678-inline.html', false],
  ] as const)('matchesUrl(%s) is %s', (url, expected) => {
    expect(stepstone.matchesUrl(new URL(url))).toBe(expected);
  });
});
