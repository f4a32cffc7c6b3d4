import { Dexie, type Table } from 'dexie';
import type { SavedJob } from '../core';

/** The database the extension opens; tests pass their own name so each gets a fresh one. */
export const JOB_DB_NAME = 'jobmark';

/**
 * What one row of the `jobs` table holds: a SavedJob plus fields derived from it only so
 * IndexedDB can index them. They are computed in one place (`toJobRow` in job-row.ts) and
 * dropped again on read, when the row is parsed back into a SavedJob.
 */
export interface JobRow extends SavedJob {
  /** The posting's canonical URL, so a later visit through a tracking link finds it. */
  canonicalUrl: string | null;
  /** Required + preferred skill names, indexed multiEntry: "every saved job asking for Go". */
  skillNames: string[];
}

/**
 * The saved-jobs database. It lives in the extension's origin: only the background and
 * extension pages open it; content scripts send messages instead.
 *
 * Versions are append-only. To change the schema add a step below, never edit one that
 * has shipped:
 *
 *   this.version(2).stores({ jobs: '…new indexes…' }).upgrade((tx) =>
 *     tx.table('jobs').toCollection().modify((row) => { … }));
 *
 * and extend job-db.test.ts with a row written by the previous version.
 */
export class JobDb extends Dexie {
  jobs!: Table<JobRow, string>;

  constructor(name: string) {
    super(name);
    // v1. Indexed: canonical URL (lookup on later visits), company, savedAt (newest first),
    // status (the pipeline view) and every skill name (multiEntry, "*").
    this.version(1).stores({
      jobs: 'id, canonicalUrl, company, savedAt, status, *skillNames',
    });
  }
}
