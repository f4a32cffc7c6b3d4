// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
import { describe, expect, it } from 'vitest';
import { expectFixture, type FixtureCase } from '../../test/fixtures/sites/fixture-page';
import { recruitee } from './recruitee';

const POSTINGS: FixtureCase[] = [
  {
    file: 'posting.html',
    url: 'https://tulpen.recruitee.com/o/mobile-developer-react-native?source=LinkedIn',
    canonicalUrl: 'https://tulpen.recruitee.com/o/mobile-developer-react-native',
    title: 'Mobile Developer (React Native)',
    company: 'Tulpen Mobility',
    location: 'Rotterdam, South Holland, NL',
    salary: { min: 4200, max: 5600, currency: 'EUR', period: 'month' },
    workplace: 'onsite',
    employmentType: 'full-time',
    required: ['React Native', 'TypeScript'],
    preferred: ['Kotlin'],
    text: ['Requirements\n- 3+ years with React Native and TypeScript.'],
  },
];

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
