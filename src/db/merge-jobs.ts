import type { JobSummary, SavedJob } from '../core';
import { deepEqual } from '../core/deep-equal';
import type { JobDb } from './job-db';
import { userFieldsOf, validForWrite } from './job-write-helpers';
import { readJobSummary, readPostingRow, toJobRows } from './job-row';
import { withStorageErrors } from './storage-error';

/**
 * Records from elsewhere (an import) merged into the stored ones: all or nothing, in one
 * transaction, and a record the merge leaves unchanged is not rewritten.
 */

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
