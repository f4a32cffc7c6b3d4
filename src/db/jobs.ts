import { SavedJob, USER_FIELDS, type Job, type JobSummary, type RawPosting } from '../core';
import { canonicalJobUrl } from '../extract/job-id';
import { describeIssues } from './describe-issues';
import type { JobDb, JobRow, PostingRow } from './job-db';
import { deepEqual } from '../core/deep-equal';
import { readJobRows, readJobSummary, readPostingRow, toJobRows } from './job-row';
import { withStorageErrors } from './storage-error';

/**
 * The only code that writes jobs. Every write goes through here so the user's own fields
 * (USER_FIELDS) survive re-saves and re-analysis, and the derived index fields stay in sync;
 * every read parses the row, so a corrupt record is skipped (with a warning), never half-used.
 * Storage failures reach the caller as StorageError.
 *
 * A saved job is two rows with one id (job-db.ts): its summary in `jobs` and its section
 * texts and raw posting in `postings`. Every write touches both in one transaction, every
 * read of a whole record joins them in one. A summary whose posting row is missing or
 * invalid (only a bug or a hand edit can cause it) counts as an incomplete record:
 * listJobSummaries lists it and deleteJob/deleteAllJobs remove it, so the user can see it
 * and get rid of it; saving its posting again repairs it and keeps its status and note;
 * importing it (mergeJobs) repairs it the same way; every function answering whole records
 * (getJob, findJobByUrl, listJobs, updateUserFields, reanalyzeAll) treats it as absent, with
 * a warning naming it.
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
    db.transaction('rw', db.jobs, db.postings, async () => {
      // The summary alone holds savedAt and the user's fields: a re-save keeps them even
      // when the posting row was lost, and so repairs the record.
      const previous = readJobSummary(await db.jobs.get(job.id));
      const record = validForWrite({
        ...job,
        raw,
        savedAt: previous?.savedAt ?? timestamp,
        updatedAt: timestamp,
        ...userFieldsOf(previous),
      });
      await putRecord(db, record);
      return { record, created: previous === undefined };
    }),
  );
}

export async function getJob(db: JobDb, id: string): Promise<SavedJob | undefined> {
  return withStorageErrors(() =>
    db.transaction('r', db.jobs, db.postings, async () => {
      const [row, posting] = await Promise.all([db.jobs.get(id), db.postings.get(id)]);
      return row === undefined ? undefined : readJobRows(row, posting);
    }),
  );
}

/**
 * The saved job for a page, whichever way the user reached it (tracking parameters,
 * fragments and host case do not matter). When several match, the most recently updated wins.
 */
export async function findJobByUrl(db: JobDb, url: string): Promise<SavedJob | undefined> {
  const canonical = canonicalJobUrl(url);
  if (canonical === null) return undefined;
  return withStorageErrors(() =>
    db.transaction('r', db.jobs, db.postings, async () => {
      const rows = await db.jobs.where('canonicalUrl').equals(canonical).toArray();
      const postings = await db.postings.bulkGet(rows.map((row) => row.id));
      const records = rows.map((row, i) => readJobRows(row, postings[i])).filter((record) => record !== undefined);
      return records.sort((a, b) => compareText(b.updatedAt, a.updatedAt))[0];
    }),
  );
}

/**
 * Every valid saved job with its section texts and raw posting, newest first. An invalid
 * or incomplete record is skipped, never breaks the list. Reads every posting: for a list
 * on screen use listJobSummaries.
 */
export async function listJobs(db: JobDb): Promise<SavedJob[]> {
  return withStorageErrors(() =>
    db.transaction('r', db.jobs, db.postings, async () => {
      // The whole table, not the savedAt index: a row missing savedAt would be absent from the
      // index and vanish without the warning the parse gives.
      const [rows, postings] = await Promise.all([db.jobs.toArray(), db.postings.toArray()]);
      const postingById = new Map<string, PostingRow>();
      for (const posting of postings) postingById.set(posting.id, posting);
      const records = rows.map((row) => readJobRows(row, postingById.get(row.id))).filter((record) => record !== undefined);
      return records.sort(newestFirst);
    }),
  );
}

/**
 * Every valid saved job without its heavy parts, newest first: what lists, filters, scores
 * and comparisons read. One read of the `jobs` table only, so 10,000 jobs stay fast. An
 * invalid row is skipped with a warning naming it; an incomplete record (posting row lost)
 * is listed, so the user can see and delete it.
 */
