import { afterEach, describe, expect, it, vi } from 'vitest';
import { JobDb } from './job-db';
import { fakeJob, fakeRaw } from '../../test/support/job-fixtures';
import { saveJob } from './job-writes';
import { readNewestJobRows } from './newest-job-rows';
import { newestJobSummaries } from './newest-job-summaries';

/** What the popup's first paint gets: the raw read, then the check. */
async function readNewestJobSummaries(dbName: string, limit: number) {
  return newestJobSummaries(await readNewestJobRows(dbName, limit));
}

const opened: JobDb[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  vi.restoreAllMocks();
});

async function dbWith(name: string, count: number): Promise<JobDb> {
  const db = new JobDb(name);
  opened.push(db);
  for (let i = 0; i < count; i++) {
    const job = fakeJob({ id: `https://jobs.example.test/${i}`, url: `https://jobs.example.test/${i}`, title: `Widget Engineer ${i}` });
    await saveJob(db, { job, raw: fakeRaw({ url: job.url }) }, new Date(Date.UTC(2026, 0, 1 + i)));
  }
  return db;
}

describe('readNewestJobSummaries', () => {
  it('reads the newest saved jobs first, as summaries, and counts them all after', async () => {
    await dbWith('newest-order', 5);
    const newest = await readNewestJobSummaries('newest-order', 3);
    // Three rows of three asked for: there may be more, so the total is the count's to give.
    expect(newest?.total).toBeNull();
    expect(await newest?.count).toBe(5);
    expect(newest?.jobs.map((job) => job.title)).toEqual(['Widget Engineer 4', 'Widget Engineer 3', 'Widget Engineer 2']);
    expect(newest?.jobs[0]).not.toHaveProperty('sections');
    expect(newest?.jobs[0]).not.toHaveProperty('raw');
  });

  it('reads the same through a cursor in browsers whose getAll takes no options', async () => {
    await dbWith('newest-cursor', 4);
    const proto = IDBIndex.prototype as { getAllRecords?: unknown };
    const getAllRecords = proto.getAllRecords;
    delete proto.getAllRecords;
    try {
      const newest = await readNewestJobSummaries('newest-cursor', 2);
      expect(newest?.jobs.map((job) => job.title)).toEqual(['Widget Engineer 3', 'Widget Engineer 2']);
      expect(newest?.total).toBeNull();
      expect(await newest?.count).toBe(4);
    } finally {
      proto.getAllRecords = getAllRecords;
    }
  });

  it('knows the total with the rows when fewer are saved than asked for', async () => {
    await dbWith('newest-few', 2);
    const newest = await readNewestJobSummaries('newest-few', 8);
    expect(newest?.total).toBe(2);
    expect(newest?.jobs).toHaveLength(2);
    expect(await newest?.count).toBe(2);
  });

  it('skips a corrupt row with a warning, like every other read', async () => {
    const db = await dbWith('newest-corrupt', 2);
    await db.jobs.put({ id: 'broken', savedAt: '2027-01-01T00:00:00.000Z' } as never);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const newest = await readNewestJobSummaries('newest-corrupt', 10);
    expect(newest?.jobs.map((job) => job.title)).toEqual(['Widget Engineer 1', 'Widget Engineer 0']);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('broken'));
  });

  it('answers undefined for a database that does not exist, and does not create it', async () => {
    expect(await readNewestJobSummaries('newest-never-created', 10)).toBeUndefined();
    const names = (await indexedDB.databases()).map((db) => db.name);
    expect(names).not.toContain('newest-never-created');
    // Dexie can still create it with its schema afterwards.
    const db = await dbWith('newest-never-created', 1);
    expect(await db.jobs.count()).toBe(1);
  });
});
