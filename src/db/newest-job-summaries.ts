import type { JobSummary } from '../core/saved-job';
import { readJobSummary } from './job-row';
import type { NewestJobRows } from './newest-job-rows';

export interface NewestJobSummaries {
  /** Newest saved first; each row checked like every other read. */
  jobs: JobSummary[];
  /** How many jobs are saved in all, when the rows tell (fewer than asked for); else null. */
  total: number | null;
  /** How many jobs are saved in all (undefined when counting failed). */
  count: Promise<number | undefined>;
}

/** The newest rows read by readNewestJobRows, checked: a corrupt row is skipped with a warning. */
export function newestJobSummaries(newest: NewestJobRows | undefined): NewestJobSummaries | undefined {
  if (!newest) return undefined;
  return { jobs: newest.rows.map(readJobSummary).filter((job) => job !== undefined), total: newest.total, count: newest.count };
}
