import { liveQuery } from 'dexie';
import type { JobDb } from '../../src/db/job-db';
import { deleteJob, listJobSummaries, restoreJob, updateUserFields } from '../../src/db/jobs';
import type { JobsServices } from '../../src/ui/popup/jobs-services';

export type JobsStore = Pick<JobsServices, 'watchJobs' | 'deleteJob' | 'restoreJob' | 'updateUserFields'>;

/**
 * The saved jobs as the popup and dashboard see them: the summaries (never the heavy
 * section texts), kept live with Dexie's liveQuery. Dexie 4 re-runs the query when the
 * table changes in this page, another extension page or the background's service worker,
 * so a job saved in another tab appears without a reload. Always the whole list: the first
 * rows to paint come before Dexie has even loaded (lazy-jobs-store.ts).
 */
export function dexieJobsStore(db: JobDb): JobsStore {
  return {
    watchJobs(onJobs, onError) {
      const subscription = liveQuery(() => listJobSummaries(db)).subscribe({
        next: (jobs) => onJobs({ jobs, complete: true, total: jobs.length }),
        error: onError,
      });
      return () => subscription.unsubscribe();
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
