import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getJob, listJobs } from '../db/job-reads';
import { applyImport } from './apply-import';
import { buildExport, exportToJson } from './build-export';
import { savedJob, userState } from '../../test/support/export-arbitraries';
import { parseImport } from './parse-import';
import { closeDbs, freshDb, snapshot, writeState } from '../../test/support/export-test-state';

/**
 * The promises of "data that is never lost", for any state a user can have (arbitraries in
 * export-arbitraries.ts, hostile text included): export then import gives back exactly what
 * was there, and importing changes nothing that is already there.
 */

const NOW = new Date('2026-11-22T10:00:00Z');
const RUNS = { numRuns: 40 };

beforeEach(() => fakeBrowser.reset());
afterEach(() => closeDbs());

/** The file the user would save, read back as the user would import it. */
async function exportFile(db: ReturnType<typeof freshDb>): Promise<string> {
  return exportToJson(await buildExport(db, NOW));
}

describe('export, then import', () => {
  it('into a fresh browser gives back the same jobs, profile and settings (the same file)', async () => {
    await fc.assert(
      fc.asyncProperty(userState(), async (state) => {
        fakeBrowser.reset();
        const source = freshDb('round-trip-source');
        await writeState(source, state);
        const file = await exportFile(source);

        fakeBrowser.reset();
        const target = freshDb('round-trip-target');
        const summary = await applyImport(target, parseImport(file));

        expect(await exportFile(target)).toBe(file);
        expect(summary.jobsAdded).toBe(state.jobs.length);
        expect(summary.jobsUpdated + summary.jobsUnchanged).toBe(0);
        for (const job of state.jobs) expect(await getJob(target, job.id)).toEqual(job);
      }),
      RUNS,
    );
  });

  it('into the state it came from changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(userState(), async (state) => {
        fakeBrowser.reset();
        const db = freshDb('round-trip-same');
        await writeState(db, state);
        const file = await exportFile(db);
        const before = await snapshot(db);

        const summary = await applyImport(db, parseImport(file));

        expect(summary).toEqual({ jobsAdded: 0, jobsUpdated: 0, jobsUnchanged: state.jobs.length, profileChanged: false, settingsChanged: false });
        expect(await snapshot(db)).toEqual(before);
      }),
      RUNS,
    );
  });
});

describe('importing another state', () => {
  /** A second state whose jobs are partly edited copies of the first's (same ids), partly new. */
  const twoStates = userState().chain((first) =>
    fc.record({
      first: fc.constant(first),
      second: userState().chain((second) =>
        fc
          .subarray(first.jobs)
          .chain((shared) =>
            fc.tuple(...shared.map((job) => savedJob.map((edit) => ({ ...edit, id: job.id })))).map((edited) => ({
              ...second,
              jobs: [...edited, ...second.jobs.filter((job) => !first.jobs.some((f) => f.id === job.id))],
            })),
          ),
      ),
    }),
  );

  it('keeps every job, both notes, the earlier savedAt, and a second import changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(twoStates, async ({ first, second }) => {
        fakeBrowser.reset();
        const other = freshDb('merge-other');
        await writeState(other, second);
        const file = await exportFile(other);

        fakeBrowser.reset();
        const db = freshDb('merge-target');
        await writeState(db, first);
        await applyImport(db, parseImport(file));

        const ids = new Set([...first.jobs, ...second.jobs].map((job) => job.id));
        const merged = await listJobs(db);
        expect(new Set(merged.map((job) => job.id))).toEqual(ids);
        for (const job of merged) {
          const mine = first.jobs.find((j) => j.id === job.id);
          const theirs = second.jobs.find((j) => j.id === job.id);
          for (const note of [mine?.note, theirs?.note]) if (note !== undefined) expect(job.note).toContain(note);
          if (mine && theirs) expect([mine.savedAt, theirs.savedAt]).toContain(job.savedAt);
        }

        const before = await snapshot(db);
        const again = await applyImport(db, parseImport(file));
        expect(again).toMatchObject({ jobsAdded: 0, jobsUpdated: 0, profileChanged: false, settingsChanged: false });
        expect(await snapshot(db)).toEqual(before);
      }),
      RUNS,
    );
  });
});
