import type { JobSummary } from '../core/saved-job';
import { readJobSummary } from './job-row';

export interface NewestJobSummaries {
  /** Newest saved first, at most `limit`; each row checked like every other read. */
  jobs: JobSummary[];
  /** How many jobs are saved in all. */
  total: number;
}

/**
 * The newest saved jobs straight from IndexedDB, without Dexie: the popup paints its first
 * rows from this while Dexie (about 100 kB of script) is still loading. It reads the `jobs`
 * table through its `savedAt` index, as every schema version since the first has it.
 *
 * Undefined — the caller then reads through Dexie — when there is no database yet (opening
 * it here must not create it: Dexie creates it with its schema) or it cannot be read.
 */
export function readNewestJobSummaries(dbName: string, limit: number): Promise<NewestJobSummaries | undefined> {
  return new Promise((resolve) => {
    let open: IDBOpenDBRequest;
    try {
      open = indexedDB.open(dbName);
    } catch {
      return resolve(undefined);
    }
    open.onupgradeneeded = () => {
      // No such database: leave it uncreated.
      open.transaction?.abort();
    };
    open.onerror = () => resolve(undefined);
    open.onblocked = () => resolve(undefined);
    open.onsuccess = () => {
      const db = open.result;
      try {
        if (!db.objectStoreNames.contains('jobs')) {
          db.close();
          return resolve(undefined);
        }
        const tx = db.transaction('jobs', 'readonly');
        const store = tx.objectStore('jobs');
        const rows: unknown[] = [];
        const count = store.count();
        readNewest(store.index('savedAt'), limit, rows);
        tx.oncomplete = () => {
          db.close();
          const jobs = rows.map(readJobSummary).filter((job) => job !== undefined);
          resolve({ jobs, total: count.result });
        };
        tx.onerror = tx.onabort = () => {
          db.close();
          resolve(undefined);
        };
      } catch {
        db.close();
        resolve(undefined);
      }
    };
  });
}

/**
 * The last `limit` rows of an index, newest first, into `rows`. Where the browser takes
 * getAll's options (with getAllRecords, Chromium 141+), one request; elsewhere a cursor,
 * one round trip per row.
 */
function readNewest(index: IDBIndex, limit: number, rows: unknown[]): void {
  if ('getAllRecords' in index) {
    const getAll = index.getAll as unknown as (options: { count: number; direction: IDBCursorDirection }) => IDBRequest<unknown[]>;
    const request = getAll.call(index, { count: limit, direction: 'prev' });
    request.onsuccess = () => rows.push(...request.result);
    return;
  }
  const cursor = index.openCursor(null, 'prev');
  cursor.onsuccess = () => {
    const at = cursor.result;
    if (!at || rows.length >= limit) return;
    rows.push(at.value);
    at.continue();
  };
}