export async function listJobSummaries(db: JobDb): Promise<JobSummary[]> {
  return withStorageErrors(async () => {
    const rows = await db.jobs.toArray();
    const previous = checkedRows.get(db);
    const checked = new Map<unknown, CheckedRow>();
    const summaries: JobSummary[] = [];
    for (const row of rows) {
      const id = (row as { id?: unknown }).id;
      const before = previous?.get(id);
      const summary = before && deepEqual(before.row, row) ? before.summary : readJobSummary(row);
      checked.set(id, { row, summary });
      if (summary !== undefined) summaries.push(summary);
    }
    checkedRows.set(db, checked);
    return summaries.sort(newestFirst);
  });
}

interface CheckedRow {
  row: unknown;
  /** undefined: the row is invalid (and was reported once). */
  summary: JobSummary | undefined;
}

/**
 * The rows the last listing read, by id, with their checked summaries. A live list reads
 * every row again after any change (a status set in the popup, a job saved in another
 * tab); a row equal to the one read last time gets the same summary back instead of being
 * checked again, and the summary keeps its identity, so the list's row built from it is
 * reused too (job-list.ts). With 10,000 saved jobs, the work after one status change went
 * from about 650 ms to about 250 (most of what is left is reading the rows).
 */
const checkedRows = new WeakMap<JobDb, Map<unknown, CheckedRow>>();


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
  return withStorageErrors(() =>
    db.transaction('rw', db.jobs, db.postings, async () => {
      const [row, posting] = await Promise.all([db.jobs.get(id), db.postings.get(id)]);
      const current = row === undefined ? undefined : readJobRows(row, posting);
      if (current === undefined) return undefined;
      const record = validForWrite({ ...current, ...userPatch });
      // The posting row is unchanged: only the summary holds the user's fields.
      await db.jobs.put(toJobRows(record).row);
      return record;
    }),
  );
}

export interface ReanalyzeResult {
  /** Records whose extracted fields were recomputed. */
  updated: number;
  /** Ids left as they were: invalid or incomplete stored records, or postings the extractors threw on. */
  skipped: string[];
}

export interface ReanalyzeOptions {
  /** Only records read by extractors older than this version; every record when absent. */
  olderThan?: number;
  /** Records read and written per transaction; the page stays responsive between batches. */
  batchSize?: number;
  /** After each batch: how many records were looked at, of how many. */
  onProgress?(done: number, total: number): void;
}

const REANALYZE_BATCH = 100;

/**
 * Re-runs the extractors over the stored raw postings (after an update improved them), in
 * batches, keeping each record's user fields and dates. A record the user changed while it
 * was being re-read keeps the change and its old fields; one that fails to re-read is left
 * as it was.
 */
export async function reanalyzeAll(
  db: JobDb,
  analyze: (raw: RawPosting) => Job,
  options: ReanalyzeOptions = {},
): Promise<ReanalyzeResult> {
  return withStorageErrors(async () => {
    const result: ReanalyzeResult = { updated: 0, skipped: [] };
    const ids = (await db.jobs.toCollection().primaryKeys()) as string[];
    const batchSize = Math.max(1, options.batchSize ?? REANALYZE_BATCH);
    for (let from = 0; from < ids.length; from += batchSize) {
      const batch = ids.slice(from, from + batchSize);
      await reanalyzeBatch(db, batch, analyze, options.olderThan, result);
      options.onProgress?.(Math.min(ids.length, from + batchSize), ids.length);
    }
    if (ids.length === 0) options.onProgress?.(0, 0);
    return result;
  });
}

async function reanalyzeBatch(
  db: JobDb,
  ids: readonly string[],
  analyze: (raw: RawPosting) => Job,
  olderThan: number | undefined,
  result: ReanalyzeResult,
): Promise<void> {
  const [rows, postings] = await db.transaction('r', db.jobs, db.postings, () =>
    Promise.all([db.jobs.bulkGet(ids as string[]), db.postings.bulkGet(ids as string[])]),
  );
  const analyzed: { before: SavedJob; job: Job }[] = [];
  // Analyse outside any transaction: it is slow, synchronous work, and IndexedDB commits a
  // transaction that has nothing pending.
  for (const [index, row] of rows.entries()) {
    if (row === undefined) continue; // deleted since the ids were read
    const before = readJobRows(row, postings[index]);
    if (before === undefined) {
      result.skipped.push(String(row?.id));
      continue;
    }
    if (olderThan !== undefined && before.extractorVersion >= olderThan) continue;
    try {
      analyzed.push({ before, job: analyze(before.raw) });
    } catch (error) {
      console.warn(`[jobmark] re-analysis of saved job ${before.id} failed; kept as it was`, error);
      result.skipped.push(before.id);
    }
  }
  if (analyzed.length === 0) return;
  await db.transaction('rw', db.jobs, db.postings, async () => {
    for (const { before, job } of analyzed) {
      // Re-read inside the transaction: the user may have edited a note meanwhile.
      const [row, posting] = await Promise.all([db.jobs.get(before.id), db.postings.get(before.id)]);
      const current = row === undefined ? undefined : readJobRows(row, posting);
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
        result.skipped.push(current.id);
        continue;
      }
      if (moveTo !== current.id) await Promise.all([db.jobs.delete(current.id), db.postings.delete(current.id)]);
      await putRecord(db, record.data);
      result.updated++;
    }
  });
}

