// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
import { describe, expect, it } from 'vitest';
import { POSTINGS } from '../../test/fixtures/sites/workable/cases';
import { expectFixture } from '../../test/fixtures/sites/fixture-page';
import { workable } from './workable';


describe('workable adapter', () => {
  it.each(POSTINGS)('reads $file', (fixture) => {
    expectFixture(workable, fixture);
  });

  it('returns null while the app has not rendered the posting', () => {
    const shell = new DOMParser().parseFromString('<html><head><title>Tidewater Software</title></head><body><div id="app"></div></body></html>', 'text/html');
    expect(workable.extract(shell, new URL('https://apply.workable.com/tidewater-software/j/A1B2C3D4E5/'))).toBeNull();
  });

  it.each([
    ['https://apply.workable.com/tidewater-software/j/A1B2C3D4E5/', true],
    ['https://apply.workable.com/tidewater-software/', false],
    ['https://apply.workable.com/tidewater-software/j/A1B2C3D4E5/apply/', false],
    ['https://tidewater-software.workable.com/j/A1B2C3D4E5', false],
  ])('matchesUrl(%s) is %s', (url, expected) => {
    expect(workable.matchesUrl(new URL(url))).toBe(expected);
  });
});
