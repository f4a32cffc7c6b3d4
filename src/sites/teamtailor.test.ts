// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
import { describe, expect, it } from 'vitest';
import { POSTINGS } from '../../test/fixtures/sites/teamtailor/cases';
import { expectFixture } from '../../test/fixtures/sites/fixture-page';
import { teamtailor } from './teamtailor';


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
