import type { JobRow } from './job-db';

/** The one order lists and look-ups agree on: newest saved first. */

/**
 * Code-unit order, not localeCompare: savedAt/updatedAt are ISO 8601 (which sorts as text),
 * and collation costs too much on a 10,000-job list.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Newest saved first; ties by id so the order is the same on every read. */
export function newestFirst(a: Pick<JobRow, 'savedAt' | 'id'>, b: Pick<JobRow, 'savedAt' | 'id'>): number {
  return compareText(b.savedAt, a.savedAt) || compareText(a.id, b.id);
}
