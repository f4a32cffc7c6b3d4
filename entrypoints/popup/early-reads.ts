// The browser's own promise-based API, not webextension-polyfill: this module runs as the
// page's first, classic script (entrypoints/early-reads.ts), which must stay tiny.
import { browser } from '@wxt-dev/browser';
import { JOB_DB_NAME } from '../../src/db/job-db-name';
import { readNewestJobRows, type NewestJobRows } from '../../src/db/newest-job-rows';
import { CURRENCY_RATES_SETTING, PROFILE_SETTING } from '../../src/settings/setting-names';
import { FIRST_PAINT_ROWS } from '../../src/ui/popup/first-page';

/** The settings the jobs app needs for its first paint. */
const FIRST_PAINT_SETTINGS = [PROFILE_SETTING, CURRENCY_RATES_SETTING];

/**
 * What the popup and the dashboard start reading in their first script, a small classic one
 * that runs while the HTML is still being parsed, before the app's own script (Preact,
 * Zod, the UI: most of the page's code) has loaded: reading and loading overlap instead of
 * following each other. Everything here is raw and unchecked; the app checks it as it
 * checks every read.
 */
export interface EarlyReads {
  /** The newest saved jobs' rows, for the first paint (undefined: no database yet). */
  newestJobs: Promise<NewestJobRows | undefined>;
  /**
   * What storage held for a first-paint setting at startup, the first time it is asked for.
   * Undefined (read it afresh) when asked again, for another setting, or when the setting
   * has changed since: a change made before the app's watchers were listening is not lost.
   */
  takeSetting(name: string): Promise<unknown> | undefined;
}

declare global {
  // Handed from the classic script in the page's <head> to the app's module script.
  var jobmarkEarlyReads: EarlyReads | undefined;
}

/** Starts the reads and leaves them for takeEarlyReads (the page's first, classic script). */
export function publishEarlyReads(): void {
  globalThis.jobmarkEarlyReads = startEarlyReads();
}

/**
 * The reads the page's first script started; started here when it did not run (the
 * module script then only loses the head start).
 */
export function takeEarlyReads(): EarlyReads {
  const early = globalThis.jobmarkEarlyReads ?? startEarlyReads();
  globalThis.jobmarkEarlyReads = undefined;
  return early;
}

export function startEarlyReads(dbName: string = JOB_DB_NAME): EarlyReads {
  const newestJobs = readNewestJobRows(dbName, FIRST_PAINT_ROWS);
  const stale = new Set<string>();
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local') for (const name of Object.keys(changes)) stale.add(name);
  };
  browser.storage.onChanged.addListener(onChanged);
  const stored = browser.storage.local.get(FIRST_PAINT_SETTINGS);
  const pending = new Set<string>(FIRST_PAINT_SETTINGS);
  return {
    newestJobs,
    takeSetting(name) {
      if (!pending.delete(name) || stale.has(name)) return undefined;
      // Once both are taken, their changes are the app's watchers' business.
      if (pending.size === 0) browser.storage.onChanged.removeListener(onChanged);
      return stored.then((values) => values[name]);
    },
  };
}
