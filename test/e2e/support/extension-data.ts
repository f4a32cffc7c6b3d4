import type { Worker } from 'playwright-core';
import type { Profile } from '../../../src/core/profile';

/** Every record in the extension's IndexedDB `jobs` table, read raw inside its service worker. */
export function readSavedJobs(serviceWorker: Worker): Promise<Record<string, unknown>[]> {
  return serviceWorker.evaluate(
    () =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('jobmark');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('jobs')) return resolve([]);
          const all = db.transaction('jobs').objectStore('jobs').getAll();
          all.onsuccess = () => {
            resolve(all.result as Record<string, unknown>[]);
            db.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
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
