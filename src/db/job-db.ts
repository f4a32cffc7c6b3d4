import { Dexie, type Table } from 'dexie';
import { descriptionSketch } from '../compare/description-sketch';
import type { JobSummary, SavedJob } from '../core';

export { JOB_DB_NAME } from './job-db-name';

/**
 * What one row of the `jobs` table holds: a JobSummary (a SavedJob without its heavy
 * section texts and raw posting, which live in `postings`) plus fields derived from it only
 * so IndexedDB can index them. They are computed in one place (`toJobRows` in job-row.ts)
 * and dropped again on read, when the row is parsed back.
 */
export interface JobRow extends JobSummary {
  /** The posting's canonical URL, so a later visit through a tracking link finds it. */
  canonicalUrl: string | null;
  /** Required + preferred skill names, indexed multiEntry: "every saved job asking for Go". */
  skillNames: string[];
}

/**
 * The heavy half of a saved job, keyed by the same id as its `jobs` row: the section texts
 * (shown when one job is opened) and the raw posting (kept for re-analysis). Lists never
 * read this table, which is what lets the popup show 10,000 jobs quickly.
 */
export type PostingRow = Pick<SavedJob, 'id' | 'sections' | 'raw'>;

/** Rows moved per step of the v2 upgrade: bounds memory on a large v1 database. */
const UPGRADE_CHUNK = 500;

/**
 * The saved-jobs database. It lives in the extension's origin: only the background and
 * extension pages open it; content scripts send messages instead.
 *
 * Versions are append-only. To change the schema add a step below, never edit one that
 * has shipped:
 *
 *   this.version(3).stores({ jobs: '…new indexes…' }).upgrade((tx) =>
 *     tx.table('jobs').toCollection().modify((row) => { … }));
 *
 * and extend job-db.test.ts with rows written by the previous version.
 */
export class JobDb extends Dexie {
  jobs!: Table<JobRow, string>;
  postings!: Table<PostingRow, string>;

  constructor(name: string) {
    // 'immutable': inside a live query Dexie freezes the rows it reads rather than deep-cloning
    // its whole cached result after every change (its default, 'cloned'): with 10,000 saved
    // jobs that clone alone took about 80 ms per change. Nothing mutates a row read inside a
    // live query (listJobSummaries only checks and copies).
    super(name, { cache: 'immutable' });
    // v1. Indexed: canonical URL (lookup on later visits), company, savedAt (newest first),
    // status (the pipeline view) and every skill name (multiEntry, "*").
    this.version(1).stores({
      jobs: 'id, canonicalUrl, company, savedAt, status, *skillNames',
    });
    // v2. A v1 row carried its section texts and raw posting (10 kB and more), so listing
    // 10,000 jobs read 100 MB. They move to `postings`; `jobs` keeps the summary and the
    // same indexes. One upgrade transaction: it moves every row or, failing, none.
    this.version(2)
      .stores({
        jobs: 'id, canonicalUrl, company, savedAt, status, *skillNames',
        postings: 'id',
      })
      .upgrade(async (tx) => {
        const jobs = tx.table('jobs');
        const postings = tx.table('postings');
        const ids = (await jobs.toCollection().primaryKeys()) as string[];
        for (let start = 0; start < ids.length; start += UPGRADE_CHUNK) {
          const rows = (await jobs.bulkGet(ids.slice(start, start + UPGRADE_CHUNK))) as (Record<string, unknown> | undefined)[];
          const moved: Record<string, unknown>[] = [];
          const kept: Record<string, unknown>[] = [];
          for (const row of rows) {
            if (row === undefined) continue;
            const { sections, raw, ...summary } = row;
            // A row that had neither (written by a bug or by hand) gets no posting row; it is
            // then listed but cannot be opened, and a warning names it on read.
            if (sections !== undefined || raw !== undefined) moved.push({ id: row.id, sections, raw });
            kept.push(summary);
          }
          await postings.bulkPut(moved);
          await jobs.bulkPut(kept);
        }
      });
    // v3. Same indexes. Each summary gains its description sketch (for "the same job on two
    // sites"), derived from its posting's sections as every write derives it; a summary whose
    // posting is lost gets none and is repaired by the next save.
    this.version(3)
      .stores({
        jobs: 'id, canonicalUrl, company, savedAt, status, *skillNames',
        postings: 'id',
      })
      .upgrade(async (tx) => {
        const jobs = tx.table('jobs');
        const postings = tx.table('postings');
        const ids = (await jobs.toCollection().primaryKeys()) as string[];
        for (let start = 0; start < ids.length; start += UPGRADE_CHUNK) {
          const chunk = ids.slice(start, start + UPGRADE_CHUNK);
          const [rows, stored] = await Promise.all([jobs.bulkGet(chunk), postings.bulkGet(chunk)]);
          const updated: Record<string, unknown>[] = [];
          rows.forEach((row: Record<string, unknown> | undefined, i) => {
            if (row === undefined) return;
            const sections = (stored[i] as { sections?: unknown } | undefined)?.sections;
            const sketch = Array.isArray(sections) ? descriptionSketch(sections.filter(hasText)) : '';
            updated.push({ ...row, descriptionSketch: sketch });
          });
          await jobs.bulkPut(updated);
        }
      });
  }
}

function hasText(section: unknown): section is { text: string } {
  return typeof section === 'object' && section !== null && typeof (section as { text?: unknown }).text === 'string';
}
