// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
import { describe, expect, it } from 'vitest';
import { expectFixture, fixturePage } from '../../test/fixtures/sites/fixture-page';
import { POSTINGS } from '../../test/fixtures/sites/greenhouse/cases';
import { greenhouse, greenhouseJobRef } from './greenhouse';


describe('greenhouse adapter', () => {
  it.each(POSTINGS)('reads $file', (fixture) => {
    expectFixture(greenhouse, fixture);
  });

  it('reads a pay box outside the description a line per block: nothing glued to the figures', () => {
    const doc = fixturePage('greenhouse', 'job-board-posting.html');
    doc.body.append(doc.querySelector('.pay-transparency')!);
    const page = greenhouse.extract(doc, new URL(POSTINGS[0]!.url));
    expect(page?.site.salaryText?.split('\n')).toEqual([
      'Our ranges are reviewed as market conditions change.',
      'Annual base salary, Berlin',
      '€85,000—€105,000 EUR',
    ]);
  });

  it('finds nothing on a company page whose posting sits in the cross-origin iframe', () => {
    const doc = fixturePage('greenhouse', 'company-page-gh-jid.html');
    expect(greenhouse.extract(doc, new URL('https://www.northwind-labs.example/careers?gh_jid=4012345678'))).toBeNull();
  });

  it.each([
    ['https://job-boards.greenhouse.io/northwindlabs/jobs/4012345678', { board: 'northwindlabs', id: '4012345678' }],
    ['https://boards.greenhouse.io/northwindlabs/jobs/4012345678/', { board: 'northwindlabs', id: '4012345678' }],
    ['https://boards.eu.greenhouse.io/northwindlabs/jobs/4012345678?gh_src=x', { board: 'northwindlabs', id: '4012345678' }],
    ['https://boards.greenhouse.io/embed/job_app?token=4012345678&for=northwindlabs', { board: 'northwindlabs', id: '4012345678' }],
    ['https://boards.greenhouse.io/northwindlabs', null],
    ['https://boards.greenhouse.io/northwindlabs/jobs/not-a-number', null],
    ['https://boards.greenhouse.io/embed/job_app?for=northwindlabs', null],
    // A company page says its board only through the embed script, which this call does not see.
    ['https://www.northwind-labs.example/careers?gh_jid=4012345678', null],
  ])('greenhouseJobRef(%s) without a page', (url, expected) => {
    expect(greenhouseJobRef(new URL(url))).toEqual(expected);
  });

  it.each([
    ['embed script', 'company-page-gh-jid.html', { board: 'northwindlabs', id: '4012345678' }],
  ])('greenhouseJobRef reads the board token of a company page from its %s', (_hook, file, expected) => {
    const doc = fixturePage('greenhouse', file);
    expect(greenhouseJobRef(new URL('https://www.northwind-labs.example/careers?gh_jid=4012345678'), doc)).toEqual(expected);
  });

  it.each([
    ['<iframe id="grnhse_iframe" src="https://boards.greenhouse.io/embed/job_app?for=fernhill&amp;token=1"></iframe>', { board: 'fernhill', id: '777' }],
    ['<script src="https://boards.greenhouse.io/embed/job_board/js?for=bad token"></script>', null],
    ['<div id="grnhse_app"></div>', null],
  ])('greenhouseJobRef on a company page with %s', (markup, expected) => {
    const doc = new DOMParser().parseFromString(`<html><body>${markup}</body></html>`, 'text/html');
    expect(greenhouseJobRef(new URL('https://careers.fernhill.example/jobs?gh_jid=777'), doc)).toEqual(expected);
  });

  it.each([
    ['https://job-boards.greenhouse.io/northwindlabs/jobs/4012345678', true],
    ['https://jobs.example.com/open-roles?gh_jid=123', true],
    ['https://job-boards.greenhouse.io/northwindlabs', false],
    ['https://www.greenhouse.io/blog/jobs/123', false],
    ['https://example.com/jobs/123', false],
  ])('matchesUrl(%s) is %s', (url, expected) => {
    expect(greenhouse.matchesUrl(new URL(url))).toBe(expected);
  });
});
