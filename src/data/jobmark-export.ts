import { z } from 'zod';
import { CurrencyRates } from '../compare/currency-rates';
import { Profile, SavedJob } from '../core';
import { BadgeCorner } from '../settings/display-settings';
import { DisabledSites } from '../settings/site-settings';

/** What the first field of every export says, so a stray JSON file is told apart at once. */
export const EXPORT_FORMAT = 'jobmark-export';

/**
 * The export format this build writes and reads. Bump it only when an older Jobmark could
 * not read the new files correctly, and teach parseImport to read every older version.
 */
export const EXPORT_VERSION = 1;

/** The settings an export carries: everything the user chose, nothing derived. */
export const ExportSettings = z.object({
  disabledSites: DisabledSites,
  highlightsEnabled: z.boolean(),
  badgeCollapsed: z.boolean(),
  badgeCorner: BadgeCorner,
  currencyRates: CurrencyRates,
});
export type ExportSettings = z.infer<typeof ExportSettings>;

/**
 * A Jobmark export file: every saved job (whole, with its raw posting so a re-import can be
 * re-analysed), the skill profile and the settings. Parsing it drops unknown keys, so a file
 * written by hand or by a future minor change cannot smuggle anything into storage.
 */
export const JobmarkExport = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  /** When the file was written, ISO 8601. */
  exportedAt: z.iso.datetime({ offset: true }),
  profile: Profile,
  settings: ExportSettings,
  jobs: z.array(SavedJob),
});
export type JobmarkExport = z.infer<typeof JobmarkExport>;

/** What an import changed, for the message shown after it. */
export interface ImportSummary {
  jobsAdded: number;
  jobsUpdated: number;
  jobsUnchanged: number;
  profileChanged: boolean;
  settingsChanged: boolean;
}
