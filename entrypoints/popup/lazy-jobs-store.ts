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
      dexieJobsStore(new JobDb(dbName)),
    ));

  return {
    watchJobs(onJobs, onError) {
      let active = true;
      let stop: (() => void) | null = null;
      const rows = early ?? readNewestJobRows(dbName, FIRST_PAINT_ROWS);
      early = undefined;
      // Once the live list has answered, a late count of the early read is old news.
      let live = false;
      rows
        .then((read) => {
          const newest = newestJobSummaries(read);
          if (active && newest) {
            const { jobs, total } = newest;
            onJobs({ jobs, total, complete: jobs.length === total });
            // The rows are painted without waiting for the count: it follows when it comes.
            if (total === null) {
              void newest.count.then((counted) => {
                if (active && !live && counted !== undefined) onJobs({ jobs, total: counted, complete: jobs.length === counted });
              });
            }
            // Dexie's script is evaluated only once those rows are painted and the page
            // has nothing more urgent to do.
            return afterPaintWhenIdle().then(store);
          }
          return store();
        })
        .then((loaded) => {
          if (!active) return;
          stop = loaded.watchJobs((snapshot) => {
            live = true;
            onJobs(snapshot);
          }, onError);
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

/** How long loading the rest may wait for the page to fall idle. */
const IDLE_WAIT_MS = 500;

/**
 * Resolves once the browser has painted the next frame and then has a moment with nothing
 * else to do (at once where nothing paints). Resolving right after the paint would let
 * Dexie's 100 kB be evaluated ahead of the page's own work after that paint (the rest of
 * the first page, the ready mark).
 */
function afterPaintWhenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function') return void setTimeout(resolve, 0);
    requestAnimationFrame(() => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: IDLE_WAIT_MS });
      else setTimeout(resolve, 0);
    });
  });
}
