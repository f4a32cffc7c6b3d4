import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Job, RawPosting } from '../core';
import { fakeJob, fakeRaw, fakeSavedJob } from './job-fixtures';
import { JobDb } from './job-db';
import { toJobRow } from './job-row';
import {
  deleteJob,
  findJobByUrl,
  getJob,
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

    const edited = fakeJob({ title: 'Staff Widget Engineer', skills: { required: ['Rust'], preferred: [], unrecognised: [] } });
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
    const bad = fakeJob({ salary: { min: 1, max: 2, currency: 'dollars', period: 'year', kind: 'base', origin: 'employer', text: '' } });
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
    ['no raw posting', { raw: null }],
  ])('skips a corrupt record with %s, warns naming it, and still lists the others', async (_, corruption) => {
    const db = freshDb();
    const good = fakeSavedJob({ id: 'hash:good', url: null });
    await db.jobs.bulkPut([toJobRow(good), { ...toJobRow(fakeSavedJob({ id: 'hash:bad' })), ...corruption } as never]);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});

    expect(await listJobs(db)).toEqual([good]);
    expect(await getJob(db, 'hash:bad')).toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('skipped saved job hash:bad'));
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
    await db.jobs.bulkPut([toJobRow(kept), toJobRow(failing), { ...toJobRow(fakeSavedJob({ id: 'hash:corrupt' })), status: 1 } as never]);
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
    await db.jobs.bulkPut([moving, blocked, holder].map(toJobRow));

    await reanalyzeAll(db, improved);

    expect((await listJobs(db)).map((r) => r.id).sort()).toEqual(['hash:old2', 'https://a.test/new1', 'https://a.test/taken']);
    expect((await getJob(db, 'https://a.test/taken'))?.note).toBe('mine');
  });
});
