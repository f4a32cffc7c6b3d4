import type { ImportSummary } from '../../data/jobmark-export';

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/**
 * What an import changed, in one sentence: "3 jobs added, 1 updated, 8 already up to date;
 * profile and settings replaced." Every part that applies is named, so a file that changed
 * nothing says so rather than looking like a failure.
 */
export function describeImportSummary(summary: ImportSummary): string {
  const { jobsAdded, jobsUpdated, jobsUnchanged } = summary;
  const jobParts: string[] = [];
  if (jobsAdded > 0) jobParts.push(`${count(jobsAdded, 'job', 'jobs')} added`);
  if (jobsUpdated > 0) jobParts.push(`${jobParts.length ? jobsUpdated.toLocaleString('en-US') : count(jobsUpdated, 'job', 'jobs')} updated`);
  if (jobsUnchanged > 0) {
    jobParts.push(`${jobParts.length ? jobsUnchanged.toLocaleString('en-US') : count(jobsUnchanged, 'job', 'jobs')} already up to date`);
  }
  const jobs = jobParts.length > 0 ? jobParts.join(', ') : 'no jobs in the file';

  const replaced = [summary.profileChanged && 'profile', summary.settingsChanged && 'settings'].filter(Boolean);
  const rest = replaced.length > 0 ? `${replaced.join(' and ')} updated from the file` : 'profile and settings unchanged';
  return `${jobs}; ${rest}.`;
}
