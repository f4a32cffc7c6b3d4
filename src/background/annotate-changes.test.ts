import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { JobDb } from '../db/job-db';
import { getJob } from '../db/job-reads';
import type { PagePosting } from '../sites/page-posting';
import { handleMessage } from './handle-message';
import type { HandlerContext } from './handler-context';

/*
 * A saved posting opened again: the annotate answer says what changed since it was saved and
 * whether it is closed, and a visit that shows it closed (or open again) marks the saved job.
 */

const opened: JobDb[] = [];
let dbCount = 0;
function contextWith(fetch: typeof globalThis.fetch = failingFetch, at = '2026-12-01T00:00:00Z'): HandlerContext {
  const db = new JobDb(`annotate-changes-test-${++dbCount}`);
  opened.push(db);
  return { now: () => new Date(at), db, fetch, openOptionsPage: async () => {} };
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  vi.restoreAllMocks();
  fakeBrowser.reset();
});
const failingFetch: typeof fetch = async () => {
  throw new Error('no network in unit tests');
};

const URL_ = 'https://jobs.lever.co/zorbly/5b0c7d1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e';
const REQUIREMENTS = '- 4+ years of Go and PostgreSQL\n- You write down what you learn so the next shift can read it and keep going';

function page(overrides: { salaryText?: string; requirements?: string } = {}): PagePosting {
  return {
    source: 'lever',
    url: URL_,
    site: {
      title: 'Widget Founder',
      company: 'Zorbly',
      location: 'Lisbon, Portugal',
      sections: [
        { heading: 'About us', text: 'Zorbly builds widget foundries for the whole of the Iberian peninsula, one furnace at a time.' },
        { heading: 'Requirements', text: overrides.requirements ?? REQUIREMENTS },
      ],
      salaryText: overrides.salaryText ?? '€80,000 – €95,000 a year',
    },
    jsonLd: [],
  };
}
const annotate = (p: PagePosting | null, extra: Record<string, unknown> = {}) => ({ type: 'page/annotate', pageUrl: URL_, siteId: 'lever', page: p, greenhouse: null, ...extra });

async function saveFirst(context: HandlerContext): Promise<void> {
  const first = await handleMessage(annotate(page()), context, 'content-script');
  if (!('posting' in first) || !first.posting) throw new Error('the page was not read');
  await handleMessage({ type: 'jobs/save', raw: first.posting }, context, 'content-script');
}

