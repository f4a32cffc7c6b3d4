import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RawPosting } from '../core';
import { JobDb } from '../db/job-db';
import { fullDiskDb } from '../../test/support/job-fixtures';
import { getJob, listJobs } from '../db/job-reads';
import { ask } from '../content/page-messages';
import { handleMessage } from './handle-message';
import type { HandlerContext } from './handler-context';

/** No network in unit tests: the Greenhouse API "fails", and the page's own text is used. */
const failingFetch: typeof fetch = async () => {
  throw new Error('no network in unit tests');
};

const opened: JobDb[] = [];
let dbCount = 0;
function contextWith(db: JobDb = new JobDb(`handle-test-${++dbCount}`), at = '2026-11-22T00:00:00Z'): HandlerContext {
  opened.push(db);
  return { now: () => new Date(at), db, fetch: failingFetch, openOptionsPage: async () => {} };
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

/** A synthetic posting as a site adapter would send it. */
const raw: RawPosting = {
  source: 'greenhouse',
  url: 'https://boards.greenhouse.io/acme/jobs/1?gh_src=feed',
  title: 'Senior Go Engineer',
  company: 'Acme',
  location: 'Remote',
  sections: [{ heading: 'Requirements', text: '- 5+ years of experience with Go and PostgreSQL' }],
  hints: {},
};
const ID = 'https://boards.greenhouse.io/acme/jobs/1';

describe('handleMessage', () => {
  it('analyzes a posting sent by a content script', async () => {
    const answer = await handleMessage({ type: 'posting/analyze', raw }, contextWith());
    expect(answer).toMatchObject({
      job: { id: ID, title: 'Senior Go Engineer', seniority: 'senior', experience: { minYears: 5 } },
    });
    expect('job' in answer && answer.job.skills.required).toEqual(expect.arrayContaining(['Go', 'PostgreSQL']));
  });

  it('saves a posting, then finds it on a later visit through another tracking link', async () => {
    const context = contextWith();
    const saved = await handleMessage({ type: 'jobs/save', raw }, context);
    expect(saved).toMatchObject({ created: true, record: { id: ID, status: 'saved', savedAt: '2026-11-22T00:00:00.000Z', raw } });
    expect(await handleMessage({ type: 'jobs/lookup', url: `${ID}?utm_source=newsletter#top` }, context)).toMatchObject({ record: { id: ID } });
    expect(await handleMessage({ type: 'jobs/lookup', url: 'https://boards.greenhouse.io/acme/jobs/2' }, context)).toEqual({ record: null });
  });

  it('saving the same posting again keeps one record and the user’s note, status and savedAt', async () => {
    const db = new JobDb(`handle-test-${++dbCount}`);
    await handleMessage({ type: 'jobs/save', raw }, contextWith(db, '2026-11-01T00:00:00Z'));
    await handleMessage({ type: 'jobs/update', id: ID, status: 'applied', note: 'Sent CV' }, contextWith(db));
    const again = await handleMessage({ type: 'jobs/save', raw: { ...raw, title: 'Senior Go Engineer (Payments)' } }, contextWith(db, '2026-11-20T00:00:00Z'));
    expect(again).toMatchObject({
      created: false,
      record: { title: 'Senior Go Engineer (Payments)', status: 'applied', note: 'Sent CV', savedAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-20T00:00:00.000Z' },
    });
    expect(await handleMessage({ type: 'jobs/list' }, contextWith(db))).toMatchObject({ records: [{ id: ID }] });
  });

  it('deletes a job, answers with it, and restores it on undo', async () => {
    const context = contextWith();
    await handleMessage({ type: 'jobs/save', raw }, context);
    const deleted = await handleMessage({ type: 'jobs/delete', id: ID }, context);
    expect(deleted).toMatchObject({ record: { id: ID } });
    expect(await handleMessage({ type: 'jobs/list' }, context)).toEqual({ records: [] });
    expect(await handleMessage({ type: 'jobs/delete', id: ID }, context)).toEqual({ record: null });

    const record = 'record' in deleted ? deleted.record : null;
    expect(await handleMessage({ type: 'jobs/restore', record }, context)).toEqual({ record });
    expect(await handleMessage({ type: 'jobs/list' }, context)).toEqual({ records: [record] });
  });

  it('answers an update of a job that is not saved with a null record', async () => {
    expect(await handleMessage({ type: 'jobs/update', id: 'hash:gone', note: 'x' }, contextWith())).toEqual({ record: null });
  });

  it('answers a storage failure with the message for the user', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const answer = await handleMessage({ type: 'jobs/save', raw }, contextWith(fullDiskDb(`handle-full-${++dbCount}`)));
    expect(answer).toEqual({ error: expect.stringMatching(/^Your browser refused to store more data \(storage quota exceeded\)/) });
  });

  it.each([
    ['not an object', 'posting/analyze'],
    ['null', null],
    ['an unknown type', { type: 'jobs/drop-table' }],
    ['a posting with a wrong field type', { type: 'posting/analyze', raw: { source: 'greenhouse', title: 42 } }],
    ['a save whose sections are not a list', { type: 'jobs/save', raw: { ...raw, sections: 'all of them' } }],
    ['a lookup without a URL', { type: 'jobs/lookup', url: '' }],
    ['a delete without an id', { type: 'jobs/delete' }],
    ['an update to an unknown status', { type: 'jobs/update', id: ID, status: 'ghosted', note: 'overwritten?' }],
    ['an update that changes nothing', { type: 'jobs/update', id: ID }],
    ['an update with an over-long note', { type: 'jobs/update', id: ID, note: 'x'.repeat(10_001) }],
    ['a restore of a record without savedAt', { type: 'jobs/restore', record: { id: ID, note: 'overwritten?' } }],
  ])('answers %s with an error and a log line, without touching the saved jobs', async (_, message) => {
    const context = contextWith();
    await handleMessage({ type: 'jobs/save', raw }, context);
    const before = await getJob(context.db, ID);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});

    const answer = await handleMessage(message, context);

    expect(answer).toEqual({ error: expect.stringMatching(/^rejected message: /) });
    expect(warn).toHaveBeenCalledOnce();
    expect(await listJobs(context.db)).toEqual([before]);
  });
});

