import { liveQuery } from 'dexie';
import type { JobSummary } from '../../src/core/saved-job';
import type { JobDb } from '../../src/db/job-db';
import { readJobSummary } from '../../src/db/job-row';
import { deleteJob, listJobSummaries, restoreJob, updateUserFields } from '../../src/db/jobs';
import { withStorageErrors } from '../../src/db/storage-error';
import type { JobsServices, JobsSnapshot } from '../../src/ui/popup/jobs-services';

export type JobsStore = Pick<JobsServices, 'watchJobs' | 'deleteJob' | 'restoreJob' | 'updateUserFields'>;

/**
 * The saved jobs as the popup and dashboard see them: the summaries (never the heavy
 * section texts), kept live with Dexie's liveQuery. Dexie 4 re-runs the query when the
 * table changes in this page, another extension page or the background's service worker,
 * so a job saved in another tab appears without a reload.
 *
 * Reading and checking 10,000 summaries takes longer than the popup's whole budget for its
 * first paint, so the newest `firstPage` jobs are read first through the savedAt index (a
 * few milliseconds) and delivered as an incomplete snapshot; the whole list follows.
 */
export function dexieJobsStore(db: JobDb, { firstPage = 100 }: { firstPage?: number } = {}): JobsStore {
  return {
    watchJobs(onJobs, onError) {
      let active = true;
      let subscription: { unsubscribe(): void } | null = null;
      const watchWhole = () => {
        if (!active) return;
        subscription = liveQuery(() => listJobSummaries(db)).subscribe({
          next: (jobs) => onJobs({ jobs, complete: true, total: jobs.length }),
          error: onError,
        });
      };
      // The caller has shown a first page already (lazy-jobs-store.ts): the whole list only.
      if (firstPage <= 0) {
        watchWhole();
        return () => {
          active = false;
          subscription?.unsubscribe();
        };
      }
      // The whole list is asked for only after the first page has arrived: IndexedDB then
      // answers the small query first, and the snapshots always come in that order.
      newestJobs(db, firstPage).then(
        (snapshot) => {
          if (active) onJobs(snapshot);
          watchWhole();
        },
        // Not reported here: the whole list's query meets the same failure and reports it.
        watchWhole,
      );
      return () => {
        active = false;
        subscription?.unsubscribe();
      };
    },
    deleteJob: (id) => deleteJob(db, id),
    async restoreJob(record) {
      await restoreJob(db, record);
    },
    async updateUserFields(id, patch) {
      const updated = await updateUserFields(db, id, patch);
      // The job was deleted elsewhere (another tab) while its note was being edited.
      if (updated === undefined) throw new Error('This job is no longer saved, so the change was not stored.');
    },
  };
}

/** The newest saved jobs and how many there are in all; complete when that is all of them. */
async function newestJobs(db: JobDb, limit: number): Promise<JobsSnapshot> {
  return withStorageErrors(() =>
    db.transaction('r', db.jobs, async () => {
      const [rows, total] = await Promise.all([db.jobs.orderBy('savedAt').reverse().limit(limit).toArray(), db.jobs.count()]);
      const jobs: JobSummary[] = [];
      for (const row of rows) {
        const summary = readJobSummary(row);
        if (summary !== undefined) jobs.push(summary);
      }
      return { jobs, complete: rows.length === total, total };
    }),
  );
}

/** Runs `task` once the browser has painted the next frame (at once where nothing paints). */
function afterNextPaint(task: () => void): void {
  if (typeof requestAnimationFrame !== 'function') {
    setTimeout(task, 0);
    return;
  }
  // rAF runs just before the paint; a task queued from there runs just after it.
  requestAnimationFrame(() => setTimeout(task, 0));
}
