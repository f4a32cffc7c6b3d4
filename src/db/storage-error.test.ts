import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { JobDb } from './job-db';
import { fakeJob, fakeRaw, fakeSavedJob, fullDiskDb } from '../../test/support/job-fixtures';
import { getJob, listJobs } from './job-reads';
import { listJobSummaries } from './job-summaries';
import { deleteAllJobs, restoreJob, saveJob, updateUserFields } from './job-writes';
import { mergeJobs } from './merge-jobs';
import { StorageError, toStorageError } from './storage-error';

const opened: JobDb[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

describe('storage failures reach the caller as StorageError', () => {
  it('surfaces a full disk on save with a message a user understands', async () => {
    const db = fullDiskDb('storage-quota');
    opened.push(db);
    const save = saveJob(db, { job: fakeJob(), raw: fakeRaw() }, new Date());
    await expect(save).rejects.toBeInstanceOf(StorageError);
    await expect(save).rejects.toMatchObject({
      failure: 'quota',
      message: expect.stringMatching(/^Your browser refused to store more data \(storage quota exceeded\)/),
    });
  });

  it.each([
    ['restoreJob', (db: JobDb) => restoreJob(db, fakeSavedJob())],
    ['deleteAllJobs', (db: JobDb) => deleteAllJobs(db)],
    ['mergeJobs', (db: JobDb) => mergeJobs(db, [fakeSavedJob()], (_, incoming) => incoming)],
  ])('surfaces a full disk in %s as a StorageError', async (name, write) => {
    const db = fullDiskDb(`storage-quota-${name}`);
    opened.push(db);
    await expect(write(db)).rejects.toMatchObject({ name: 'StorageError', failure: 'quota' });
  });

  it.each([
    ['listJobSummaries', listJobSummaries],
    ['listJobs', listJobs],
    ['getJob', (db: JobDb) => getJob(db, 'hash:x')],
    ['updateUserFields', (db: JobDb) => updateUserFields(db, 'hash:x', { note: 'n' })],
    ['deleteAllJobs', deleteAllJobs],
  ])('surfaces a database closed under %s as a StorageError', async (name, operation) => {
    const db = new JobDb(`storage-closed-${name}`);
    await db.open();
    db.close();
    await expect(operation(db)).rejects.toMatchObject({ name: 'StorageError', failure: 'closed' });
  });

  it('surfaces a database closed under the caller', async () => {
    const db = new JobDb('storage-closed');
    await db.open();
    db.close();
    await expect(listJobs(db)).rejects.toMatchObject({ name: 'StorageError', failure: 'closed' });
  });
});

describe('a database a newer Jobmark upgraded (the user downgraded)', () => {
  it('still opens and reads: Dexie 4 opens the installed, higher version', async () => {
    const open = indexedDB.open('storage-newer', 990);
    open.onupgradeneeded = () => {
      const jobs = open.result.createObjectStore('jobs', { keyPath: 'id' });
      jobs.createIndex('canonicalUrl', 'canonicalUrl');
      jobs.createIndex('someFutureIndex', 'someFutureIndex');
      // Versions are append-only: a later version still has every table of v2.
      open.result.createObjectStore('postings', { keyPath: 'id' });
    };
    await new Promise((resolve) => (open.onsuccess = resolve));
    open.result.close();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const db = new JobDb('storage-newer');
    opened.push(db);
    await saveJob(db, { job: fakeJob(), raw: fakeRaw() }, new Date('2026-01-01T00:00:00Z'));
    expect((await listJobs(db)).map((r) => r.id)).toEqual([fakeJob().id]);
    warn.mockRestore();
  });
});

describe('toStorageError', () => {
  const wrapped = (name: string, inner: unknown) => Object.assign(new Error('outer'), { name, inner });
  it.each([
    ['a bare QuotaExceededError', new DOMException('q', 'QuotaExceededError'), 'quota'],
    ['a quota error inside Dexie’s AbortError', wrapped('AbortError', new DOMException('q', 'QuotaExceededError')), 'quota'],
    ['a quota error as a standard cause', new Error('write failed', { cause: new DOMException('q', 'QuotaExceededError') }), 'quota'],
    ['Firefox’s quota error', wrapped('NS_ERROR_DOM_QUOTA_REACHED', undefined), 'quota'],
    ['a VersionError inside OpenFailedError', wrapped('OpenFailedError', new DOMException('v', 'VersionError')), 'newer-version'],
    ['an upgrade by another tab', wrapped('DatabaseClosedError', wrapped('VersionChangeError', undefined)), 'version-change'],
    ['no IndexedDB at all', new Dexie.MissingAPIError('IndexedDB API missing'), 'unavailable'],
    ['a closed database', new Dexie.DatabaseClosedError('closed'), 'closed'],
    ['another IndexedDB error', new DOMException('d', 'DataCloneError'), 'unknown'],
  ])('classifies %s', (_, error, failure) => {
    const storageError = toStorageError(error);
    expect(storageError).toBeInstanceOf(StorageError);
    expect(storageError?.failure).toBe(failure);
    expect(storageError?.cause).toBe(error);
  });

  it.each([
    ['a bug in our own code', new TypeError('cannot read properties of undefined')],
    ['a plain string', 'oops'],
    ['a cyclic chain of errors', (() => { const e: { name: string; inner?: unknown } = { name: 'Weird' }; e.inner = e; return e; })()],
  ])('leaves %s alone: it is not a storage failure', (_, error) => {
    expect(toStorageError(error)).toBeUndefined();
  });

  it('keeps the technical detail of an unclassified failure for the bug report', () => {
    expect(toStorageError(new DOMException('could not clone a function', 'DataCloneError'))?.message).toMatch(
      /could not read or write your saved jobs \(DataCloneError: could not clone a function\)/,
    );
  });
});
