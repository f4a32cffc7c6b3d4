import { SavedJob, type Job, type RawPosting } from '../core';
import { describeIssues } from './describe-issues';
import type { JobDb } from './job-db';
import { descriptionSketch } from '../compare/description-sketch';
import { putRecord, userFieldsOf } from './job-write-helpers';
import { readJobRows } from './job-row';
import { withStorageErrors } from './storage-error';

/**
 * Re-reading stored postings with newer extractors: only the extracted fields change; the
 * user's fields, dates and anything the user changed meanwhile are kept.
 */

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
        // A better reading of the same posting is no change of the posting.
        history: current.history,
        closed: current.closed,
        descriptionSketch: descriptionSketch(job.sections),
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
