import { SavedJob, USER_FIELDS, type Job, type RawPosting } from '../core';
import { canonicalJobUrl } from '../extract/job-id';
import { describeIssues } from './describe-issues';
import type { JobDb } from './job-db';
import { readJobRow, toJobRow } from './job-row';
import { withStorageErrors } from './storage-error';

/**
 * The only code that writes jobs. Every write goes through here so the user's own fields
 * (USER_FIELDS) survive re-saves and re-analysis, and the derived index fields stay in sync;
 * every read parses the row, so a corrupt record is skipped (with a warning), never half-used.
 * Storage failures reach the caller as StorageError.
 */

type UserFields = Pick<SavedJob, (typeof USER_FIELDS)[number]>;

/** A job the user has just saved has not been acted on yet. */
const NEW_USER_FIELDS: UserFields = { status: 'saved', note: '' };

export type UserFieldsPatch = Partial<UserFields>;

export interface SaveJobInput {
  job: Job;
  raw: RawPosting;
}

/**
 * Saves a posting. Saving the same posting again (same id) refreshes the extracted fields
 * and the raw posting, bumps updatedAt, and keeps savedAt and the user's status and note.
 */
export async function saveJob(
  db: JobDb,
  { job, raw }: SaveJobInput,
  now: Date,
): Promise<{ record: SavedJob; created: boolean }> {
  const timestamp = now.toISOString();
  return withStorageErrors(() =>
    db.transaction('rw', db.jobs, async () => {
      const previous = readJobRow(await db.jobs.get(job.id));
      const record = validForWrite({
        ...job,
        raw,
        savedAt: previous?.savedAt ?? timestamp,
        updatedAt: timestamp,
        ...userFieldsOf(previous),
      });
      await db.jobs.put(toJobRow(record));
      return { record, created: previous === undefined };
    }),
  );
}

export async function getJob(db: JobDb, id: string): Promise<SavedJob | undefined> {
  return withStorageErrors(async () => readJobRow(await db.jobs.get(id)));
}

/**
 * The saved job for a page, whichever way the user reached it (tracking parameters,
 * fragments and host case do not matter). When several match, the most recently updated wins.
 */
export async function findJobByUrl(db: JobDb, url: string): Promise<SavedJob | undefined> {
  const canonical = canonicalJobUrl(url);
  if (canonical === null) return undefined;
  return withStorageErrors(async () => {
    const rows = await db.jobs.where('canonicalUrl').equals(canonical).toArray();
    const records = rows.map(readJobRow).filter((record) => record !== undefined);
    return records.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  });
}

/** Every valid saved job, newest first. An invalid record is skipped, never breaks the list. */
export async function listJobs(db: JobDb): Promise<SavedJob[]> {
  return withStorageErrors(async () => {
    // The whole table, not the savedAt index: a row missing savedAt would be absent from the
    // index and vanish without the warning readJobRow gives.
    const rows = await db.jobs.toArray();
    const records = rows.map(readJobRow).filter((record) => record !== undefined);
    return records.sort((a, b) => b.savedAt.localeCompare(a.savedAt) || a.id.localeCompare(b.id));
  });
}

/**
 * Deletes a job and returns what was deleted, so the UI can offer "Undo" (restoreJob).
 * A corrupt record is deleted too, but there is nothing valid to give back.
 */
export async function deleteJob(db: JobDb, id: string): Promise<SavedJob | undefined> {
  return withStorageErrors(() =>
    db.transaction('rw', db.jobs, async () => {
      const row = await db.jobs.get(id);
      if (row === undefined) return undefined;
      await db.jobs.delete(id);
      return readJobRow(row);
    }),
  );
}

/** Puts back a record deleteJob returned, exactly as it was. */
export async function restoreJob(db: JobDb, record: SavedJob): Promise<SavedJob> {
  const valid = validForWrite(record);
  return withStorageErrors(async () => {
    await db.jobs.put(toJobRow(valid));
    return valid;
  });
}

/**
 * Changes the user's own fields. updatedAt is left alone: it records when the posting was
 * last read, not when the user last wrote a note. Undefined when no such (valid) job exists.
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
  return withStorageErrors(() =>
    db.transaction('rw', db.jobs, async () => {
      const current = readJobRow(await db.jobs.get(id));
      if (current === undefined) return undefined;
      const record = validForWrite({ ...current, ...userPatch });
      await db.jobs.put(toJobRow(record));
      return record;
    }),
  );
}

export interface ReanalyzeResult {
  /** Records whose extracted fields were recomputed. */
  updated: number;
  /** Ids left as they were: invalid stored records, or postings the extractors threw on. */
  skipped: string[];
}

/**
 * Re-runs the extractors over every stored raw posting (after an update improved them),
 * keeping savedAt, updatedAt and the user's fields. A record the analysis fails on is left
 * unchanged and reported, so one bad posting cannot block the others.
 */
export async function reanalyzeAll(db: JobDb, analyze: (raw: RawPosting) => Job): Promise<ReanalyzeResult> {
  return withStorageErrors(async () => {
    const skipped: string[] = [];
    const analyzed: { before: SavedJob; job: Job }[] = [];
    // Analyse outside any transaction: it is slow, synchronous work, and IndexedDB commits a
    // transaction that has nothing pending.
    for (const row of await db.jobs.toArray()) {
      const before = readJobRow(row);
      if (before === undefined) {
        skipped.push(String(row?.id));
        continue;
      }
      try {
        analyzed.push({ before, job: analyze(before.raw) });
      } catch (error) {
        console.warn(`[jobmark] re-analysis of saved job ${before.id} failed; kept as it was`, error);
        skipped.push(before.id);
      }
    }
    let updated = 0;
    await db.transaction('rw', db.jobs, async () => {
      for (const { before, job } of analyzed) {
        // Re-read inside the transaction: the user may have edited a note meanwhile.
        const current = readJobRow(await db.jobs.get(before.id));
        if (current === undefined || current.updatedAt !== before.updatedAt) continue; // deleted or re-saved since
        // Improved extractors may compute another id (a better canonical URL). Move the record
        // there so the next save of the page finds it — unless another saved job already holds
        // that id: then it keeps its own rather than overwrite or merge a second job.
        const moveTo = job.id !== current.id && (await db.jobs.get(job.id)) === undefined ? job.id : current.id;
        const record = SavedJob.safeParse({
          ...job,
          id: moveTo,
          raw: current.raw,
          savedAt: current.savedAt,
          updatedAt: current.updatedAt,
          ...userFieldsOf(current),
        });
        if (!record.success) {
          console.warn(
            `[jobmark] re-analysis of saved job ${current.id} gave an invalid job (${describeIssues(record.error)}); kept as it was`,
          );
          skipped.push(current.id);
          continue;
        }
        if (moveTo !== current.id) await db.jobs.delete(current.id);
        await db.jobs.put(toJobRow(record.data));
        updated++;
      }
    });
    return { updated, skipped };
  });
}

/** The user's fields to carry over: USER_FIELDS drives it, so a field added there is kept too. */
function userFieldsOf(previous: SavedJob | undefined): UserFields {
  const fields = { ...NEW_USER_FIELDS };
  if (previous) for (const field of USER_FIELDS) Object.assign(fields, { [field]: previous[field] });
  return fields;
}

/** Never writes a record that would be skipped on read: the error names what is wrong. */
function validForWrite(record: SavedJob): SavedJob {
  const parsed = SavedJob.safeParse(record);
  if (parsed.success) return parsed.data;
  throw new Error(`Jobmark refused to store job ${record.id}: it is invalid (${describeIssues(parsed.error)})`);
}
