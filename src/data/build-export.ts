import type { JobDb } from '../db/job-db';
import { listJobs } from '../db/job-reads';
import { getProfile } from '../settings';
import { readExportSettings } from './export-settings';
import { EXPORT_FORMAT, EXPORT_VERSION, JobmarkExport } from './jobmark-export';

/**
 * Everything the user has: every saved job whole (with its raw posting, so an import can be
 * re-analysed by a later Jobmark), the skill profile and the settings. An invalid stored
 * record cannot be exported; it is skipped with the warning every reader gives.
 */
export async function buildExport(db: JobDb, now: Date): Promise<JobmarkExport> {
  const [jobs, profile, settings] = await Promise.all([listJobs(db), getProfile(), readExportSettings()]);
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), profile, settings, jobs };
}

/**
 * The export as a file's text: indented for a person to read or diff, keys in the schema's
 * order (format and version first, the long job list last) and exchange rates by code, so
 * the same data always gives the same bytes.
 */
export function exportToJson(data: JobmarkExport): string {
  const ordered = JobmarkExport.parse(data);
  const { rates } = ordered.settings.currencyRates;
  ordered.settings.currencyRates.rates = Object.fromEntries(Object.entries(rates).sort(([a], [b]) => (a < b ? -1 : 1)));
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** `jobmark-2026-11-22.json`: the user's own calendar day, so backups sort by name. */
export function exportFileName(now: Date, kind: 'json' | 'csv'): string {
  const day = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
  return `jobmark-${day}.${kind}`;
}
