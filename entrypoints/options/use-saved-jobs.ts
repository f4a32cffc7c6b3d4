import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { JOB_DB_NAME, JobDb } from '../../src/db/job-db';
import { withStorageErrors } from '../../src/db/storage-error';

/**
 * The saved-jobs database for this page, opened once and closed with the page, and how many
 * jobs it holds, kept live (Dexie 4 re-runs the count when a job is saved or deleted in
 * another tab or the background). The count reads no record, so it stays cheap at 10,000;
 * a failure reaches `onError` as a StorageError the user can read.
 */
export function useSavedJobs(onError: (error: unknown) => void): { db: JobDb; jobCount: number | null } {
  const [db] = useState(() => new JobDb(JOB_DB_NAME));
  const [jobCount, setJobCount] = useState<number | null>(null);
  useEffect(() => {
    const subscription = liveQuery(() => withStorageErrors(() => db.jobs.count())).subscribe({ next: setJobCount, error: onError });
    return () => {
      subscription.unsubscribe();
      db.close();
    };
  }, [db]);
  return { db, jobCount };
}
