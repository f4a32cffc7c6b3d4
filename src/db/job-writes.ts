import { postingChanges } from '../compare/posting-changes';
import { MAX_VERSIONS, USER_FIELDS, type ClosedMark, type Job, type JobSummary, type RawPosting, type SavedJob } from '../core';
import type { JobDb } from './job-db';
import { putRecord, userFieldsOf, validForWrite, type UserFieldsPatch } from './job-write-helpers';
import { readJobRows, readJobSummary, toJobRows } from './job-row';
import { withStorageErrors } from './storage-error';

/**
 * The user's writes to single records: save, edit, delete, undo. Each touches both rows of
 * a record (job-db.ts) in one transaction, keeps the user's own fields across re-saves, and
 * reaches the caller as StorageError when the browser's storage fails. Saving or importing
 * an incomplete record (its posting row lost) repairs it and keeps its status and note;
 * deleting removes whatever rows it has.
 */

export type { UserFieldsPatch } from './job-write-helpers';

export interface SaveJobInput {
  job: Job;
  raw: RawPosting;
}

/**
 * Saves a posting. Saving the same posting again (same id) refreshes the extracted fields
 * and the raw posting, bumps updatedAt, and keeps savedAt and the user's own fields; when
 * the posting now says something else, what changed (old and new, dated) joins its history.
 */
export async function saveJob(
  db: JobDb,
  { job, raw }: SaveJobInput,
  now: Date,
): Promise<{ record: SavedJob; created: boolean }> {
  const timestamp = now.toISOString();
  return withStorageErrors(() =>
    db.transaction('rw', db.jobs, db.postings, async () => {
      // The summary alone holds savedAt and the user's fields: a re-save keeps them even
      // when the posting row was lost, and so repairs the record.
      const previous = readJobSummary(await db.jobs.get(job.id));
      const fresh = validForWrite({
        ...job,
        raw,
        savedAt: previous?.savedAt ?? timestamp,
        updatedAt: timestamp,
        ...userFieldsOf(previous),
        history: previous?.history ?? [],
        // Whether it is closed is what the last visit saw (annotate-page), not what saving says.
        closed: previous?.closed ?? null,
      });
      const record = previous ? withNewVersion(fresh, previous, timestamp) : fresh;
      await putRecord(db, record);
      return { record, created: previous === undefined };
    }),
  );
}

/** The record with what changed since `previous` added to its history (the oldest versions go past MAX_VERSIONS). */
function withNewVersion(record: SavedJob, previous: JobSummary, seenAt: string): SavedJob {
  const changes = postingChanges(previous, record);
  if (changes.length === 0) return record;
  return validForWrite({ ...record, history: [...record.history, { seenAt, changes }].slice(-MAX_VERSIONS) });
}

/**
 * Deletes a job and returns what was deleted, so the UI can offer "Undo" (restoreJob).
 * A corrupt or incomplete record is deleted too, but there is nothing whole to give back.
 */
export async function deleteJob(db: JobDb, id: string): Promise<SavedJob | undefined> {
  return withStorageErrors(() =>
    db.transaction('rw', db.jobs, db.postings, async () => {
      const [row, posting] = await Promise.all([db.jobs.get(id), db.postings.get(id)]);
      if (row === undefined && posting === undefined) return undefined;
      await Promise.all([db.jobs.delete(id), db.postings.delete(id)]);
      return row === undefined ? undefined : readJobRows(row, posting);
    }),
  );
}

/**
 * Deletes every saved job, corrupt ones included, and answers how many there were. All or
 * nothing. Asking the user first is the caller's job: there is no undo.
 */
export async function deleteAllJobs(db: JobDb): Promise<number> {
  return withStorageErrors(() =>
    db.transaction('rw', db.jobs, db.postings, async () => {
      const count = await db.jobs.count();
      await Promise.all([db.jobs.clear(), db.postings.clear()]);
      return count;
    }),
  );
}

/** Puts back a record deleteJob returned, exactly as it was. */
export async function restoreJob(db: JobDb, record: SavedJob): Promise<SavedJob> {
  const valid = validForWrite(record);
  return withStorageErrors(async () => {
    await db.transaction('rw', db.jobs, db.postings, () => putRecord(db, valid));
    return valid;
  });
}

/**
 * Changes the user's own fields. updatedAt is left alone: it records when the posting was
 * last read, not when the user last wrote a note. Undefined when no such (valid, whole) job
 * exists.
 */
export async function updateUserFields(
  db: JobDb,
  id: string,
  patch: UserFieldsPatch,
): Promise<SavedJob | undefined> {
  // Only the user's fields: a patch that smuggles in `title` or `savedAt` must not apply.
  const userPatch: UserFieldsPatch = {};
  for (const field of USER_FIELDS) {
    if (patch[field] !== undefined) Object.assign(userPatch, { [field]: patch[field] });
  }
  return rewriteSummary(db, id, (current) => ({ ...current, ...userPatch }));
}

/**
 * Records whether the posting was seen closed (a mark) or open (null) on the user's visit.
 * Only the summary changes; updatedAt stays, since the posting itself was not re-read into
 * the record. Undefined when no such job exists.
 */
export async function setClosed(db: JobDb, id: string, closed: ClosedMark | null): Promise<SavedJob | undefined> {
  return rewriteSummary(db, id, (current) => ({ ...current, closed }));
}

/**
 * Changes fields a job's summary holds (the user's, the Closed mark), the posting row as it
 * is. Undefined when no such (valid, whole) job exists.
 */
async function rewriteSummary(db: JobDb, id: string, change: (current: SavedJob) => SavedJob): Promise<SavedJob | undefined> {
  return withStorageErrors(() =>
    db.transaction('rw', db.jobs, db.postings, async () => {
      const [row, posting] = await Promise.all([db.jobs.get(id), db.postings.get(id)]);
      const current = row === undefined ? undefined : readJobRows(row, posting);
      if (current === undefined) return undefined;
      const record = validForWrite(change(current));
      await db.jobs.put(toJobRows(record).row);
      return record;
    }),
  );
}
