import type { JobSummary, SavedJob } from '../core';
import { canonicalJobUrl } from '../extract/job-id';
import type { JobDb, PostingRow } from './job-db';
import { compareText, newestFirst } from './job-order';
import { readJobRows, readJobSummary } from './job-row';
import { withStorageErrors } from './storage-error';

/**
 * Whole records: a saved job is two rows with one id (job-db.ts), its summary in `jobs` and
 * its section texts and raw posting in `postings`, read together in one transaction. A row
 * that does not parse, or a summary whose posting row is missing (only a bug or a hand edit
 * causes it), is treated as absent with a warning naming it: never half-used. Lists read
 * summaries instead (job-summaries.ts).
 */

export async function getJob(db: JobDb, id: string): Promise<SavedJob | undefined> {
  return withStorageErrors(() =>
    db.transaction('r', db.jobs, db.postings, async () => {
      const [row, posting] = await Promise.all([db.jobs.get(id), db.postings.get(id)]);
      return row === undefined ? undefined : readJobRows(row, posting);
    }),
  );
}

/**
 * A saved job's summary alone (everything but its section texts and raw posting): what a
 * page's badge needs to say it is saved, what changed and whether it closed, in one read of
 * one table, with no posting text read and parsed on the badge's way.
 */
export async function getJobSummary(db: JobDb, id: string): Promise<JobSummary | undefined> {
  return withStorageErrors(async () => readJobSummary(await db.jobs.get(id)));
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
