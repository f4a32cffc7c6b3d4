// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
import { describe, expect, it } from 'vitest';
import { expectFixture, type FixtureCase } from '../../test/fixtures/sites/fixture-page';
import { teamtailor } from './teamtailor';

const POSTINGS: FixtureCase[] = [
  {
    file: 'posting.html',
    url: 'https://nordkap.teamtailor.com/en/jobs/4812345-backend-engineer?promotion=1',
    canonicalUrl: 'https://nordkap.teamtailor.com/jobs/4812345',
    title: 'Backend Engineer',
    company: 'Nordkap Energy',
    location: 'Oslo, Norway',
    salary: null,
    // The header line: "Engineering · Oslo · Hybrid remote".
    workplace: 'hybrid',
    employmentType: 'full-time',
    required: ['Elixir', 'Erlang', 'PostgreSQL'],
    preferred: ['TimescaleDB'],
    text: ['Who you are\n- You have 4+ years writing Elixir or Erlang.'],
  },
];

describe('teamtailor adapter', () => {
  it.each(POSTINGS)('reads $file', (fixture) => {
    expectFixture(teamtailor, fixture);
  });

  it.each([
    ['https://nordkap.teamtailor.com/jobs/4812345-backend-engineer', true],
    ['https://nordkap.teamtailor.com/sv/jobs/4812345', true],
    ['https://nordkap.teamtailor.com/jobs', false],
    ['https://app.teamtailor.com/companies/123/jobs', false],
  ] as const)('matchesUrl(%s) is %s', (url, expected) => {
    expect(teamtailor.matchesUrl(new URL(url))).toBe(expected);
  });
});
