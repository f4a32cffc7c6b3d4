// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { JobDb } from '../../src/db/job-db';
import { fakeJob, fakeRaw } from '../../test/support/job-fixtures';
import { saveJob } from '../../src/db/job-writes';
import type { JobsSnapshot } from '../../src/ui/popup/jobs-services';
import { FIRST_PAINT_ROWS } from '../../src/ui/popup/first-page';
import { lazyJobsStore } from './lazy-jobs-store';
import { readNewestJobRows } from '../../src/db/newest-job-rows';

const opened: JobDb[] = [];
const stops: (() => void)[] = [];
let dbCount = 0;
afterEach(() => {
  stops.splice(0).forEach((stop) => stop());
  for (const db of opened.splice(0)) db.close();
});

async function dbWithJobs(count: number): Promise<string> {
  const name = `lazy-store-${++dbCount}`;
  const db = new JobDb(name);
  opened.push(db);
  for (let i = 0; i < count; i++) {
    const job = fakeJob({ id: `https://jobs.example.test/${i}`, url: `https://jobs.example.test/${i}`, title: `Synthetic Role ${i}` });
    await saveJob(db, { job, raw: fakeRaw({ url: job.url }) }, new Date(Date.UTC(2026, 0, 1, 0, i)));
  }
  return name;
}

function watch(name: string): JobsSnapshot[] {
  const seen: JobsSnapshot[] = [];
  stops.push(lazyJobsStore(name).watchJobs((snapshot) => seen.push(snapshot), (error) => expect.fail(String(error))));
  return seen;
}

describe('lazyJobsStore', () => {
  it('shows the newest jobs first, then how many there are, then the whole live list', async () => {
    const name = await dbWithJobs(FIRST_PAINT_ROWS + 5);
    const seen = watch(name);
    await vi.waitFor(() => expect(seen.some((snapshot) => snapshot.complete)).toBe(true));
    const [first, counted] = seen;
    // Painted without waiting for the count, which follows with the same rows.
    expect(first).toMatchObject({ complete: false, total: null });
    expect(counted).toMatchObject({ complete: false, total: FIRST_PAINT_ROWS + 5 });
    expect(counted!.jobs).toBe(first!.jobs);
    expect(first!.jobs).toHaveLength(FIRST_PAINT_ROWS);
    expect(first!.jobs[0]!.title).toBe(`Synthetic Role ${FIRST_PAINT_ROWS + 4}`);
    expect(seen.at(-1)!.jobs).toHaveLength(FIRST_PAINT_ROWS + 5);
  });

  it('paints first from the rows the page read early, then follows the whole live list', async () => {
    const name = await dbWithJobs(3);
    const early = readNewestJobRows(name, 1);
    const seen: JobsSnapshot[] = [];
    stops.push(lazyJobsStore(name, early).watchJobs((snapshot) => seen.push(snapshot), (error) => expect.fail(String(error))));
    await vi.waitFor(() => expect(seen.at(-1)?.complete).toBe(true));
    expect(seen[0]).toMatchObject({ complete: false, total: null, jobs: [{ title: 'Synthetic Role 2' }] });
    expect(seen.find((snapshot) => snapshot.total !== null)).toMatchObject({ total: 3 });
    expect(seen.at(-1)!.jobs).toHaveLength(3);
  });

  it('never lets a count that comes after the live list overwrite it', async () => {
    const name = await dbWithJobs(3);
    const read = await readNewestJobRows(name, 1);
    let answerCount!: (total: number) => void;
    const count = new Promise<number>((resolve) => (answerCount = resolve));
    const seen: JobsSnapshot[] = [];
    stops.push(lazyJobsStore(name, Promise.resolve({ ...read!, count })).watchJobs((snapshot) => seen.push(snapshot), (error) => expect.fail(String(error))));
    await vi.waitFor(() => expect(seen.at(-1)?.complete).toBe(true));
    answerCount(99);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen.at(-1)).toMatchObject({ complete: true, total: 3 });
    expect(seen.some((snapshot) => snapshot.total === 99)).toBe(false);
  });

  it('reads the whole list only once the page is idle after painting the first rows', async () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
    try {
      const name = await dbWithJobs(FIRST_PAINT_ROWS + 2);
      const seen = watch(name);
      await vi.waitFor(() => expect(idle).toHaveLength(1));
      await new Promise((resolve) => setTimeout(resolve, 50));
      // The newest rows, then their count: nothing of the whole list yet.
      expect(seen.map(({ complete, total }) => ({ complete, total }))).toEqual([
        { complete: false, total: null },
        { complete: false, total: FIRST_PAINT_ROWS + 2 },
      ]);
      idle[0]!();
      await vi.waitFor(() => expect(seen.at(-1)?.complete).toBe(true));
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('on a first run, with no database yet, answers an empty complete list and the database works after', async () => {
    const name = `lazy-store-fresh-${++dbCount}`;
    const seen = watch(name);
    await vi.waitFor(() => expect(seen.at(-1)).toEqual({ jobs: [], complete: true, total: 0 }));
    const db = new JobDb(name);
    opened.push(db);
    await saveJob(db, { job: fakeJob(), raw: fakeRaw() }, new Date('2026-03-01T00:00:00Z'));
    await vi.waitFor(() => expect(seen.at(-1)?.jobs.map((job) => job.title)).toEqual([fakeJob().title]));
  });

  it('writes through Dexie: delete gives the record back, restore puts it back', async () => {
    const name = await dbWithJobs(2);
    const store = lazyJobsStore(name);
    const deleted = await store.deleteJob('https://jobs.example.test/1');
    expect(deleted?.title).toBe('Synthetic Role 1');
    await store.restoreJob(deleted!);
    await store.updateUserFields('https://jobs.example.test/1', { status: 'applied' });
    const seen = watch(name);
    await vi.waitFor(() => expect(seen.at(-1)?.complete).toBe(true));
    expect(seen.at(-1)!.jobs.find((job) => job.title === 'Synthetic Role 1')).toMatchObject({ status: 'applied' });
  });
});
