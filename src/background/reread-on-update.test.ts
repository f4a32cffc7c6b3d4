import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeSavedJob } from '../../test/support/job-fixtures';
import { JobDb } from '../db/job-db';
import { toJobRows } from '../db/job-row';
import { getJob, listJobs } from '../db/job-reads';
import { EXTRACTOR_VERSION } from '../extract/extractor-version';
import { rereadAfterUpdate } from './reread-on-update';

const db = new JobDb('reread-on-update');
afterEach(async () => {
  await db.jobs.clear();
  await db.postings.clear();
});

describe('rereadAfterUpdate', () => {
  it('re-reads outdated saved jobs on an update, and does nothing on a fresh install', async () => {
    const { row, posting } = toJobRows(fakeSavedJob({ id: 'hash:old', extractorVersion: 0, note: 'keep me' }));
    await db.jobs.put(row);
    await db.postings.put(posting);
    vi.spyOn(console, 'info').mockImplementation(() => {});

    expect(await rereadAfterUpdate({ reason: 'install' }, db, () => new Date())).toBeNull();
    expect((await getJob(db, 'hash:old'))?.extractorVersion).toBe(0);

    expect(await rereadAfterUpdate({ reason: 'update' }, db, () => new Date())).toEqual({ updated: 1, skipped: [] });
    // The better extractors key it by its posting's URL; the user's note comes along.
    expect(await listJobs(db)).toEqual([expect.objectContaining({ extractorVersion: EXTRACTOR_VERSION, note: 'keep me' })]);
  });
});