describe('page/annotate on a saved posting', () => {
  // The badge reads the saved job's summary only: its posting text is neither read nor needed.
  it('says the job is saved even when its stored posting text is gone (the list still shows it)', async () => {
    const context = contextWith();
    await saveFirst(context);
    const id = (await context.db.jobs.toCollection().primaryKeys())[0]!;
    await context.db.postings.delete(id);
    expect(await handleMessage(annotate(page()), context, 'content-script')).toMatchObject({ savedAt: expect.any(String), changes: [], closed: null });
  });

  it('finds nothing changed when the posting reads as it was saved', async () => {
    const context = contextWith();
    await saveFirst(context);
    expect(await handleMessage(annotate(page()), context, 'content-script')).toMatchObject({ changes: [], closed: null });
  });

  it('says what changed, and saving again keeps the old version, dated, in the history', async () => {
    const context = contextWith();
    await saveFirst(context);
    const changed = page({ salaryText: '€85,000 – €105,000 a year', requirements: `${REQUIREMENTS}\n- Kafka in production` });
    const answer = await handleMessage(annotate(changed), context, 'content-script');
    expect('changes' in answer && answer.changes).toEqual([
      { field: 'salary', before: '€80K–€95K a year', after: '€85K–€105K a year' },
      { field: 'required', before: 'Go, PostgreSQL', after: 'Go, PostgreSQL, Kafka' },
      { field: 'description', before: 'As saved before', after: expect.stringMatching(/^Edited, about \d+ % as before$/) },
    ]);
    if (!('posting' in answer) || !answer.posting) throw new Error('no posting');

    const later = { ...context, now: () => new Date('2026-12-05T00:00:00Z') };
    await handleMessage({ type: 'jobs/save', raw: answer.posting }, later, 'content-script');
    const record = await getJob(context.db, URL_);
    expect(record?.salary).toMatchObject({ min: 85_000, max: 105_000 });
    expect(record?.history).toEqual([{ seenAt: '2026-12-05T00:00:00.000Z', changes: 'changes' in answer ? answer.changes : [] }]);
    // Now saved as it reads: nothing changed, and a second save adds no version.
    expect(await handleMessage(annotate(changed), later, 'content-script')).toMatchObject({ changes: [] });
    await handleMessage({ type: 'jobs/save', raw: answer.posting }, later, 'content-script');
    expect((await getJob(context.db, URL_))?.history).toHaveLength(1);
  });

  it('waits for the API reading before comparing, when the content script says one follows', async () => {
    const context = contextWith();
    await saveFirst(context);
    const answer = await handleMessage(annotate(page({ salaryText: '€1 a year' }), { refinementFollows: true }), context, 'content-script');
    expect(answer).toMatchObject({ changes: [] });
  });

  it('marks the saved job Closed when the page says so, with its words, and open again when a visit shows it open', async () => {
    const context = contextWith();
    await saveFirst(context);
    const closed = await handleMessage(annotate(page(), { closedNotice: 'No longer accepting applications' }), context, 'content-script');
    expect(closed).toMatchObject({ closed: { seenAt: '2026-12-01T00:00:00.000Z', reason: 'No longer accepting applications' } });
    expect((await getJob(context.db, URL_))?.closed).toEqual({ seenAt: '2026-12-01T00:00:00.000Z', reason: 'No longer accepting applications' });

    await handleMessage(annotate(page()), context, 'content-script');
    expect((await getJob(context.db, URL_))?.closed).toBeNull();
  });

  it('marks a saved job Closed when its page is gone (404), and a page that merely showed nothing never reopens it', async () => {
    const context = contextWith();
    await saveFirst(context);
    expect(await handleMessage(annotate(null, { httpStatus: 404 }), context, 'content-script')).toMatchObject({ posting: null });
    expect((await getJob(context.db, URL_))?.closed).toMatchObject({ reason: "The posting's page is gone (HTTP 404)." });
    await handleMessage(annotate(null), context, 'content-script');
    expect((await getJob(context.db, URL_))?.closed).not.toBeNull();
  });

  it('still shows the badge, saying Closed, when the mark cannot be stored', async () => {
    const context = contextWith();
    await saveFirst(context);
    vi.spyOn(context.db.jobs, 'put').mockRejectedValue(new Error('The disk is full'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const answer = await handleMessage(annotate(page(), { closedNotice: 'No longer accepting applications' }), context, 'content-script');
    expect(answer).toMatchObject({ job: { title: 'Widget Founder' }, closed: { reason: 'No longer accepting applications' } });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('could not mark saved job'), expect.anything());
  });

  it('says an unsaved posting is closed without storing anything', async () => {
    const context = contextWith();
    const answer = await handleMessage(annotate(page(), { closedNotice: 'This job has expired' }), context, 'content-script');
    expect(answer).toMatchObject({ closed: { reason: 'This job has expired' }, savedAt: null, changes: [] });
    expect(await context.db.jobs.count()).toBe(0);
  });

  it('marks a saved Greenhouse job Closed when the job board answers 404 for it', async () => {
    const ghUrl = 'https://job-boards.greenhouse.io/zorbly/jobs/4012345678';
    const context = contextWith(vi.fn(async () => new Response('{"status":404}', { status: 404 })) as unknown as typeof fetch);
    const ghPage = { ...page(), source: 'greenhouse' as const, url: ghUrl };
    const request = (p: PagePosting | null, extra = {}) => ({ ...annotate(p, extra), pageUrl: ghUrl, siteId: 'greenhouse' });
    const first = await handleMessage(request(ghPage), context, 'content-script');
    if (!('posting' in first) || !first.posting) throw new Error('no posting');
    await handleMessage({ type: 'jobs/save', raw: first.posting }, context, 'content-script');
    await handleMessage({ ...request(ghPage, { apiRefinement: true }), greenhouse: { board: 'zorbly', id: '4012345678' } }, context, 'content-script');
    expect((await getJob(context.db, ghUrl))?.closed).toMatchObject({ reason: 'The job board no longer lists this posting.' });
  });
});
