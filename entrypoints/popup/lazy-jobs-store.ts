import { JOB_DB_NAME } from '../../src/db/job-db-name';
import { readNewestJobRows, type NewestJobRows } from '../../src/db/newest-job-rows';
import { newestJobSummaries } from '../../src/db/newest-job-summaries';
import { FIRST_PAINT_ROWS } from '../../src/ui/popup/first-page';
import type { JobsStore } from './dexie-jobs-store';

/**
 * The saved jobs for the popup and the dashboard, with Dexie kept off the first paint: the
 * newest rows are read with plain IndexedDB (readNewestJobRows) and shown, and only then is
 * Dexie (about 100 kB of script) loaded for the live whole list and for every write. Where
 * there is no database yet, Dexie is loaded at once: it creates it with its schema.
 * `newestRows`, a read the page started early, stands in for the first watch's own read.
 */
export function lazyJobsStore(dbName: string = JOB_DB_NAME, newestRows?: Promise<NewestJobRows | undefined>): JobsStore {
  let early = newestRows;
  let loading: Promise<JobsStore> | null = null;
  const store = (): Promise<JobsStore> =>
    (loading ??= Promise.all([import('../../src/db/job-db'), import('./dexie-jobs-store')]).then(([{ JobDb }, { dexieJobsStore }]) =>
      dexieJobsStore(new JobDb(dbName), { firstPage: 0 }),
    ));

  return {
    watchJobs(onJobs, onError) {
      let active = true;
      let stop: (() => void) | null = null;
      const rows = early ?? readNewestJobRows(dbName, FIRST_PAINT_ROWS);
      early = undefined;
      rows
        .then((read) => {
          const newest = newestJobSummaries(read);
          if (active && newest) {
            onJobs({ jobs: newest.jobs, total: newest.total, complete: newest.jobs.length === newest.total });
            // Dexie's script is evaluated only once those rows are painted.
            return afterNextPaint().then(store);
          }
          return store();
        })
        .then((loaded) => {
          if (active) stop = loaded.watchJobs(onJobs, onError);
        })
        .catch(onError);
      return () => {
        active = false;
        stop?.();
      };
    },
    deleteJob: async (id) => (await store()).deleteJob(id),
    restoreJob: async (record) => (await store()).restoreJob(record),
    updateUserFields: async (id, patch) => (await store()).updateUserFields(id, patch),
  };
}

/** Resolves once the browser has painted the next frame (at once where nothing paints). */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function') return void setTimeout(resolve, 0);
    // rAF runs just before the paint; a task queued from there runs just after it.
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}
