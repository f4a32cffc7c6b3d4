import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeJob, fakeRaw, fakeSavedJob, summaryOf } from '../../test/support/job-fixtures';
import { closeJobDbs, freshJobDb as freshDb, putRows } from '../../test/support/job-db-kit';
import { toJobRows } from './job-row';
import { getJob, findJobByUrl, listJobs } from './job-reads';
import { listJobSummaries } from './job-summaries';
import { deleteJob, saveJob, updateUserFields } from './job-writes';

afterEach(() => {
  closeJobDbs();
  vi.restoreAllMocks();
});

const FIRST = new Date('2026-03-01T10:00:00Z');
const LATER = new Date('2026-03-05T18:30:00Z');

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
