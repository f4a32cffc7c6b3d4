import { describe, expect, it } from 'vitest';
import { matchPatternCovers } from './match-pattern';

describe('matchPatternCovers', () => {
  it.each([
    ['https://*.indeed.com/*', 'https://www.indeed.com/viewjob?jk=1', true],
    ['https://*.indeed.com/*', 'https://indeed.com/viewjob?jk=1', true],
    ['https://*.indeed.com/*', 'https://notindeed.com/viewjob', false],
    ['https://*.indeed.com/*', 'http://www.indeed.com/viewjob', false],
    ['https://www.linkedin.com/jobs/*', 'https://www.linkedin.com/jobs/view/123/', true],
    ['https://www.linkedin.com/jobs/*', 'https://www.linkedin.com/feed/', false],
    ['https://*.bamboohr.com/careers*', 'https://acme.bamboohr.com/careers/42', true],
    ['https://*.bamboohr.com/careers*', 'https://acme.bamboohr.com/employees/42', false],
    ['*://example.com/*', 'http://example.com/', true],
    ['<all_urls>', 'https://anything.example/x', true],
    ['<all_urls>', 'chrome://extensions/', false],
  ])('%s covers %s: %s', (pattern, url, expected) => {
    expect(matchPatternCovers(pattern, new URL(url))).toBe(expected);
  });

  it('refuses what is not a match pattern', () => {
    expect(() => matchPatternCovers('indeed.com', new URL('https://indeed.com/'))).toThrow(/not a match pattern/);
  });
});
