// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
import { describe, expect, it } from 'vitest';
import { expectFixture, type FixtureCase } from '../../test/fixtures/sites/fixture-page';
import { personio } from './personio';

const POSTINGS: FixtureCase[] = [
  {
    file: 'posting.html',
    url: 'https://hafenlicht.jobs.personio.de/job/1234567?language=de&display=de',
    canonicalUrl: 'https://hafenlicht.jobs.personio.de/job/1234567',
    title: 'QA Engineer (m/w/d)',
    company: 'Hafenlicht Software',
    location: 'Bremen, DE',
    salary: null,
    employmentType: 'full-time',
    required: ['TypeScript', 'Cypress'],
    text: ['Dein Profil\n- Mindestens 3 Jahre Erfahrung in der Testautomatisierung.'],
  },
];

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
