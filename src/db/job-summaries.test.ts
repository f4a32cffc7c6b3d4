import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeJob, fakeRaw, fakeSavedJob, summaryOf } from '../../test/support/job-fixtures';
import { closeJobDbs, countRequests, freshJobDb as freshDb, putRows } from '../../test/support/job-db-kit';
import { toJobRows } from './job-row';
import { getJob } from './job-reads';
import { listJobSummaries } from './job-summaries';
import { deleteJob, saveJob, updateUserFields } from './job-writes';

afterEach(() => {
  closeJobDbs();
  vi.restoreAllMocks();
});

describe('listJobSummaries, read again after a change', () => {
  it('gives back the same summary for every row that did not change, and a new one for the row that did', async () => {
    const db = freshDb();
    await saveJob(db, { job: fakeJob({ id: 'hash:one', url: null, title: 'Synthetic Role One' }), raw: fakeRaw() }, new Date('2026-01-01T00:00:00Z'));
    await saveJob(db, { job: fakeJob({ id: 'hash:two', url: null, title: 'Synthetic Role Two' }), raw: fakeRaw() }, new Date('2026-01-02T00:00:00Z'));
    const before = await listJobSummaries(db);
    await updateUserFields(db, 'hash:one', { status: 'applied' });
    const after = await listJobSummaries(db);

    const byId = (list: typeof before, id: string) => list.find((job) => job.id === id)!;
    // Unchanged: not checked again, and the same object, so the list reuses its row.
    expect(byId(after, 'hash:two')).toBe(byId(before, 'hash:two'));
    // Changed: checked again, with the change.
    expect(byId(after, 'hash:one')).not.toBe(byId(before, 'hash:one'));
    expect(byId(after, 'hash:one').status).toBe('applied');
    expect(byId(before, 'hash:one').status).toBe('saved');
  });

  it('keeps skipping a corrupt row, and forgets deleted ones', async () => {
    const db = freshDb();
    const good = fakeSavedJob({ id: 'hash:good', url: null });
    const bad = toJobRows(fakeSavedJob({ id: 'hash:bad' }));
    await putRows(db, [toJobRows(good), { row: { ...bad.row, status: 'ghosted' } as never, posting: bad.posting }]);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await listJobSummaries(db)).toEqual([summaryOf(good)]);
    expect(await listJobSummaries(db)).toEqual([summaryOf(good)]);
    await deleteJob(db, 'hash:good');
    expect(await listJobSummaries(db)).toEqual([]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('skipped saved job hash:bad'));
  });
});

describe('listJobSummaries', () => {
  it('lists every saved job newest first, without its section texts or raw posting', async () => {
    const db = freshDb();
    for (const [i, day] of ['2026-01-02', '2026-01-09', '2026-01-05'].entries()) {
      await saveJob(db, { job: fakeJob({ id: `hash:${i}`, url: null }), raw: fakeRaw({ url: null }) }, new Date(`${day}T00:00:00Z`));
    }
    await updateUserFields(db, 'hash:2', { status: 'offer', note: 'Counter at 70k' });
    const summaries = await listJobSummaries(db);
    expect(summaries.map((s) => s.id)).toEqual(['hash:1', 'hash:2', 'hash:0']);
    expect(summaries[1]).toEqual(summaryOf((await getJob(db, 'hash:2'))!));
    expect(summaries[1]).toMatchObject({ status: 'offer', note: 'Counter at 70k' });
    for (const summary of summaries) {
      expect(summary).not.toHaveProperty('raw');
      expect(summary).not.toHaveProperty('sections');
      expect(summary).not.toHaveProperty('canonicalUrl');
      expect(summary).not.toHaveProperty('skillNames');
    }
  });

  it('answers an empty list for an empty database', async () => {
    expect(await listJobSummaries(freshDb())).toEqual([]);
  });

  it('reads 10,000 jobs with one request to the jobs table and none to the postings table', async () => {
    const db = freshDb();
    const requests = countRequests(db);
    const records = Array.from({ length: 10_000 }, (_, i) =>
      toJobRows(fakeSavedJob({ id: `hash:${i}`, url: null, savedAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString() })),
    );
    await putRows(db, records);
    requests.clear();

    const summaries = await listJobSummaries(db);

    expect(summaries).toHaveLength(10_000);
    expect(summaries[0]?.id).toBe('hash:9999');
    expect(summaries.at(-1)?.id).toBe('hash:0');
    expect(Object.fromEntries(requests)).toEqual({ 'jobs.query': 1 });
  });
});
