// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ALL_POSTINGS, OTHER_PAGES } from '../../test/fixtures/sites/all-cases';
import { fixturePage, SITE_FIXTURES_DIR } from '../../test/fixtures/sites/fixture-page';
import { LISTINGS } from '../../test/fixtures/sites/listings';
import { CORPUS_DIR, hasCorpus, SKIP_REASON } from '../../test/support/shared-data';
import { greenhouse } from './greenhouse';
import { jsonLd } from './json-ld';
import { normalizeJob } from '../extract/normalize-job';
import { readPagePosting } from '../../test/support/read-page-posting';
import { matchPatternCovers } from './match-pattern';
import { ASK_SITES, extractPosting, findAdapters, INSTALL_MATCHES, listingAdaptersFor, SITE_ADAPTERS } from './registry';

/** The sites whose search results and board indexes get listing marks. */
const LISTING_ADAPTERS = SITE_ADAPTERS.filter((adapter) => adapter.listingPostingUrl);

const SITE_SPECIFIC = SITE_ADAPTERS.filter((adapter) => adapter !== jsonLd);

describe('the adapter conventions (DESIGN.md §4.6)', () => {
  it('has unique ids', () => {
    const ids = SITE_ADAPTERS.map((adapter) => adapter.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('tries the generic JSON-LD adapter last', () => {
    expect(SITE_ADAPTERS.at(-1)).toBe(jsonLd);
  });

  it.each(SITE_ADAPTERS.map((adapter) => [adapter.id, adapter] as const))('%s has a label, match patterns and example URLs', (_id, adapter) => {
    expect(adapter.label.trim()).not.toBe('');
    expect(adapter.label).not.toBe(adapter.id);
    expect(adapter.matches.length).toBeGreaterThan(0);
    expect(adapter.exampleUrls.length).toBeGreaterThan(0);
  });

  // A missing glob would leave the site silently without a badge.
  it.each(SITE_ADAPTERS.flatMap((adapter) => adapter.exampleUrls.map((url) => [adapter.id, url, adapter] as const)))(
    '%s example %s is covered by one of its match patterns',
    (_id, url, adapter) => {
      expect(adapter.matches.some((pattern) => matchPatternCovers(pattern, new URL(url))), adapter.matches.join(' ')).toBe(true);
    },
  );

  it.each(SITE_ADAPTERS.flatMap((adapter) => (adapter.embeddedExampleUrls ?? []).map((url) => [adapter.id, url, adapter] as const)))(
    '%s embedded example %s is read by it, but only with all-sites access',
    (_id, url, adapter) => {
      expect(adapter.matchesUrl(new URL(url))).toBe(true);
      expect(SITE_ADAPTERS.filter((a) => a !== jsonLd).some((a) => a.matches.some((pattern) => matchPatternCovers(pattern, new URL(url))))).toBe(false);
    },
  );

  it('runs the content script from install on exactly the install-time sites', () => {
    const installSites = SITE_ADAPTERS.filter((adapter) => adapter.access === 'install');
    expect(INSTALL_MATCHES).toEqual(installSites.flatMap((adapter) => adapter.matches));
    expect(INSTALL_MATCHES).not.toContain('<all_urls>');
    for (const site of ASK_SITES) for (const url of site.exampleUrls) expect(INSTALL_MATCHES.some((p) => matchPatternCovers(p, new URL(url))), url).toBe(false);
  });

  // JSON-LD matches every web page and decides by content, so it is left out of exclusivity.
  it.each(SITE_ADAPTERS.flatMap((adapter) => adapter.exampleUrls.map((url) => [adapter.id, url] as const)))(
    '%s example %s matches it and no other site adapter',
    (id, url) => {
      const matching = SITE_SPECIFIC.filter((adapter) => adapter.matchesUrl(new URL(url))).map((adapter) => adapter.id);
      expect(matching).toEqual(id === jsonLd.id ? [] : [id]);
      expect(findAdapters(new URL(url)).map((adapter) => adapter.id)).toEqual(id === jsonLd.id ? [id] : [id, jsonLd.id]);
    },
  );

  it.each(SITE_ADAPTERS.map((adapter) => adapter.id))('%s has a fixture folder with at least one page', (id) => {
    const dir = path.join(SITE_FIXTURES_DIR, id);
    expect(existsSync(dir), `missing ${dir}`).toBe(true);
    expect(readdirSync(dir).filter((file) => file.endsWith('.html')).length).toBeGreaterThan(0);
  });

  it('describes every fixture page: a posting case, a listing or a page kept for one purpose', () => {
    const described = new Set([...ALL_POSTINGS, ...LISTINGS].map((fixture) => `${fixture.site}/${fixture.file}`).concat(Object.keys(OTHER_PAGES)));
    const pages = readdirSync(SITE_FIXTURES_DIR, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((entry) => readdirSync(path.join(SITE_FIXTURES_DIR, entry.name)).filter((file) => file.endsWith('.html')).map((file) => `${entry.name}/${file}`));
    expect(pages.filter((page) => !described.has(page))).toEqual([]);
  });

  it.each(LISTING_ADAPTERS.flatMap((adapter) => (adapter.listingExampleUrls ?? []).map((url) => [adapter.id, url, adapter] as const)))(
    '%s listing example %s runs the content script and is marked by it',
    (_id, url, adapter) => {
      expect(adapter.matches.some((pattern) => matchPatternCovers(pattern, new URL(url))), adapter.matches.join(' ')).toBe(true);
      expect(listingAdaptersFor(new URL(url))).toContain(adapter);
    },
  );

  it('gives every listing site an example listing address', () => {
    for (const adapter of LISTING_ADAPTERS) expect(adapter.listingExampleUrls?.length ?? 0, adapter.id).toBeGreaterThan(0);
  });
});

describe('extractPosting', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    ['greenhouse', 'job-board-posting.html', 'https://job-boards.greenhouse.io/northwindlabs/jobs/4012345678', 'greenhouse'],
    ['linkedin', 'search-pane.html', 'https://www.linkedin.com/jobs/search/?currentJobId=4011112222', 'linkedin'],
    ['indeed', 'viewjob.html', 'https://www.indeed.com/viewjob?jk=0a1b2c3d4e5f6789', 'indeed'],
    ['jsonld', 'career-page.html', 'https://careers.example.com/jobs/senior-data-engineer', 'jsonld'],
    // On a site page the generic JSON-LD is the base and the site adapter patches it.
    ['jsonld', 'career-page.html', 'https://www.linkedin.com/jobs/view/4012345678/', 'linkedin'],
    // A page the site adapter cannot read yet (Ashby before render) still yields its JSON-LD posting.
    ['jsonld', 'career-page.html', 'https://jobs.ashbyhq.com/quillstone/0c5f6a7b-8c9d-4e0f-a1b2-c3d4e5f60718', 'jsonld'],
  ])('reads %s/%s at %s with the %s adapter', (folder, file, url, adapterId) => {
    const found = extractPosting(fixturePage(folder, file), new URL(url));
    expect(found?.adapter.id).toBe(adapterId);
    expect(found?.page.source).toBe(adapterId);
    expect(readPagePosting(fixturePage(folder, file), new URL(url))?.source).toBe(adapterId);
  });

  it.each([
    ['a page without a posting', 'jsonld', 'no-posting.html', 'https://www.example.com/blog/sprints'],
    ['an Ashby page not rendered yet', 'ashby', 'unrendered-shell.html', 'https://jobs.ashbyhq.com/quillstone/0c5f6a7b-8c9d-4e0f-a1b2-c3d4e5f60718'],
  ])('gives null for %s', (_name, folder, file, url) => {
    expect(extractPosting(fixturePage(folder, file), new URL(url))).toBeNull();
  });

  it('reports an adapter that throws with its id, and goes on with the next one', () => {
    vi.spyOn(greenhouse, 'extract').mockImplementation(() => {
      throw new TypeError('markup changed');
    });
    const onAdapterError = vi.fn();
    const doc = fixturePage('greenhouse', 'job-board-posting.html');
    const found = extractPosting(doc, new URL('https://job-boards.greenhouse.io/northwindlabs/jobs/4012345678'), { onAdapterError });
    expect(onAdapterError).toHaveBeenCalledWith('greenhouse', expect.any(TypeError));
    // The page has no JSON-LD, so nothing else reads it: null, but not silently.
    expect(found).toBeNull();
  });

  it('logs a failing adapter to the console by default', () => {
    vi.spyOn(greenhouse, 'extract').mockImplementation(() => {
      throw new Error('boom');
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const doc = fixturePage('jsonld', 'career-page.html');
    const found = extractPosting(doc, new URL('https://careers.example.com/jobs/1?gh_jid=1'));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"greenhouse"'), expect.any(Error));
    expect(found?.adapter.id).toBe('jsonld');
  });
});

describe.skipIf(!hasCorpus)(hasCorpus ? 'a real saved SEEK page' : SKIP_REASON, () => {
  const seekFiles = hasCorpus ? readdirSync(CORPUS_DIR).filter((file) => file.startsWith('pages__seek__iterate')) : [];

  it.each(seekFiles)('%s: read by its data-automation hooks, though its only JSON-LD is a WebSite', (file) => {
    const doc = new DOMParser().parseFromString(readFileSync(path.join(CORPUS_DIR, file), 'utf8'), 'text/html');
    const url = new URL('https://www.seek.com.au/job/93856863?type=standout');
    expect(extractPosting(doc, url)?.adapter.id).toBe('seek');
    const raw = readPagePosting(doc, url)!;
    const job = normalizeJob(raw, { now: new Date('2026-11-15T12:00:00Z') });
    expect(job).toMatchObject({
      url: 'https://www.seek.com.au/job/93856863',
      title: 'Senior Platform Engineer | Remote | Australia',
      company: 'iterate',
      location: 'Melbourne VIC',
      workplace: 'remote',
      employmentType: 'full-time',
    });
    expect(job.skills.required).toEqual(expect.arrayContaining(['Kubernetes', 'Python', 'Go']));
  });
});
