// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { JobSummary } from '../../src/core/saved-job';
import { JobDb } from '../../src/db/job-db';
import { fakeJob, fakeRaw } from '../../test/support/job-fixtures';
import { saveJob } from '../../src/db/job-writes';
import { dexieJobsStore } from './dexie-jobs-store';
import { byTestId, click, fakeServices, mount, rowTitles, unmountAll, untilReady } from '../../test/support/popup-test-kit';

let db: JobDb;
let dbCount = 0;

beforeEach(() => {
  db = new JobDb(`popup-store-${++dbCount}`);
});

afterEach(async () => {
  unmountAll();
  db.close();
  await db.delete();
});

async function save(id: string, title: string, at: string) {
  await saveJob(db, { job: fakeJob({ id, url: `https://jobs.example.test/${id}`, title }), raw: fakeRaw({ title }) }, new Date(at));
}

describe('dexieJobsStore', () => {
  it('delivers the saved jobs, newest first, and again after every change', async () => {
    await save('one', 'First Synthetic Role', '2026-01-01T00:00:00Z');
    const seen: JobSummary[][] = [];
    const stop = dexieJobsStore(db).watchJobs(
      (snapshot) => {
        if (snapshot.complete) seen.push(snapshot.jobs);
      },
      (error) => expect.fail(String(error)),
    );
    await vi.waitFor(() => expect(seen.at(-1)?.map((job) => job.title)).toEqual(['First Synthetic Role']));
    // Lists never carry the heavy parts.
    expect(seen.at(-1)?.[0]).not.toHaveProperty('raw');
    await save('two', 'Second Synthetic Role', '2026-01-02T00:00:00Z');
    await vi.waitFor(() =>
      expect(seen.at(-1)?.map((job) => job.title)).toEqual(['Second Synthetic Role', 'First Synthetic Role']),
    );
    stop();
  });

  it('shows a status before it is stored, and the stored one again when storing fails', async () => {
    await save('one', 'First Synthetic Role', '2026-01-01T00:00:00Z');
    const store = dexieJobsStore(db);
    const seen: JobSummary[][] = [];
    const stop = store.watchJobs((snapshot) => seen.push(snapshot.jobs), (error) => expect.fail(String(error)));
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    const written = store.updateUserFields('one', { status: 'applied' });
    expect(seen.at(-1)?.[0]?.status).toBe('applied');
    await written;
    await vi.waitFor(async () => expect((await db.jobs.get('one'))?.status).toBe('applied'));

    // A status the store refuses: the row must not keep showing it.
    await expect(store.updateUserFields('one', { status: 'hired' as never })).rejects.toThrow();
    await vi.waitFor(() => expect(seen.at(-1)?.[0]?.status).toBe('applied'));
    stop();
  });

  it('gives back the deleted record so restoring it puts back exactly what was there', async () => {
    await save('one', 'First Synthetic Role', '2026-01-01T00:00:00Z');
    const store = dexieJobsStore(db);
    await store.updateUserFields('one', { status: 'offer', note: 'Negotiate start date' });
    const deleted = await store.deleteJob('one');
    expect(deleted).toMatchObject({ id: 'one', status: 'offer', note: 'Negotiate start date' });
    expect(await db.jobs.count()).toBe(0);
    await store.restoreJob(deleted!);
    expect(await db.jobs.get('one')).toMatchObject({ status: 'offer', note: 'Negotiate start date' });
  });

  it('refuses to update a job that is no longer saved, saying so', async () => {
    await expect(dexieJobsStore(db).updateUserFields('gone', { note: 'x' })).rejects.toThrow('no longer saved');
  });
});

describe('JobsApp over a real database', () => {
  it('deletes a row, and Undo brings it back through the live query', async () => {
    await save('one', 'First Synthetic Role', '2026-01-01T00:00:00Z');
    await save('two', 'Second Synthetic Role', '2026-01-02T00:00:00Z');
    const services = { ...fakeServices([]), ...dexieJobsStore(db) };
    const root = mount({ layout: 'popup', services });
    await untilReady();
    await vi.waitFor(() => expect(rowTitles(root)).toEqual(['Second Synthetic Role', 'First Synthetic Role']));

    click(byTestId(root.querySelector('[data-job-id="one"]')!, 'delete-button'));
    await vi.waitFor(() => expect(rowTitles(root)).toEqual(['Second Synthetic Role']));
    click(byTestId(root, 'undo-button'));
    await vi.waitFor(() => expect(rowTitles(root)).toEqual(['Second Synthetic Role', 'First Synthetic Role']));
  });

  it('shows a job saved by someone else (the background) while open', async () => {
    const root = mount({ layout: 'dashboard', services: { ...fakeServices([]), ...dexieJobsStore(db) } });
    await untilReady();
    expect(byTestId(root, 'empty-state')).toBeTruthy();
    await save('bg', 'Saved From Another Tab', '2026-01-03T00:00:00Z');
    await vi.waitFor(() => expect(rowTitles(root)).toEqual(['Saved From Another Tab']));
  });
});
