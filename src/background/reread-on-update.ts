import type { JobDb } from '../db/job-db';
import type { ReanalyzeResult } from '../db/reanalyze-jobs';

/**
 * After the extension updates, saved jobs that older extractors read are read again from
 * their raw postings, in the background, in batches (user fields kept). The re-reading
 * module, with the whole extraction core, loads only then. A failure is logged, never thrown
 * into the browser's event.
 */
export async function rereadAfterUpdate(
  details: { reason: string },
  db: JobDb,
  now: () => Date,
): Promise<ReanalyzeResult | null> {
  if (details.reason !== 'update') return null;
  try {
    const { rereadSavedJobs } = await import('../db/reread-saved-jobs');
    const result = await rereadSavedJobs(db, { now: now() });
    if (result.updated > 0 || result.skipped.length > 0) {
      console.info(`[jobmark] re-read ${result.updated} saved jobs after the update (${result.skipped.length} left as they were)`);
    }
    return result;
  } catch (error) {
    console.warn('[jobmark] re-reading saved jobs after the update failed; they keep their fields', error);
    return null;
  }
}
