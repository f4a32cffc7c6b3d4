import { fakeBrowser } from 'wxt/testing/fake-browser';
import { JobDb } from '../../src/db/job-db';
import { restoreJob } from '../../src/db/job-writes';
import { setProfile } from '../../src/settings';
import type { UserState } from './export-arbitraries';
import { readExportSettings, writeSettingsChanges } from '../../src/data/export-settings';

/**
 * Helpers for the src/data tests (test support only; nothing in the extension imports it):
 * databases that are closed after each test, and a user's state written the way the
 * extension writes it.
 */

const opened: JobDb[] = [];
let count = 0;

/** A fresh, empty JobDb with a name no other test uses. */
export function freshDb(prefix = 'data-test'): JobDb {
  const db = new JobDb(`${prefix}-${++count}-${Math.random().toString(36).slice(2)}`);
  opened.push(db);
  return db;
}

/** Call from afterEach. */
export function closeDbs(): void {
  for (const db of opened.splice(0)) db.close();
}

/** Stores jobs, profile and settings through the same functions the extension uses. */
export async function writeState(db: JobDb, state: UserState): Promise<void> {
  for (const job of state.jobs) await restoreJob(db, job);
  await setProfile(state.profile);
  // Only what differs from the defaults: an unedited shipped rate table is never stored.
  await writeSettingsChanges(await readExportSettings(), state.settings);
}

/** Everything an import could touch, to compare before and after. */
export async function snapshot(db: JobDb): Promise<unknown> {
  const [jobs, postings, storage] = await Promise.all([
    db.jobs.toArray(),
    db.postings.toArray(),
    fakeBrowser.storage.local.get(null),
  ]);
  return { jobs, postings, storage };
}
