import { RangeSet } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { JobSummary } from '../core';
import { changedJobIds } from './changed-job-ids';
import { JobDb } from './job-db';
import { fakeJob, fakeRaw } from '../../test/support/job-fixtures';
import { deleteAllJobs, deleteJob, saveJob, updateUserFields } from './job-writes';
import { watchJobSummaries } from './watch-job-summaries';

let db: JobDb;
let dbCount = 0;
beforeEach(() => {
  db = new JobDb(`watch-summaries-${++dbCount}`);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

async function save(target: JobDb, id: string, at: string) {
  await saveJob(target, { job: fakeJob({ id, url: `https://jobs.example.test/${id}`, title: `Role ${id}` }), raw: fakeRaw({ title: `Role ${id}` }) }, new Date(at));
}

function watch() {
  const seen: JobSummary[][] = [];
  const errors: unknown[] = [];
  const watcher = watchJobSummaries(db, (jobs) => seen.push(jobs), (error) => errors.push(error));
  return { seen, errors, watcher, stop: () => watcher.stop(), latest: () => seen.at(-1) ?? [] };
}

describe('watchJobSummaries', () => {
  it('reads every job once, then only the job a status change touched; the others stay the same objects', async () => {
    for (let i = 0; i < 5; i++) await save(db, `job-${i}`, `2026-01-0${i + 1}T00:00:00Z`);
    const readAll = vi.spyOn(db.jobs, 'toArray');
    const w = watch();
    await vi.waitFor(() => expect(w.latest()).toHaveLength(5));
    expect(w.latest().map((job) => job.id)).toEqual(['job-4', 'job-3', 'job-2', 'job-1', 'job-0']);
    const before = w.latest();

    await updateUserFields(db, 'job-2', { status: 'applied' });
    await vi.waitFor(() => expect(w.latest().find((job) => job.id === 'job-2')?.status).toBe('applied'));
    expect(readAll).toHaveBeenCalledTimes(1);
    const after = w.latest();
    for (const id of ['job-0', 'job-1', 'job-3', 'job-4']) expect(after.find((job) => job.id === id)).toBe(before.find((job) => job.id === id));
    expect(after.map((job) => job.id)).toEqual(['job-4', 'job-3', 'job-2', 'job-1', 'job-0']);
    w.stop();
  });

  it('shows a previewed status at once, without waiting for storage, and only the user fields of the patch', async () => {
    for (let i = 0; i < 3; i++) await save(db, `job-${i}`, `2026-01-0${i + 1}T00:00:00Z`);
    const w = watch();
    await vi.waitFor(() => expect(w.latest()).toHaveLength(3));
    const before = w.latest();
    w.watcher.preview('job-1', { status: 'interviewing', title: 'Smuggled' } as never);
    // Synchronously: the next frame can paint it.
    const previewed = w.latest();
    expect(previewed.find((job) => job.id === 'job-1')).toMatchObject({ status: 'interviewing', title: 'Role job-1' });
    expect(previewed.map((job) => job.id)).toEqual(before.map((job) => job.id));
    expect(previewed[0]).toBe(before[0]);
    expect(previewed[2]).toBe(before[2]);
    w.stop();
  });

  it('shows the stored state again when the previewed write fails', async () => {
    await save(db, 'only', '2026-01-01T00:00:00Z');
    const w = watch();
    await vi.waitFor(() => expect(w.latest()).toHaveLength(1));
    w.watcher.preview('only', { status: 'offer' });
    expect(w.latest()[0]?.status).toBe('offer');
    // The write never happened; the list asks for the stored record back.
    w.watcher.reread('only');
    await vi.waitFor(() => expect(w.latest()[0]?.status).toBe('saved'));
    w.stop();
  });

  it('follows saves, deletes and a delete-all, and a write through another connection (another page)', async () => {
    await save(db, 'a', '2026-01-01T00:00:00Z');
    const w = watch();
    await vi.waitFor(() => expect(w.latest().map((job) => job.id)).toEqual(['a']));
    const other = new JobDb(db.name);
    await save(other, 'b', '2026-01-02T00:00:00Z');
    other.close();
    await vi.waitFor(() => expect(w.latest().map((job) => job.id)).toEqual(['b', 'a']));
    await deleteJob(db, 'a');
    await vi.waitFor(() => expect(w.latest().map((job) => job.id)).toEqual(['b']));
    await deleteAllJobs(db);
    await vi.waitFor(() => expect(w.latest()).toEqual([]));
    expect(w.errors).toEqual([]);
    w.stop();
  });

  it('delivers nothing after it is stopped', async () => {
    await save(db, 'first', '2026-01-01T00:00:00Z');
    const w = watch();
    await vi.waitFor(() => expect(w.seen).toHaveLength(1));
    w.stop();
    await save(db, 'late', '2026-01-02T00:00:00Z');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(w.seen).toHaveLength(1);
  });
});

describe('changedJobIds', () => {
  it('reads the ids from a change, also once it crossed a BroadcastChannel as a plain object', () => {
    const keys = new RangeSet().addKeys(['x', 'y', 'z']);
    const parts = { 'idb://jobmark/jobs/': keys, 'idb://jobmark/postings/': new RangeSet().addKey('x') };
    expect(changedJobIds(parts, 'jobmark')).toEqual(new Set(['x', 'y', 'z']));
    expect(changedJobIds(structuredClone(parts), 'jobmark')).toEqual(new Set(['x', 'y', 'z']));
  });

  it('answers all for a range, null for other tables and other databases', () => {
    expect(changedJobIds({ 'idb://jobmark/jobs/': new RangeSet(-Infinity, [[]]) }, 'jobmark')).toBe('all');
    expect(changedJobIds({ all: new RangeSet(-Infinity, [[]]) }, 'jobmark')).toBe('all');
    expect(changedJobIds({ 'idb://jobmark/postings/': new RangeSet().addKey('x') }, 'jobmark')).toBeNull();
    expect(changedJobIds({ 'idb://other/jobs/': new RangeSet().addKey('x') }, 'jobmark')).toBeNull();
  });
});
