import type { Worker } from 'playwright-core';

/**
 * Where the helpers run their code: Chromium's service worker (Playwright), or in Firefox
 * an extension page (Puppeteer), which has no background target but shares its origin.
 */
export interface ExtensionContext {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}
type Target = Worker | ExtensionContext;
const run = <R, A>(target: Target, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> => (target as ExtensionContext).evaluate(fn, arg);
import type { Profile } from '../../../src/core/profile';
import type { SavedJob } from '../../../src/core/saved-job';
import { toJobRows } from '../../../src/db/job-row';

/**
 * Every saved job in the extension's IndexedDB, read raw inside its service worker: each
 * `jobs` row joined with its `postings` row (the section texts and the raw posting).
 */
export function readSavedJobs(serviceWorker: Target): Promise<Record<string, unknown>[]> {
  return run(
    serviceWorker,
    () =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('jobmark');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('jobs')) return resolve([]);
          const stores = ['jobs', 'postings'].filter((name) => db.objectStoreNames.contains(name));
          const tx = db.transaction(stores);
          const jobs = tx.objectStore('jobs').getAll();
          const postings = stores.includes('postings') ? tx.objectStore('postings').getAll() : null;
          tx.oncomplete = () => {
            const byId = new Map((postings?.result ?? []).map((p: { id: string }) => [p.id, p]));
            resolve((jobs.result as Record<string, unknown>[]).map((row) => ({ ...row, ...byId.get(row.id as string) })));
            db.close();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    undefined,
  );
}

/**
 * Writes saved jobs straight into the extension's database, as the extension's own code
 * lays them out (toJobRows), in one transaction per batch — for benchmarks that need
 * thousands. The database must exist already: open an extension page that uses it first.
 */
export async function seedSavedJobs(serviceWorker: Worker, records: readonly SavedJob[]): Promise<void> {
  const BATCH = 1_000;
  for (let start = 0; start < records.length; start += BATCH) {
    const rows = records.slice(start, start + BATCH).map(toJobRows);
    await serviceWorker.evaluate(
      (batch) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('jobmark');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(['jobs', 'postings'], 'readwrite');
            for (const { row, posting } of batch) {
              tx.objectStore('jobs').put(row);
              tx.objectStore('postings').put(posting);
            }
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      rows,
    );
  }
}

/** Writes the skill profile the way the options page does (browser.storage.local "profile"). */
export async function setProfile(serviceWorker: Worker, profile: Profile): Promise<void> {
  await serviceWorker.evaluate(
    (value) => (globalThis as unknown as ChromeStorage).chrome.storage.local.set({ profile: value }),
    profile,
  );
}

/** The one extension API the helper touches inside the service worker. */
interface ChromeStorage {
  chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };
}
