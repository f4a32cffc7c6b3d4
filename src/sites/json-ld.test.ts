// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
import { afterEach, describe, expect, it, vi } from 'vitest';
import { normalizeJob } from '../extract/normalize-job';
import { expectFixture, FIXTURE_NOW, fixturePage } from '../../test/fixtures/sites/fixture-page';
import { POSTINGS } from '../../test/fixtures/sites/jsonld/cases';
import { jsonLd } from './json-ld';
import { readPagePosting } from '../../test/support/read-page-posting';


describe('json-ld adapter', () => {
  afterEach(() => vi.unstubAllGlobals());

  it.each(POSTINGS)('reads $file', (fixture) => {
    expectFixture(jsonLd, fixture);
  });

  it('reads a hostile page as text: markup in fields stays literal, scripts neither run nor leak', () => {
    const alert = vi.fn();
    vi.stubGlobal('alert', alert);
    const imagesBefore = document.querySelectorAll('img').length;
    const raw = readPagePosting(fixturePage('jsonld', 'hostile.html'), new URL('https://jobs.hostile.example/postings/42'));
    // The broken block before the good one is skipped, not fatal.
    expect(raw).toMatchObject({ title: '<img src=x onerror=alert(1)>', url: 'https://jobs.hostile.example/postings/42' });
    const job = normalizeJob(raw!, { now: FIXTURE_NOW });
    expect(job.title).toBe('<img src=x onerror=alert(1)>');
    expect(job.company).toContain('Evil Corp');
    const text = raw!.sections.map((s) => `${s.heading}\n${s.text}`).join('\n');
    expect(text).toContain('We build secure systems in Rust.');
    expect(text).toContain('Requirements\n- 3+ years of Rust experience.\n- Comfort with Linux.');
    expect(text).not.toMatch(/alert|display:none/);
    expect(alert).not.toHaveBeenCalled();
    expect(document.querySelectorAll('img').length).toBe(imagesBefore);
  });

  it.each([
    ['the canonical link on the same host', '<link rel="canonical" href="/jobs/7">', 'https://careers.example.com/jobs/7'],
    ['the page URL when the canonical link is on another host', '<link rel="canonical" href="https://evil.example/x">', 'https://careers.example.com/jobs/7?utm_source=x'],
    ['the page URL without a canonical link', '', 'https://careers.example.com/jobs/7?utm_source=x'],
  ])('saves a posting whose JSON-LD names no URL under %s', (_case, link, expected) => {
    const block = JSON.stringify({ '@type': 'JobPosting', title: 'Analyst' });
    const doc = new DOMParser().parseFromString(`<head>${link}<script type="application/ld+json">${block}</script></head>`, 'text/html');
    expect(readPagePosting(doc, new URL('https://careers.example.com/jobs/7?utm_source=x#top'))?.url).toBe(expected);
  });

  it('finds nothing on a page whose JSON-LD describes no job', () => {
    const doc = fixturePage('jsonld', 'no-posting.html');
    expect(jsonLd.extract(doc, new URL('https://www.example.com/blog/sprints'))).toBeNull();
    expect(readPagePosting(doc, new URL('https://www.example.com/blog/sprints'))).toBeNull();
  });

  it.each([
    ['https://careers.example.com/jobs/1', true],
    ['http://intranet.example/jobs/1', true],
    ['file:///home/me/posting.html', false],
    ['chrome-extension://abc/dashboard.html', false],
  ])('matchesUrl(%s) is %s: any web page, decided by content', (url, expected) => {
    expect(jsonLd.matchesUrl(new URL(url))).toBe(expected);
  });
});
