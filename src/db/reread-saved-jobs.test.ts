import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { EXTRACTOR_VERSION } from '../extract/extractor-version';
import { fakeRaw, fakeSavedJob } from '../../test/support/job-fixtures';
import { JobDb } from './job-db';
import { toJobRows } from './job-row';
import { getJob } from './job-reads';
import { rereadSavedJobs } from './reread-saved-jobs';

const opened: JobDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

async function dbWith(...records: ReturnType<typeof fakeSavedJob>[]): Promise<JobDb> {
  const db = new JobDb(`reread-${Math.random()}`);
  opened.push(db);
  for (const record of records) {
    const { row, posting } = toJobRows(record);
    await db.transaction('rw', db.jobs, db.postings, async () => {
      await db.jobs.put(row);
      await db.postings.put(posting);
    });
  }
  return db;
}

// Invented postings: an old record whose fields an older extractor got wrong.
const RAW = fakeRaw({
  url: 'https://jobs.example.test/1',
  title: 'Platform Engineer',
  sections: [{ heading: 'Requirements', text: '- 4+ years with Go and Kubernetes\n- Terraform is a plus' }],
});

describe('rereadSavedJobs', () => {
  it('reads jobs of an older extractor version again, keeping status, note and dates, in batches with progress', async () => {
    const old = fakeSavedJob({
      id: 'https://jobs.example.test/1',
      url: 'https://jobs.example.test/1',
      raw: RAW,
      title: 'stale title',
      skills: { required: [], preferred: [], unrecognised: [], topics: [] },
      extractorVersion: 0,
      status: 'interviewing',
      note: 'Call on Monday',
    });
    const current = fakeSavedJob({ id: 'hash:current', extractorVersion: EXTRACTOR_VERSION, title: 'Left alone' });
    const db = await dbWith(old, current);
    const progress: [number, number][] = [];

    const result = await rereadSavedJobs(db, { now: new Date('2026-12-01T00:00:00Z'), onProgress: (d, t) => progress.push([d, t]) });

    expect(result).toEqual({ updated: 1, skipped: [] });
    const reread = await getJob(db, old.id);
    expect(reread).toMatchObject({
      title: 'Platform Engineer',
      extractorVersion: EXTRACTOR_VERSION,
      status: 'interviewing',
      note: 'Call on Monday',
      savedAt: old.savedAt,
      experience: { minYears: 4 },
    });
    expect(reread?.skills.required).toEqual(['Go', 'Kubernetes']);
    expect(reread?.skills.preferred).toEqual(['Terraform']);
    expect((await getJob(db, 'hash:current'))?.title).toBe('Left alone');
    expect(progress.at(-1)).toEqual([2, 2]);
  });

  it('reads every saved job when asked to, whatever its version', async () => {
    const db = await dbWith(fakeSavedJob({ id: 'hash:now', extractorVersion: EXTRACTOR_VERSION, raw: fakeRaw({ title: 'Fresh title' }) }));
    expect(await rereadSavedJobs(db, { now: new Date(), all: true })).toEqual({ updated: 1, skipped: [] });
  });
});