describe('handleMessage on arbitrary input', () => {
  it('always answers (never throws), and anything it cannot parse gets an error', async () => {
    const context = contextWith();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const types = ['posting/analyze', 'jobs/save', 'jobs/lookup', 'jobs/list', 'jobs/delete', 'jobs/restore', 'jobs/update'];
    const message = fc.oneof(
      fc.anything(),
      fc.record({ type: fc.constantFrom(...types), id: fc.anything(), url: fc.anything(), raw: fc.anything(), record: fc.anything(), note: fc.anything() }, { requiredKeys: ['type'] }),
    );
    await fc.assert(
      fc.asyncProperty(message, async (m) => {
        const answer = await handleMessage(m, context);
        expect(answer).toBeTypeOf('object');
        expect(['error', 'job', 'record', 'records'].some((key) => key in answer)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a content script asking through the background’s listener', () => {
  it('saves, lists and surfaces errors end to end', async () => {
    const context = contextWith();
    // Wired as entrypoints/background.ts wires it.
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => handleMessage(message, context));

    const { record, created } = await ask({ type: 'jobs/save', raw });
    expect(created).toBe(true);
    expect((await ask({ type: 'jobs/list' })).records).toEqual([record]);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await expect(ask({ type: 'jobs/update', id: ID } as never)).rejects.toThrow(/give a status or a note/);
  });
});

describe('messages from content scripts', () => {
  it.each([['jobs/list', {}], ['jobs/delete', { id: 'x' }], ['jobs/update', { id: 'x', note: 'hi' }]])(
    'may not %s (a page must not read or change saved jobs)',
    async (type, fields) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const answer = await handleMessage({ type, ...fields }, contextWith(), 'content-script');
      expect(answer).toEqual({ error: `rejected message: a content script may not send ${type}` });
      expect(warn).toHaveBeenCalledOnce();
    },
  );

  it('may save and look up the posting it is on', async () => {
    const context = contextWith();
    const saved = await handleMessage({ type: 'jobs/save', raw }, context, 'content-script');
    expect(saved).toMatchObject({ created: true });
    const found = await handleMessage({ type: 'jobs/lookup', url: raw.url }, context, 'content-script');
    expect(found).toMatchObject({ record: { title: 'Senior Go Engineer' } });
  });
});

describe('a content script asking for one of its parts', () => {
  it('gets the part injected into its own frame, once asked for by its name', async () => {
    const injected: string[] = [];
    const context = { ...contextWith(), injectPart: async (part: string) => void injected.push(part) };
    expect(await handleMessage({ type: 'page/inject-part', part: 'badge' }, context, 'content-script')).toEqual({ injected: true });
    expect(await handleMessage({ type: 'page/inject-part', part: 'readers-linkedin' }, context, 'content-script')).toEqual({ injected: true });
    expect(injected).toEqual(['badge', 'readers-linkedin']);
  });

  it('cannot name any other file, and a message with no frame to inject into is told so', async () => {
    const injectPart = vi.fn(async () => {});
    const context = { ...contextWith(), injectPart };
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    for (const part of ['../background.js', 'page-badge.js', 'readers-everything', '']) {
      expect(await handleMessage({ type: 'page/inject-part', part }, context, 'content-script')).toMatchObject({ error: expect.stringMatching(/rejected message/) });
    }
    expect(injectPart).not.toHaveBeenCalled();
    expect(await handleMessage({ type: 'page/inject-part', part: 'badge' }, contextWith(), 'content-script')).toMatchObject({ error: expect.stringMatching(/only a page/) });
  });

  it('hears of a failed injection (the tab navigated away, say)', async () => {
    const context = { ...contextWith(), injectPart: async () => Promise.reject(new Error('Frame with ID 0 was removed.')) };
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await handleMessage({ type: 'page/inject-part', part: 'badge' }, context, 'content-script')).toMatchObject({ error: expect.stringMatching(/Frame with ID 0 was removed/) });
  });
});
