// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
import { describe, expect, it } from 'vitest';
import { expectFixture, fixturePage } from '../../test/fixtures/sites/fixture-page';
import { POSTINGS, URL_TEXT } from '../../test/fixtures/sites/ashby/cases';
import { ashby } from './ashby';



describe('ashby adapter', () => {
  it.each(POSTINGS)('reads $file once rendered', (fixture) => {
    expectFixture(ashby, fixture);
  });

  it('returns null while the app has not rendered the posting, so the caller retries', () => {
    expect(ashby.extract(fixturePage('ashby', 'unrendered-shell.html'), new URL(URL_TEXT))).toBeNull();
  });

  it.each([
    [URL_TEXT, true],
    [`${URL_TEXT}/application`, false],
    ['https://jobs.ashbyhq.com/quillstone', false],
    ['https://ashbyhq.com/quillstone/0c5f6a7b-8c9d-4e0f-a1b2-c3d4e5f60718', false],
  ])('matchesUrl(%s) is %s', (url, expected) => {
    expect(ashby.matchesUrl(new URL(url))).toBe(expected);
  });
});
