import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DBCore } from 'dexie';
import type { Job, RawPosting } from '../core';
import { fakeJob, fakeRaw, fakeSavedJob, summaryOf } from '../../test/support/job-fixtures';
import { JobDb } from './job-db';
import { toJobRows, type JobRows } from './job-row';
import {
  deleteAllJobs,
  deleteJob,
  findJobByUrl,
  getJob,
  listJobSummaries,
  listJobs,
  reanalyzeAll,
  restoreJob,
  saveJob,
  updateUserFields,
} from './jobs';

const opened: JobDb[] = [];
let dbCount = 0;
function freshDb(): JobDb {
  const db = new JobDb(`jobs-test-${++dbCount}`);
  opened.push(db);
  return db;
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  vi.restoreAllMocks();
});

/** Writes rows as they are, bypassing jobs.ts: how a bug or a hand edit leaves them. */
async function putRows(db: JobDb, rows: JobRows[]): Promise<void> {
  await db.jobs.bulkPut(rows.map((r) => r.row));
  await db.postings.bulkPut(rows.map((r) => r.posting));
}

/** Counts the read requests each table receives ("jobs.query": 1), from now on. */
function countRequests(db: JobDb): Map<string, number> {
  const counts = new Map<string, number>();
  db.use({
    stack: 'dbcore',
    name: 'count-requests',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName);
        const count = (kind: string) => counts.set(`${tableName}.${kind}`, (counts.get(`${tableName}.${kind}`) ?? 0) + 1);
        return {
          ...table,
          get: (req) => (count('get'), table.get(req)),
          getMany: (req) => (count('getMany'), table.getMany(req)),
          query: (req) => (count('query'), table.query(req)),
          openCursor: (req) => (count('openCursor'), table.openCursor(req)),
          count: (req) => (count('count'), table.count(req)),
        };
      },
    }),
  });
  return counts;
}

const FIRST = new Date('2026-03-01T10:00:00Z');
const LATER = new Date('2026-03-05T18:30:00Z');

describe('saveJob', () => {
  it('creates a new record with the user fields at their defaults', async () => {
    const db = freshDb();
    const { record, created } = await saveJob(db, { job: fakeJob(), raw: fakeRaw() }, FIRST);
    expect(created).toBe(true);
    expect(record).toMatchObject({
      id: 'https://boards.greenhouse.io/zorbly/jobs/42',
      status: 'saved',
      note: '',
      savedAt: FIRST.toISOString(),
      updatedAt: FIRST.toISOString(),
    });
    expect(await getJob(db, record.id)).toEqual(record);
  });

  it('saving the same posting twice keeps one record, the user fields and savedAt, and moves updatedAt', async () => {
    const db = freshDb();
    await saveJob(db, { job: fakeJob(), raw: fakeRaw() }, FIRST);
    await updateUserFields(db, fakeJob().id, { status: 'applied', note: 'Spoke to Ana' });

    const edited = fakeJob({ title: 'Staff Widget Engineer', skills: { required: ['Rust'], preferred: [], unrecognised: [], topics: [] } });
    const editedRaw = fakeRaw({ title: 'Staff Widget Engineer' });
    const { record, created } = await saveJob(db, { job: edited, raw: editedRaw }, LATER);

    expect(created).toBe(false);
    expect(await listJobs(db)).toHaveLength(1);
    expect(record).toMatchObject({
      title: 'Staff Widget Engineer',
      raw: { title: 'Staff Widget Engineer' },
      status: 'applied',
      note: 'Spoke to Ana',
      savedAt: FIRST.toISOString(),
      updatedAt: LATER.toISOString(),
    });
    expect(await getJob(db, record.id)).toEqual(record);
    // The skills index follows the new extraction: the job no longer asks for Go.
    expect(await db.jobs.where('skillNames').equals('Go').count()).toBe(0);
    expect(await db.jobs.where('skillNames').equals('Rust').primaryKeys()).toEqual([record.id]);
  });

  it('refuses to store an invalid job and leaves the table untouched', async () => {
    const db = freshDb();
    const bad = fakeJob({ salary: { min: 1, max: 2, currency: 'dollars', period: 'year', kind: 'base', origin: 'employer', text: '', alternatives: [] } });
    await expect(saveJob(db, { job: bad, raw: fakeRaw() }, FIRST)).rejects.toThrow(/refused to store job .*salary\.currency/);
    expect(await db.jobs.count()).toBe(0);
  });
});

