// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
import { describe, expect, it } from 'vitest';
import { expectFixture, type FixtureCase } from '../../test/fixtures/sites/fixture-page';
import { welcomeToTheJungle } from './welcome-to-the-jungle';

const POSTINGS: FixtureCase[] = [
  {
    file: 'posting.html',
    url: 'https://www.welcometothejungle.com/fr/companies/atelier-mistral/jobs/developpeur-backend-python_lyon?q=abc&o=123',
    canonicalUrl: 'https://www.welcometothejungle.com/fr/companies/atelier-mistral/jobs/developpeur-backend-python_lyon',
    title: 'Développeur Backend Python',
    company: 'Atelier Mistral',
    location: 'Lyon, FR',
    salary: { min: 48000, max: 58000, currency: 'EUR', period: 'year' },
    workplace: 'hybrid',
    employmentType: 'full-time',
    required: ['Python', 'PostgreSQL', 'Docker'],
    text: ['Profil recherché\n- Au moins 3 ans d’expérience en Python.'],
  },
];

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
