/** The newest rows of the `jobs` table as stored, not yet checked, and how many there are. */
export interface NewestJobRows {
  /** Newest saved first, at most the limit asked for. Untrusted: check each before use. */
  rows: unknown[];
  /**
   * How many jobs are saved in all, when the rows tell: fewer than the limit are all of
   * them. Null when there may be more: `count` answers then.
   */
  total: number | null;
  /** How many jobs are saved in all (undefined when counting failed). */
  count: Promise<number | undefined>;
}

/**
 * The newest saved jobs' rows straight from IndexedDB, without Dexie and without checking
 * them: this module imports nothing, so a page can start the read before its own script
 * (Dexie, Zod, the UI) has even loaded. newest-job-summaries.ts checks the rows. It reads
 * the `jobs` table through its `savedAt` index, as every schema version since the first
 * has it.
 *
 * The rows are answered as soon as they are read; the count follows. Chromium counts a
 * store by walking it: 30-140 ms for 10,000 saved jobs, while the newest rows take 2 ms,
 * so a first paint that waited for the count waited for nothing it shows.
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
      // Set by the executor, which runs at once.
      let answerCount!: (total: number | undefined) => void;
      const count = new Promise<number | undefined>((done) => (answerCount = done));
      try {
        if (!db.objectStoreNames.contains('jobs')) {
          db.close();
          return resolve(undefined);
        }
        const tx = db.transaction('jobs', 'readonly');
        const store = tx.objectStore('jobs');
        readNewest(store.index('savedAt'), limit, (rows) => {
          if (rows.length < limit) {
            answerCount(rows.length);
            return resolve({ rows, total: rows.length, count });
          }
          // Asked only now: a request queued in the same transaction runs after the ones
          // before it, and a count asked first held the rows back until it was done.
          const counted = store.count();
          counted.onsuccess = () => answerCount(counted.result);
          resolve({ rows, total: null, count });
        });
        tx.oncomplete = () => db.close();
        tx.onerror = tx.onabort = () => {
          db.close();
          answerCount(undefined);
          // Nothing, if the rows were already answered.
          resolve(undefined);
        };
      } catch {
        db.close();
        answerCount(undefined);
        resolve(undefined);
      }
    };
  });
}

/**
 * The last `limit` rows of an index, newest first, handed to `done`. Where the browser
 * takes getAll's options (with getAllRecords, Chromium 141+), one request; elsewhere a
 * cursor, one round trip per row.
 */
function readNewest(index: IDBIndex, limit: number, done: (rows: unknown[]) => void): void {
  if ('getAllRecords' in index) {
    const getAll = index.getAll as unknown as (options: { count: number; direction: IDBCursorDirection }) => IDBRequest<unknown[]>;
    const request = getAll.call(index, { count: limit, direction: 'prev' });
    request.onsuccess = () => done(request.result);
    return;
  }
  const rows: unknown[] = [];
  const cursor = index.openCursor(null, 'prev');
  cursor.onsuccess = () => {
    const at = cursor.result;
    if (at) rows.push(at.value);
    if (at && rows.length < limit) at.continue();
    else done(rows);
  };
}