describe('findJobByUrl', () => {
  it.each([
    ['the saved URL', 'https://boards.greenhouse.io/zorbly/jobs/42?gh_src=mail', true],
    ['without tracking parameters', 'https://boards.greenhouse.io/zorbly/jobs/42', true],
    ['with other tracking and a fragment', 'https://boards.greenhouse.io/zorbly/jobs/42?utm_source=x#apply', true],
    ['with an upper-case host and a trailing slash', 'https://BOARDS.greenhouse.io/zorbly/jobs/42/', true],
    ['another job', 'https://boards.greenhouse.io/zorbly/jobs/43', false],
    ['not a URL', 'jobs/42', false],
  ])('finds a saved job visited by %s: %s → %s', async (_, url, found) => {
    const db = freshDb();
    await saveJob(db, { job: fakeJob(), raw: fakeRaw() }, FIRST);
    const record = await findJobByUrl(db, url);
    expect(record?.id ?? null).toBe(found ? 'https://boards.greenhouse.io/zorbly/jobs/42' : null);
  });
});

describe('listJobs', () => {
  it('lists newest first', async () => {
    const db = freshDb();
    const at = ['2026-01-02', '2026-01-09', '2026-01-05'];
    for (const [i, day] of at.entries()) {
      await saveJob(db, { job: fakeJob({ id: `hash:${i}`, url: null }), raw: fakeRaw({ url: null }) }, new Date(`${day}T00:00:00Z`));
    }
    expect((await listJobs(db)).map((r) => r.id)).toEqual(['hash:1', 'hash:2', 'hash:0']);
  });

  it.each([
    ['a missing savedAt', { savedAt: undefined }],
    ['an unknown status', { status: 'ghosted' }],
    ['a title that is not text', { title: 42 }],
  ])('skips a corrupt record with %s, warns naming it, and still lists the others', async (_, corruption) => {
    const db = freshDb();
    const good = fakeSavedJob({ id: 'hash:good', url: null });
    const bad = toJobRows(fakeSavedJob({ id: 'hash:bad' }));
    await putRows(db, [toJobRows(good), { row: { ...bad.row, ...corruption } as never, posting: bad.posting }]);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});

    expect(await listJobs(db)).toEqual([good]);
    expect(await listJobSummaries(db)).toEqual([summaryOf(good)]);
    expect(await getJob(db, 'hash:bad')).toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('skipped saved job hash:bad'));
  });
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

