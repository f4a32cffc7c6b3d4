// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
import { describe, expect, it } from 'vitest';
import { POSTINGS } from '../../test/fixtures/sites/recruitee/cases';
import { expectFixture } from '../../test/fixtures/sites/fixture-page';
import { recruitee } from './recruitee';


describe('recruitee adapter', () => {
  it.each(POSTINGS)('reads $file', (fixture) => {
    expectFixture(recruitee, fixture);
  });

  it.each([
    ['https://tulpen.recruitee.com/o/mobile-developer-react-native', true],
    ['https://tulpen.recruitee.com/', false],
    ['https://app.recruitee.com/o/mobile-developer', false],
  ] as const)('matchesUrl(%s) is %s', (url, expected) => {
    expect(recruitee.matchesUrl(new URL(url))).toBe(expected);
  });
});
