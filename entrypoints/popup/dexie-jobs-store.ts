import type { JobDb } from '../../src/db/job-db';
import { deleteJob, restoreJob, updateUserFields } from '../../src/db/job-writes';
import { watchJobSummaries, type JobSummariesWatch } from '../../src/db/watch-job-summaries';
import type { JobsServices } from '../../src/ui/popup/jobs-services';

export type JobsStore = Pick<JobsServices, 'watchJobs' | 'deleteJob' | 'restoreJob' | 'updateUserFields'>;

/**
 * The saved jobs as the popup and dashboard see them: the summaries (never the heavy
 * section texts), kept live (watch-job-summaries.ts): a change in this page, another
 * extension page or the background re-reads only the jobs it touched, so a job saved in
 * another tab appears without a reload and a status change reads one row. A status or note
 * written here shows before it is stored (preview) and goes back if storing fails. Always
 * the whole list: the first rows to paint come before Dexie has even loaded
 * (lazy-jobs-store.ts).
 */
export function dexieJobsStore(db: JobDb): JobsStore {
  const watches = new Set<JobSummariesWatch>();
  return {
    watchJobs(onJobs, onError) {
      const watch = watchJobSummaries(db, (jobs) => onJobs({ jobs, complete: true, total: jobs.length }), onError);
      watches.add(watch);
      return () => {
        watches.delete(watch);
        watch.stop();
      };
    },
    deleteJob: (id) => deleteJob(db, id),
    async restoreJob(record) {
      await restoreJob(db, record);
    },
    async updateUserFields(id, patch) {
      for (const watch of watches) watch.preview(id, patch);
      try {
        const updated = await updateUserFields(db, id, patch);
        // The job was deleted elsewhere (another tab) while its note was being edited.
        if (updated === undefined) throw new Error('This job is no longer saved, so the change was not stored.');
      } catch (error) {
        for (const watch of watches) watch.reread(id);
        throw error;
      }
    },
  };
}
