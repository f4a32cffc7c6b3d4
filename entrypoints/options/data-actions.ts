import { applyImport, buildExport, exportFileName, exportToJson, jobsToCsv, parseImport } from '../../src/data';
import type { JobDb } from '../../src/db/job-db';
import { listJobSummaries } from '../../src/db/job-summaries';
import { deleteAllJobs } from '../../src/db/job-writes';
import { describeImportSummary } from '../../src/ui/options/describe-import-summary';
import { downloadFile } from '../../src/ui/options/download-file';

/**
 * What the "Your data" section does, wired to the database and the page. Every failure
 * (ImportError, StorageError) reaches the section, which shows it in full.
 */
export function dataActions(db: JobDb) {
  return {
    /** Everything (jobs, profile, settings) as the versioned JSON file; resolves to its name. */
    async exportJson(doc: Document, now: Date): Promise<string> {
      const name = exportFileName(now, 'json');
      downloadFile(doc, { name, type: 'application/json', text: exportToJson(await buildExport(db, now)) });
      return name;
    },
    /** The saved jobs as CSV, newest first; resolves to the file's name. */
    async exportCsv(doc: Document, now: Date): Promise<string> {
      const name = exportFileName(now, 'csv');
      // A byte-order mark, or Excel reads the UTF-8 as the local code page and mangles "Zürich".
      const text = `\uFEFF${jobsToCsv(await listJobSummaries(db))}`;
      downloadFile(doc, { name, type: 'text/csv;charset=utf-8', text });
      return name;
    },
    /** Checks the whole file, then merges it; resolves to what changed, in words. */
    async importText(text: string): Promise<string> {
      return describeImportSummary(await applyImport(db, parseImport(text)));
    },
    deleteAll: (): Promise<number> => deleteAllJobs(db),
  };
}
