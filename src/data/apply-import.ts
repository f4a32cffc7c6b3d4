import { Profile } from '../core';
import { deepEqual } from '../core/deep-equal';
import type { JobDb } from '../db/job-db';
import { mergeJobs } from '../db/merge-jobs';
import { getProfile, setProfile } from '../settings';
import { describeImportIssues } from './describe-import-issues';
import { mergeSettings, readExportSettings, writeSettingsChanges } from './export-settings';
import { ImportError } from './import-error';
import { JobmarkExport, type ImportSummary } from './jobmark-export';
import { mergeJob } from './merge-job';
import { mergeProfile } from './merge-profile';

/**
 * Merges an export into what is stored, without duplicates and losing nothing the user
 * wrote (merge-job.ts, merge-profile.ts, export-settings.ts hold the rules).
 *
 * Everything that can be checked is checked before anything is written: the data against
 * the schema again (a caller may have built it by hand), the merged profile, every merged
 * job. The jobs are then written in one transaction — all or none — and only after it
 * committed the profile and the settings, so a failure (ImportError, StorageError) leaves
 * the saved jobs, the profile and the settings as they were.
 */
export async function applyImport(db: JobDb, data: JobmarkExport): Promise<ImportSummary> {
  const parsed = JobmarkExport.safeParse(data);
  if (!parsed.success) {
    const problems = describeImportIssues(parsed.error, data);
    throw new ImportError(`Nothing was imported: the data is not a valid Jobmark export (${problems.slice(0, 3).join('; ')}).`, problems);
  }
  const incoming = parsed.data;

  const [storedProfile, storedSettings] = await Promise.all([getProfile(), readExportSettings()]);
  const profile = mergeProfile(storedProfile, incoming.profile);
  const profileCheck = Profile.safeParse(profile);
  if (!profileCheck.success) {
    throw new ImportError(
      `Nothing was imported: your profile and the file’s together are too large (${describeImportIssues(profileCheck.error, profile).join('; ')}).`,
    );
  }
  const settings = mergeSettings(storedSettings, incoming.settings);

  const jobs = await mergeJobs(db, incoming.jobs, mergeJob);
  const profileChanged = !deepEqual(storedProfile, profileCheck.data);
  if (profileChanged) await setProfile(profileCheck.data);
  const settingsChanged = await writeSettingsChanges(storedSettings, settings);
  return { jobsAdded: jobs.added, jobsUpdated: jobs.updated, jobsUnchanged: jobs.unchanged, profileChanged, settingsChanged };
}
