import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Job, RawPosting } from '../core';
import { fakeJob, fakeRaw, fakeSavedJob } from '../../test/support/job-fixtures';
import { closeJobDbs, freshJobDb as freshDb, putRows } from '../../test/support/job-db-kit';
import { toJobRows } from './job-row';
import { getJob, listJobs } from './job-reads';
import { reanalyzeAll } from './reanalyze-jobs';

afterEach(() => {
  closeJobDbs();
  vi.restoreAllMocks();
});

describe('reanalyzeAll', () => {
  /** A stand-in for improved extractors: it reads the title from the raw posting and shouts it. */
  const improved = (raw: RawPosting): Job => {
    if (raw.title === 'Explodes') throw new Error('extractor bug');
    return fakeJob({ id: raw.url ?? 'hash:x', url: raw.url, title: (raw.title ?? '').toUpperCase() });
  };

  it('recomputes the extracted fields and keeps the user fields and dates', async () => {
    const db = freshDb();
    const kept = fakeSavedJob({ id: 'https://a.test/1', url: 'https://a.test/1', raw: fakeRaw({ url: 'https://a.test/1', title: 'Widget maker' }), status: 'applied', note: 'n' });
    const failing = fakeSavedJob({ id: 'https://a.test/2', url: 'https://a.test/2', raw: fakeRaw({ url: 'https://a.test/2', title: 'Explodes' }) });
    const corrupt = toJobRows(fakeSavedJob({ id: 'hash:corrupt' }));
    await putRows(db, [toJobRows(kept), toJobRows(failing), { row: { ...corrupt.row, status: 1 } as never, posting: corrupt.posting }]);
    vi.spyOn(console, 'warn').mockImplementation(() => {});

    const result = await reanalyzeAll(db, improved);

    expect(result).toEqual({ updated: 1, skipped: expect.arrayContaining(['https://a.test/2', 'hash:corrupt']) });
    expect(await getJob(db, kept.id)).toEqual({ ...kept, title: 'WIDGET MAKER' });
    expect(await getJob(db, failing.id)).toEqual(failing);
  });

  it('moves a record to the id the new extractors compute, unless that id is taken', async () => {
    const db = freshDb();
    const moving = fakeSavedJob({ id: 'hash:old1', url: 'https://a.test/new1', raw: fakeRaw({ url: 'https://a.test/new1' }) });
    const blocked = fakeSavedJob({ id: 'hash:old2', url: 'https://a.test/taken', raw: fakeRaw({ url: 'https://a.test/taken' }) });
    const holder = fakeSavedJob({ id: 'https://a.test/taken', url: 'https://a.test/taken', raw: fakeRaw({ url: 'https://a.test/taken' }), note: 'mine' });
    await putRows(db, [moving, blocked, holder].map(toJobRows));

    await reanalyzeAll(db, improved);

    expect((await listJobs(db)).map((r) => r.id).sort()).toEqual(['hash:old2', 'https://a.test/new1', 'https://a.test/taken']);
    expect((await getJob(db, 'https://a.test/taken'))?.note).toBe('mine');
    // The posting moved with its summary: nothing is left under the old id.
    expect(await db.postings.get('hash:old1')).toBeUndefined();
    expect((await getJob(db, 'https://a.test/new1'))?.raw).toEqual(moving.raw);
  });
});
