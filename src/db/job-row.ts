import { SavedJob } from '../core';
import { canonicalJobUrl } from '../extract/job-id';
import { describeIssues } from './describe-issues';
import type { JobRow } from './job-db';

/**
 * The one place that derives a row's index fields from a SavedJob, so the indexes can never
 * disagree with the record they point at.
 */
export function toJobRow(record: SavedJob): JobRow {
  return {
    ...record,
    canonicalUrl: canonicalJobUrl(record.url) ?? canonicalJobUrl(record.raw.url),
    skillNames: [...new Set([...record.skills.required, ...record.skills.preferred])],
  };
}

/**
 * Parses a row read back from IndexedDB. A row that is not a valid SavedJob (written by a
 * bug, an old build, or by hand in devtools) is skipped with a log line naming it, never
 * half-used. The derived index fields are dropped by the parse.
 */
export function readJobRow(row: unknown): SavedJob | undefined {
  if (row === undefined) return undefined;
  const parsed = SavedJob.safeParse(row);
  if (parsed.success) return parsed.data;
  const id = typeof row === 'object' && row !== null && 'id' in row ? String(row.id) : '(no id)';
  console.warn(`[jobmark] skipped saved job ${id}: the stored record is invalid (${describeIssues(parsed.error)})`);
  return undefined;
}
