// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
import { describe, expect, it } from 'vitest';
import { POSTINGS } from '../../test/fixtures/sites/lever/cases';
import { expectFixture } from '../../test/fixtures/sites/fixture-page';
import { lever } from './lever';


describe('lever adapter', () => {
  it.each(POSTINGS)('reads $file', (fixture) => {
    const raw = expectFixture(lever, fixture);
    // The headline (title, categories) is not repeated as description text.
    expect(raw.sections.map((s) => s.text).join('\n')).not.toContain('Engineering – Patient Experience');
  });

  it.each([
    ['https://jobs.lever.co/bluefinhealth/5b0c7d1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e', true],
    ['https://jobs.eu.lever.co/bluefinhealth/5b0c7d1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e/', true],
    ['https://jobs.lever.co/bluefinhealth/5b0c7d1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e/apply', false],
    ['https://jobs.lever.co/bluefinhealth', false],
    ['https://www.lever.co/bluefinhealth/5b0c7d1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e', false],
  ])('matchesUrl(%s) is %s', (url, expected) => {
    expect(lever.matchesUrl(new URL(url))).toBe(expected);
  });
});
