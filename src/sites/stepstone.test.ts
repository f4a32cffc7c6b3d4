// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
import { describe, expect, it } from 'vitest';
import { expectFixture, type FixtureCase } from '../../test/fixtures/sites/fixture-page';
import { stepstone } from './stepstone';

const POSTINGS: FixtureCase[] = [
  {
    file: 'posting.html',
    url: 'https://www.stepstone.de/stellenangebote--Senior-Backend-Entwickler-m-w-d-Hamburg-Kranich-Logistik-GmbH--12345678-inline.html?rltr=1_1_25',
    canonicalUrl: 'https://www.stepstone.de/stellenangebote--Senior-Backend-Entwickler-m-w-d-Hamburg-Kranich-Logistik-GmbH--12345678-inline.html',
    title: 'Senior Backend-Entwickler (m/w/d)',
    company: 'Kranich Logistik GmbH',
    location: 'Hamburg, DE',
    salary: { min: 65000, max: 80000, currency: 'EUR', period: 'year' },
    // One chip says both: "Vollzeit, Home Office möglich".
    workplace: 'hybrid',
    employmentType: 'full-time',
    required: ['Kotlin', 'Java', 'PostgreSQL', 'Kafka'],
    // "Wünschenswert: Erfahrung mit Terraform".
    preferred: ['Terraform'],
    text: ['Ihr Profil\n- Mindestens 5 Jahre Berufserfahrung mit Kotlin oder Java.'],
  },
];

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
