/**
 * The database the extension opens; tests pass their own name so each gets a fresh one.
 * Apart from job-db.ts so that pages can name it without loading Dexie.
 */
export const JOB_DB_NAME = 'jobmark';