/** How a record from elsewhere combines with the stored record of the same id (undefined: none). */
export type JobMerge = (stored: SavedJob | undefined, incoming: SavedJob) => SavedJob;

export interface MergeJobsResult {
  /** Ids that were not stored (or whose stored row was corrupt, so not listed). */
  added: number;
  /** Stored records the merge changed. */
  updated: number;
  /** Stored records the merge left exactly as they were; these are not rewritten. */
  unchanged: number;
}

/**
 * Writes records from elsewhere (an import), each combined by `merge` with the stored record
 * of the same id; a second incoming record with an id already seen merges into the first.
 * One transaction: an invalid incoming or merged record, an error thrown by `merge` or a full
 * disk writes nothing at all.
 *
 * An incomplete stored record (its posting row lost) is handed to `merge` with the incoming
 * posting and its own savedAt, status and note: the import repairs it and keeps what the user wrote.
 */
export async function mergeJobs(db: JobDb, incoming: readonly SavedJob[], merge: JobMerge): Promise<MergeJobsResult> {
  const records = incoming.map(validForWrite);
  return withStorageErrors(() =>
    db.transaction('rw', db.jobs, db.postings, async () => {
      const ids = [...new Set(records.map((record) => record.id))];
      const [rows, postings] = await Promise.all([db.jobs.bulkGet(ids), db.postings.bulkGet(ids)]);
      const stored = new Map<string, { summary: JobSummary; whole: SavedJob | undefined }>();
      ids.forEach((id, i) => {
        const summary = rows[i] === undefined ? undefined : readJobSummary(rows[i]);
        if (summary === undefined) return;
        const posting = readPostingRow(postings[i]);
        stored.set(id, { summary, whole: posting && { ...summary, sections: posting.sections, raw: posting.raw } });
      });

      const merged = new Map<string, SavedJob>();
      for (const record of records) {
        const before = stored.get(record.id);
        const base =
          merged.get(record.id) ??
          before?.whole ??
          (before && { ...record, savedAt: before.summary.savedAt, ...userFieldsOf(before.summary) });
        merged.set(record.id, validForWrite(merge(base, record)));
      }

      const result: MergeJobsResult = { added: 0, updated: 0, unchanged: 0 };
      const changed: SavedJob[] = [];
      for (const [id, record] of merged) {
        const before = stored.get(id);
        if (before === undefined) result.added++;
        else if (before.whole !== undefined && deepEqual(before.whole, record)) {
          result.unchanged++;
          continue;
        } else result.updated++;
        changed.push(record);
      }
      const split = changed.map(toJobRows);
      await Promise.all([db.jobs.bulkPut(split.map((r) => r.row)), db.postings.bulkPut(split.map((r) => r.posting))]);
      return result;
    }),
  );
}

/** Writes both rows of a record; the caller holds a rw transaction over both tables. */
async function putRecord(db: JobDb, record: SavedJob): Promise<void> {
  const { row, posting } = toJobRows(record);
  await Promise.all([db.jobs.put(row), db.postings.put(posting)]);
}

/**
 * Code-unit order, not localeCompare: savedAt/updatedAt are ISO 8601 (which sorts as text),
 * and collation costs too much on a 10,000-job list.
 */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Newest saved first; ties by id so the order is the same on every read. */
export function newestFirst(a: Pick<JobRow, 'savedAt' | 'id'>, b: Pick<JobRow, 'savedAt' | 'id'>): number {
  return compareText(b.savedAt, a.savedAt) || compareText(a.id, b.id);
}

/** The user's fields to carry over: USER_FIELDS drives it, so a field added there is kept too. */
function userFieldsOf(previous: UserFields | undefined): UserFields {
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
