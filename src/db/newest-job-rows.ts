/** The newest rows of the `jobs` table as stored, not yet checked, and how many there are. */
export interface NewestJobRows {
  /** Newest saved first, at most the limit asked for. Untrusted: check each before use. */
  rows: unknown[];
  /** How many jobs are saved in all. */
  total: number;
}

/**
 * The newest saved jobs' rows straight from IndexedDB, without Dexie and without checking
 * them: this module imports nothing, so a page can start the read before its own script
 * (Dexie, Zod, the UI) has even loaded. newest-job-summaries.ts checks the rows. It reads
 * the `jobs` table through its `savedAt` index, as every schema version since the first
 * has it.
 *
 * Undefined — the caller then reads through Dexie — when there is no database yet (opening
 * it here must not create it: Dexie creates it with its schema) or it cannot be read.
 */
export function readNewestJobRows(dbName: string, limit: number): Promise<NewestJobRows | undefined> {
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
          resolve({ rows, total: count.result });
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
