import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { JobDb } from '../db/job-db';
import type { PagePosting } from '../sites/page-posting';
import { handleMessage } from './handle-message';
import type { HandlerContext } from './handler-context';

/*
 * page/annotate as a content script sends it since the JSON-LD mapping moved to the
 * background: the page's own fields plus its unmapped JobPosting nodes.
 */

const opened: JobDb[] = [];
let dbCount = 0;
function contextWith(fetch: typeof globalThis.fetch = failingFetch): HandlerContext {
  const db = new JobDb(`annotate-test-${++dbCount}`);
  opened.push(db);
  return { now: () => new Date('2026-11-22T00:00:00Z'), db, fetch, openOptionsPage: async () => {} };
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

const failingFetch: typeof fetch = async () => {
  throw new Error('no network in unit tests');
};

const PAGE_URL = 'https://job-boards.greenhouse.io/tarnwell/jobs/4012345678';
/** A synthetic JobPosting node with an HTML description, entities and pay as data. */
const NODE = {
  '@type': 'JobPosting',
  title: 'Platform Engineer',
  hiringOrganization: { name: 'Tarnwell &amp; Co' },
  description: '<h2>Requirements</h2><ul><li>4+ years of Go and Kubernetes.</li></ul>',
  baseSalary: { '@type': 'MonetaryAmount', currency: 'EUR', value: { '@type': 'QuantitativeValue', minValue: 70000, maxValue: 90000, unitText: 'YEAR' } },
};
const PAGE: PagePosting = {
  source: 'greenhouse',
  url: PAGE_URL,
  site: { title: 'Platform Engineer', company: null, location: 'Lisbon, Portugal', sections: [], salaryText: null },
  jsonLd: [NODE],
};
const annotate = (page: unknown, greenhouse: unknown = null) => ({ type: 'page/annotate', pageUrl: `${PAGE_URL}?gh_src=x`, siteId: 'greenhouse', page, greenhouse });

describe('page/annotate', () => {
  it('maps the page JSON-LD in the background and fills the rest from the site fields', async () => {
    const answer = await handleMessage(annotate(PAGE), contextWith(), 'content-script');
    expect(answer).toMatchObject({
      posting: { source: 'greenhouse', url: PAGE_URL, title: 'Platform Engineer', company: 'Tarnwell & Co', location: 'Lisbon, Portugal' },
      job: { id: PAGE_URL, title: 'Platform Engineer', company: 'Tarnwell & Co', salary: { min: 70000, max: 90000, currency: 'EUR', period: 'year' }, experience: { minYears: 4 } },
    });
    expect('job' in answer && answer.job.skills.required).toEqual(expect.arrayContaining(['Go', 'Kubernetes']));
    expect('posting' in answer && answer.posting?.sections).toEqual([{ heading: 'Requirements', text: '- 4+ years of Go and Kubernetes.' }]);
  });

  it.each([
    ['no page was read', null],
    ['the page names no job', { ...PAGE, site: { ...PAGE.site, title: null }, jsonLd: [{ '@type': 'JobPosting', description: 'untitled' }] }],
  ])('answers with no posting when %s', async (_case, page) => {
    expect(await handleMessage(annotate(page), contextWith(), 'content-script')).toMatchObject({ posting: null, display: { siteEnabled: true } });
  });

  it('prefers the Greenhouse API posting, saved under the address the page read', async () => {
    const payload = { id: 4012345678, title: 'Platform Engineer (API)', company_name: 'Tarnwell', absolute_url: 'https://boards.greenhouse.io/tarnwell/jobs/4012345678', content: '&lt;p&gt;Run our clusters.&lt;/p&gt;' };
    const fetch = vi.fn(async () => new Response(JSON.stringify(payload))) as unknown as typeof globalThis.fetch;
    const answer = await handleMessage(annotate(PAGE, { board: 'tarnwell', id: '4012345678' }), contextWith(fetch), 'content-script');
    expect(answer).toMatchObject({ posting: { title: 'Platform Engineer (API)', url: PAGE_URL } });
  });

  it('a refinement answers no posting when the API has nothing, so the page’s reading stays', async () => {
    const answer = await handleMessage({ ...annotate(PAGE, { board: 'tarnwell', id: '4012345678' }), apiRefinement: true }, contextWith(), 'content-script');
    expect(answer).toMatchObject({ posting: null, display: { siteEnabled: true } });
  });

  it('a refinement the API answers carries the API posting', async () => {
    const payload = { id: 4012345678, title: 'Platform Engineer (API)', company_name: 'Tarnwell', absolute_url: 'https://boards.greenhouse.io/tarnwell/jobs/4012345678', content: '&lt;p&gt;Run our clusters.&lt;/p&gt;' };
    const fetch = vi.fn(async () => new Response(JSON.stringify(payload))) as unknown as typeof globalThis.fetch;
    const answer = await handleMessage({ ...annotate(PAGE, { board: 'tarnwell', id: '4012345678' }), apiRefinement: true }, contextWith(fetch), 'content-script');
    expect(answer).toMatchObject({ posting: { title: 'Platform Engineer (API)', url: PAGE_URL } });
  });

  it.each([
    ['the page’s own address', PAGE],
    ['the same address with a fragment', { ...PAGE, url: `${PAGE_URL}#app` }],
  ])('says when the posting is already saved, found under %s', async (_case, page) => {
    const context = contextWith();
    const first = await handleMessage(annotate(page), context, 'content-script');
    if (!('posting' in first) || !first.posting) throw new Error('no posting');
    const { record } = (await handleMessage({ type: 'jobs/save', raw: first.posting }, context, 'content-script')) as { record: { savedAt: string } };
    expect(await handleMessage(annotate(page), context, 'content-script')).toMatchObject({ savedAt: record.savedAt });
  });

  it.each([
    ['the RawPosting a content script used to send', { ...annotate(null), page: undefined, raw: { source: 'greenhouse', url: PAGE_URL, title: 'T', company: null, location: null, sections: [], hints: {} } }],
    ['more than 10 JSON-LD nodes', annotate({ ...PAGE, jsonLd: Array.from({ length: 11 }, () => NODE) })],
    ['a JSON-LD node that is not an object', annotate({ ...PAGE, jsonLd: ['<script>'] })],
    ['site fields of the wrong shape', annotate({ ...PAGE, site: { ...PAGE.site, sections: 'all of them' } })],
  ])('refuses %s with a log line', async (_case, message) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await handleMessage(message, contextWith(), 'content-script')).toEqual({ error: expect.stringMatching(/^rejected message: /) });
    expect(warn).toHaveBeenCalledOnce();
  });
});
