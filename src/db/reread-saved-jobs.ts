import { EXTRACTOR_VERSION } from '../extract/extractor-version';
import { normalizeJob } from '../extract/normalize-job';
import type { JobDb } from './job-db';
import { reanalyzeAll, type ReanalyzeResult } from './reanalyze-jobs';

export interface RereadOptions {
  /** The clock the extractors check posting dates against. */
  now: Date;
  /** Every saved job (the dashboard's button), not only those read by older extractors. */
  all?: boolean;
  onProgress?(done: number, total: number): void;
}

/**
 * Reads saved jobs again from their stored raw postings with today's extractors, in
 * batches, keeping status, note and dates: after an update (only jobs an older version
 * read) or when the user asks (all of them). Imported on demand: it brings the whole
 * extraction core, which the popup's first paint does without.
 */
export function rereadSavedJobs(db: JobDb, options: RereadOptions): Promise<ReanalyzeResult> {
  return reanalyzeAll(db, (raw) => normalizeJob(raw, { now: options.now }), {
    olderThan: options.all ? undefined : EXTRACTOR_VERSION,
    onProgress: options.onProgress,
  });
}
