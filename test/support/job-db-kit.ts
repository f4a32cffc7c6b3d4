import type { DBCore } from 'dexie';
import { JobDb } from '../../src/db/job-db';
import type { JobRows } from '../../src/db/job-row';

/** Databases for the src/db tests, each with its own name; close them with closeJobDbs in afterEach. */
const opened: JobDb[] = [];
let dbCount = 0;

export function freshJobDb(): JobDb {
  const db = new JobDb(`jobs-test-${++dbCount}-${Math.random().toString(36).slice(2)}`);
  opened.push(db);
  return db;
}

export function closeJobDbs(): void {
  for (const db of opened.splice(0)) db.close();
}

/** Writes rows as they are, bypassing src/db's writers: how a bug or a hand edit leaves them. */
export async function putRows(db: JobDb, rows: JobRows[]): Promise<void> {
  await db.jobs.bulkPut(rows.map((r) => r.row));
  await db.postings.bulkPut(rows.map((r) => r.posting));
}

/** Counts the read requests each table receives ("jobs.query": 1), from now on. */
export function countRequests(db: JobDb): Map<string, number> {
  const counts = new Map<string, number>();
  db.use({
    stack: 'dbcore',
    name: 'count-requests',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName);
        const count = (kind: string) => counts.set(`${tableName}.${kind}`, (counts.get(`${tableName}.${kind}`) ?? 0) + 1);
        return {
          ...table,
          get: (req) => (count('get'), table.get(req)),
          getMany: (req) => (count('getMany'), table.getMany(req)),
          query: (req) => (count('query'), table.query(req)),
          openCursor: (req) => (count('openCursor'), table.openCursor(req)),
          count: (req) => (count('count'), table.count(req)),
        };
      },
    }),
  });
  return counts;
}
