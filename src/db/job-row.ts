import { JobSummary, SavedJob } from '../core';
import { canonicalJobUrl } from '../extract/job-id';
import { describeIssues } from './describe-issues';
import type { JobRow, PostingRow } from './job-db';

/** The heavy half of a record as stored in `postings`. */
const StoredPosting = SavedJob.pick({ id: true, sections: true, raw: true });

/** A SavedJob as its two rows: the summary lists read, and the posting only one job needs. */
export interface JobRows {
  row: JobRow;
  posting: PostingRow;
}

/**
 * The one place that splits a SavedJob into its rows and derives the index fields, so the
 * indexes can never disagree with the record they point at.
 */
export function toJobRows(record: SavedJob): JobRows {
  const { sections, raw, ...summary } = record;
  return {
    row: {
      ...summary,
      canonicalUrl: canonicalJobUrl(record.url) ?? canonicalJobUrl(raw.url),
      skillNames: [...new Set([...record.skills.required, ...record.skills.preferred])],
    },
    posting: { id: record.id, sections, raw },
  };
}

function idOf(row: unknown): string {
  return typeof row === 'object' && row !== null && 'id' in row ? String(row.id) : '(no id)';
}

/**
 * Parses a `jobs` row read back from IndexedDB. A row that is not a valid JobSummary
 * (written by a bug, an old build, or by hand in devtools) is skipped with a log line naming
 * it, never half-used. The derived index fields are dropped by the parse.
 */
export function readJobSummary(row: unknown): JobSummary | undefined {
  if (row === undefined) return undefined;
  const parsed = JobSummary.safeParse(row);
  if (parsed.success) return parsed.data;
  console.warn(`[jobmark] skipped saved job ${idOf(row)}: the stored record is invalid (${describeIssues(parsed.error)})`);
  return undefined;
}

/** A `postings` row parsed, or undefined when it is missing or invalid (no warning: the caller decides). */
export function readPostingRow(posting: unknown): PostingRow | undefined {
  if (posting === undefined) return undefined;
  const parsed = StoredPosting.safeParse(posting);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Joins a `jobs` row and its `postings` row into the whole SavedJob. Both must be valid:
 * a summary whose posting is missing or invalid is still listed (listJobSummaries) — the
 * user sees it, can delete it, and saving the page again repairs it — but it is not a whole
 * record, so every reader of whole records skips it with a warning naming it.
 */
export function readJobRows(row: unknown, posting: unknown): SavedJob | undefined {
  const summary = readJobSummary(row);
  if (summary === undefined) return undefined;
  if (posting === undefined) {
    console.warn(
      `[jobmark] skipped saved job ${summary.id}: its posting text is missing (it is still listed; saving the posting again repairs it)`,
    );
    return undefined;
  }
  const parsed = StoredPosting.safeParse(posting);
  if (!parsed.success) {
    console.warn(
      `[jobmark] skipped saved job ${summary.id}: its stored posting text is invalid (${describeIssues(parsed.error)}; it is still listed; saving the posting again repairs it)`,
    );
    return undefined;
  }
  return { ...summary, sections: parsed.data.sections, raw: parsed.data.raw };
}