describe('a record whose posting row is missing or invalid (incomplete)', () => {
  const URL = 'https://jobs.example.test/quillon/3';
  const incomplete = fakeSavedJob({ id: URL, url: URL, raw: fakeRaw({ url: URL }), status: 'applied', note: 'Met Dana' });
  const rows = toJobRows(incomplete);

  it.each([
    ['no posting row at all', undefined, /posting text is missing/],
    ['a raw posting that is null', { ...rows.posting, raw: null }, /posting text is invalid \(raw/],
    ['sections that are not a list', { ...rows.posting, sections: 'oops' }, /posting text is invalid \(sections/],
    ['(control) a valid posting row with an unknown key', { ...rows.posting, sections: [], extra: 1 }, null],
  ])('with %s: listed as a summary, absent as a whole record, warned about by id', async (_, posting, warning) => {
    const db = freshDb();
    await db.jobs.put(rows.row);
    if (posting !== undefined) await db.postings.put(posting as never);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});

    expect(await listJobSummaries(db)).toEqual([summaryOf(incomplete)]);
    if (warning === null) {
      // The control: with a valid posting row (unknown keys dropped) the record is whole.
      expect(await getJob(db, URL)).toEqual({ ...incomplete, sections: [] });
      return;
    }
    expect(await getJob(db, URL)).toBeUndefined();
    expect(await findJobByUrl(db, URL)).toBeUndefined();
    expect(await listJobs(db)).toEqual([]);
    expect(await updateUserFields(db, URL, { note: 'x' })).toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(new RegExp(`skipped saved job ${URL}: .*${warning.source}`)));
  });

  it('saving the posting again repairs it and keeps the status, note and savedAt', async () => {
    const db = freshDb();
    await db.jobs.put(rows.row);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { record, created } = await saveJob(db, { job: fakeJob({ id: URL, url: URL }), raw: fakeRaw({ url: URL }) }, LATER);
    expect(created).toBe(false);
    expect(record).toMatchObject({ status: 'applied', note: 'Met Dana', savedAt: incomplete.savedAt });
    expect(await getJob(db, URL)).toEqual(record);
  });

  it('can be deleted, with nothing whole to give back for undo', async () => {
    const db = freshDb();
    await db.jobs.put(rows.row);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await deleteJob(db, URL)).toBeUndefined();
    expect(await listJobSummaries(db)).toEqual([]);
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

describe('deleteAllJobs', () => {
  it('deletes every job, corrupt ones too, answers how many, and leaves no posting behind', async () => {
    const db = freshDb();
    await saveJob(db, { job: fakeJob({ id: 'hash:a', url: null }), raw: fakeRaw({ url: null }) }, FIRST);
    await saveJob(db, { job: fakeJob({ id: 'hash:b', url: null }), raw: fakeRaw({ url: null }) }, FIRST);
    await db.jobs.put({ ...toJobRows(fakeSavedJob({ id: 'hash:corrupt' })).row, status: 'ghosted' } as never);

    expect(await deleteAllJobs(db)).toBe(3);
    expect(await db.jobs.count()).toBe(0);
    expect(await db.postings.count()).toBe(0);
    expect(await deleteAllJobs(db)).toBe(0);
  });
});

describe('deleteJob and restoreJob', () => {
  it('deletes a job, returns it, and restoring puts it back exactly', async () => {
    const db = freshDb();
    await saveJob(db, { job: fakeJob(), raw: fakeRaw() }, FIRST);
    const saved = await updateUserFields(db, fakeJob().id, { note: 'Ask about on-call' });

    const deleted = await deleteJob(db, fakeJob().id);
    expect(deleted).toEqual(saved);
    expect(await listJobs(db)).toEqual([]);
    expect(await findJobByUrl(db, fakeJob().url!)).toBeUndefined();

    await restoreJob(db, deleted!);
    expect(await listJobs(db)).toEqual([saved]);
    expect((await findJobByUrl(db, fakeJob().url!))?.note).toBe('Ask about on-call');
  });

  it('answers undefined for a job that is not saved', async () => {
    expect(await deleteJob(freshDb(), 'hash:nope')).toBeUndefined();
  });
});

describe('updateUserFields', () => {
  it.each([
    ['a status', { status: 'interviewing' }, { status: 'interviewing', note: '' }],
    ['a note', { note: 'Referral from Kim' }, { status: 'saved', note: 'Referral from Kim' }],
    ['both', { status: 'offer', note: '€ ok' }, { status: 'offer', note: '€ ok' }],
    ['fields that are not the user’s (ignored)', { title: 'Hacked', savedAt: 'x' }, { status: 'saved', note: '' }],
  ])('changes %s and leaves the posting and its dates alone', async (_, patch, expected) => {
    const db = freshDb();
    const { record: before } = await saveJob(db, { job: fakeJob(), raw: fakeRaw() }, FIRST);
    const after = await updateUserFields(db, before.id, patch as never);
    expect(after).toEqual({ ...before, ...expected });
    expect(await getJob(db, before.id)).toEqual(after);
  });

  it('answers undefined for an unknown id and rejects a note that is too long, storing nothing', async () => {
    const db = freshDb();
    expect(await updateUserFields(db, 'hash:nope', { note: 'x' })).toBeUndefined();
    const { record } = await saveJob(db, { job: fakeJob(), raw: fakeRaw() }, FIRST);
    await expect(updateUserFields(db, record.id, { note: 'x'.repeat(10_001) })).rejects.toThrow(/note/);
    expect(await getJob(db, record.id)).toEqual(record);
  });
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
