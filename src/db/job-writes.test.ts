import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeJob, fakeRaw, fakeSavedJob } from '../../test/support/job-fixtures';
import { closeJobDbs, freshJobDb as freshDb } from '../../test/support/job-db-kit';
import { toJobRows } from './job-row';
import { getJob, findJobByUrl, listJobs } from './job-reads';
import { deleteAllJobs, deleteJob, restoreJob, saveJob, updateUserFields } from './job-writes';

afterEach(() => {
  closeJobDbs();
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
