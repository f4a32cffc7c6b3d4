import Dexie, { type ObservabilitySet } from 'dexie';
import { USER_FIELDS, type JobSummary } from '../core';
import { changedJobIds } from './changed-job-ids';
import type { JobDb } from './job-db';
import { readJobSummary } from './job-row';
import { newestFirst } from './job-order';
import { listJobSummaries } from './job-summaries';
import type { UserFieldsPatch } from './job-writes';
import { withStorageErrors } from './storage-error';

export interface JobSummariesWatch {
  /**
   * Shows a write of the user's own fields before it is stored, so the row answers in the
   * next frame rather than after two database round trips. The stored record then arrives
   * through the change it makes, as any other change does; call `reread` when the write
   * fails, and the stored state is shown again.
   */
  preview(id: string, patch: UserFieldsPatch): void;
  /** Reads a job again from storage, whether or not a change named it. */
  reread(id: string): void;
  stop(): void;
}

/**
 * Every saved job's summary, newest first, kept live: read whole once, then only the rows a
 * change names are read again (changed-job-ids.ts), so a status picked in a list of 10,000
 * reads one row, not 10,000. Summaries of unchanged jobs keep their identity and, when the
 * changed ones keep their place, their position: the lists reuse their rows and need not
 * sort again. A change naming a range (a clear, an import) reads everything again. Changes
 * arriving while a read runs are gathered and read in one go after it. After a failed read
 * the next change reads everything.
 */
export function watchJobSummaries(db: JobDb, onSummaries: (jobs: JobSummary[]) => void, onError: (error: unknown) => void): JobSummariesWatch {
  const byId = new Map<string, JobSummary>();
  /** What was delivered last, in its order. */
  let shown: JobSummary[] = [];
  let pending: Set<string> | 'all' | null = 'all';
  let reading = false;
  let stopped = false;

  const request = (ids: Iterable<string> | 'all') => {
    if (ids === 'all' || pending === 'all') pending = 'all';
    else pending = new Set([...(pending ?? []), ...ids]);
    void drain();
  };

  const onChange = (parts: ObservabilitySet) => {
    const ids = changedJobIds(parts, db.name);
    if (ids !== null) request(ids);
  };

  const deliver = (next: JobSummary[]) => {
    shown = next;
    if (!stopped) onSummaries(next);
  };

  /** Puts the changed summaries in; re-sorts only when one came, went or moved. */
  const replace = (changed: Map<string, JobSummary | undefined>) => {
    const next = shown.slice();
    let inPlace = true;
    for (const [id, summary] of changed) {
      const old = byId.get(id);
      if (summary) byId.set(id, summary);
      else byId.delete(id);
      const at = old ? next.indexOf(old) : -1;
      if (summary && old && at >= 0 && old.savedAt === summary.savedAt) next[at] = summary;
      else inPlace = false;
    }
    deliver(inPlace ? next : [...byId.values()].sort(newestFirst));
  };

  async function drain(): Promise<void> {
    if (reading) return;
    reading = true;
    try {
      while (pending !== null && !stopped) {
        const work: Set<string> | 'all' = pending;
        pending = null;
        if (work === 'all') {
          const all = await listJobSummaries(db);
          byId.clear();
          for (const job of all) byId.set(job.id, job);
          deliver(all);
          continue;
        }
        const ids = [...work];
        const rows = await withStorageErrors(() => db.jobs.bulkGet(ids));
        replace(new Map(ids.map((id, i) => [id, rows[i] === undefined ? undefined : readJobSummary(rows[i])])));
      }
    } catch (error) {
      pending = 'all';
      if (!stopped) onError(error);
    } finally {
      reading = false;
    }
  }

  Dexie.on.storagemutated.subscribe(onChange);
  void drain();
  return {
    preview(id, patch) {
      const current = byId.get(id);
      if (!current) return;
      const userPatch: UserFieldsPatch = {};
      for (const field of USER_FIELDS) if (patch[field] !== undefined) Object.assign(userPatch, { [field]: patch[field] });
      replace(new Map([[id, { ...current, ...userPatch }]]));
    },
    reread: (id) => request([id]),
    stop() {
      stopped = true;
      Dexie.on.storagemutated.unsubscribe(onChange);
    },
  };
}
