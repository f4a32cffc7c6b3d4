import { deepEqual } from '../core/deep-equal';
import type { JobSummary } from '../core/saved-job';
import { folder, foldedEvidence, TITLE_NEEDED, type FoldedJob, type Folder, type SameJobEvidence } from './same-job';

/**
 * Which saved jobs are one job: the ones the user confirmed (a job's `sameAs`), shown as one
 * row with several sources, and the ones that look the same and wait for the user's answer.
 * Nothing here writes: confirming and refusing are the user's, through `sameAs`/`notSameAs`.
 */

export interface SameJobSuggestion {
  other: JobSummary;
  evidence: SameJobEvidence;
}

/** The answers the user gave: which jobs are shown under which. */
export interface SameJobGroups {
  /** A job confirmed as the same as another → the id of the job whose row stands for both. */
  shownUnder: ReadonlyMap<string, string>;
  /** A job whose row stands for several → its other sources, saved first first. */
  sources: ReadonlyMap<string, readonly JobSummary[]>;
}

export interface DuplicateIndex extends SameJobGroups {
  /** A job → the jobs that may be the same job, not yet confirmed or refused. */
  suggestions: ReadonlyMap<string, readonly SameJobSuggestion[]>;
}

export const NO_SUGGESTIONS: ReadonlyMap<string, readonly SameJobSuggestion[]> = new Map();

/**
 * The confirmed groups: one pass over the jobs, cheap enough for the first paint (a list
 * must never show a row and then fold it away).
 */
export function sameJobGroups(jobs: readonly JobSummary[]): SameJobGroups {
  const shownUnder = new Map<string, string>();
  const sources = new Map<string, JobSummary[]>();
  let byId: Map<string, JobSummary> | undefined;
  for (const job of jobs) {
    if (job.sameAs === null) continue;
    if (byId === undefined) {
      byId = new Map();
      for (const each of jobs) byId.set(each.id, each);
    }
    const root = rootOf(job, byId);
    if (root === job) continue;
    shownUnder.set(job.id, root.id);
    const list = sources.get(root.id) ?? [];
    list.push(job);
    sources.set(root.id, list);
  }
  for (const list of sources.values()) list.sort((a, b) => (a.savedAt < b.savedAt ? -1 : a.savedAt > b.savedAt ? 1 : 0));
  return { shownUnder, sources };
}

/**
 * Finds, for successive lists of the same saved jobs, the pairs that look like one job.
 * Only jobs of one company and level can be one job, so they are compared in such blocks; a
 * block whose jobs are the ones it had last time keeps its answer: the very objects (a live
 * list hands back unchanged summaries as they were), or new objects for the same jobs whose
 * compared facts did not change (a status or a note written). A list that differs from the
 * last one in a few jobs, in place, is not even put into blocks again: only those jobs'
 * blocks are looked at. So a status change in a list of 10,000 compares nothing again and
 * walks no block but its own: the suggestions took 7–33 ms in the popup on each such change
 * (twice for a status picked: shown at once, then stored), now about 1 ms. Jobs already shown
 * under another are left out.
 */
export function sameJobSuggester(): (jobs: readonly JobSummary[], groups: SameJobGroups) => ReadonlyMap<string, readonly SameJobSuggestion[]> {
  const fold = folder();
  let lastBlocks: InBlocks | null = null;
  let previous = new Map<string, Block>();

  return (jobs, { shownUnder }) => {
    const inBlocks = (lastBlocks && patchedBlocks(lastBlocks, jobs, shownUnder, fold)) ?? intoBlocks(jobs, shownUnder, fold);
    const suggestions = new Map<string, SameJobSuggestion[]>();
    const next = new Map<string, Block>();
    for (const [key, members] of inBlocks.blocks) {
      if (members.length < 2) continue;
      const before = previous.get(key);
      const block = (before && carriedOver(before, members, fold)) ?? compareBlock(members, fold);
      next.set(key, block);
      for (const [a, b, evidence] of block.pairs) {
        add(suggestions, a, { other: b, evidence });
        add(suggestions, b, { other: a, evidence });
      }
    }
    lastBlocks = inBlocks;
    previous = next;
    return suggestions;
  };
}

/** A list of jobs put into blocks (company and level → its jobs, in list order). */
interface InBlocks {
  jobs: readonly JobSummary[];
  shownUnder: ReadonlyMap<string, string>;
  blocks: ReadonlyMap<string, readonly JobSummary[]>;
}

function intoBlocks(jobs: readonly JobSummary[], shownUnder: ReadonlyMap<string, string>, fold: Folder): InBlocks {
  const blocks = new Map<string, JobSummary[]>();
  for (const job of jobs) {
    if (shownUnder.has(job.id)) continue;
    const key = blockKey(fold.job(job));
    if (key === null) continue;
    const block = blocks.get(key);
    if (block) block.push(job);
    else blocks.set(key, [job]);
  }
  return { jobs, shownUnder, blocks };
}

/** Past this many replaced jobs, putting the whole list into blocks again is as quick. */
const MAX_PATCHED = 64;

/**
 * The last list's blocks with the jobs replaced in place put into them, or null when the
 * list changed otherwise (a job came, went or moved, one changed company or level, a job
 * was confirmed under another): then the whole list is put into blocks again. A block is
 * never changed in place: the last answer still holds it.
 */
function patchedBlocks(last: InBlocks, jobs: readonly JobSummary[], shownUnder: ReadonlyMap<string, string>, fold: Folder): InBlocks | null {
  if (jobs === last.jobs && shownUnder === last.shownUnder) return last;
  if (jobs.length !== last.jobs.length || !sameEntries(shownUnder, last.shownUnder)) return null;
  let blocks: Map<string, readonly JobSummary[]> | null = null;
  let replaced = 0;
  for (let i = 0; i < jobs.length; i++) {
    const now = jobs[i]!;
    const was = last.jobs[i]!;
    if (now === was) continue;
    if (++replaced > MAX_PATCHED || now.id !== was.id) return null;
    const key = blockKey(fold.job(now));
    if (key !== blockKey(fold.job(was))) return null;
    if (key === null || shownUnder.has(now.id)) continue;
    blocks ??= new Map(last.blocks);
    const members = blocks.get(key)!;
    const copy = members === last.blocks.get(key) ? members.slice() : (members as JobSummary[]);
    copy[copy.indexOf(was)] = now;
    blocks.set(key, copy);
  }
  return { jobs, shownUnder, blocks: blocks ?? last.blocks };
}

/** The block a folded job is compared in, or null for a job that names no company (never matched). */
function blockKey(job: FoldedJob): string | null {
  return job.company === '' ? null : `${job.company}\n${job.level}`;
}

function sameEntries(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const [key, value] of a) if (b.get(key) !== value) return false;
  return true;
}

/** Groups and suggestions together, for one list at a time (the corpus figures, tests). */
export function duplicateIndexer(): (jobs: readonly JobSummary[]) => DuplicateIndex {
  const suggest = sameJobSuggester();
  return (jobs) => {
    const groups = sameJobGroups(jobs);
    return { ...groups, suggestions: suggest(jobs, groups) };
  };
}

interface Block {
  members: readonly JobSummary[];
  pairs: [JobSummary, JobSummary, SameJobEvidence][];
}

/**
 * Every pair of the block that is one job. Titles must share half their words, so two jobs
 * can only pair when they share one of the rarest words of their titles (prefix filtering,
 * from set-similarity joins): each job is compared with those alone, not with the whole
 * block. With the sketches compared unparsed, this took a first index of 10,000 synthetic
 * jobs from ~750 to ~60 ms. duplicate-index.test.ts checks it finds what comparing every
 * pair finds.
 */
function compareBlock(members: readonly JobSummary[], fold: Folder): Block {
  const folded = members.map((job) => fold.job(job));
  const frequency = new Map<string, number>();
  for (const job of folded) for (const word of job.titleWords) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const byWord = new Map<string, number[]>();
  const pairs: Block['pairs'] = [];
  folded.forEach((job, i) => {
    const rarest = [...job.titleWords].sort((x, y) => frequency.get(x)! - frequency.get(y)! || (x < y ? -1 : 1));
    const prefix = rarest.slice(0, rarest.length - Math.ceil(TITLE_NEEDED * rarest.length) + 1);
    const candidates = new Set<number>();
    for (const word of prefix) for (const j of byWord.get(word) ?? []) candidates.add(j);
    for (const j of [...candidates].sort((x, y) => x - y)) {
      const a = members[j]!;
      const b = members[i]!;
      if (a.notSameAs.includes(b.id) || b.notSameAs.includes(a.id)) continue;
      const evidence = foldedEvidence(folded[j]!, job);
      if (evidence) pairs.push([a, b, evidence]);
    }
    for (const word of prefix) {
      const list = byWord.get(word);
      if (list) list.push(i);
      else byWord.set(word, [i]);
    }
  });
  return { members, pairs };
}

/**
 * The block's earlier answer for its members now, or null when it must be compared again:
 * the same jobs in the same order, each the same object or one whose folded facts (the same
 * texts fold to the very same objects, see folder()) and refusals are what they were. Pairs
 * then name the members' current objects, so a suggestion shows the job as it is now.
 */
function carriedOver(before: Block, members: readonly JobSummary[], fold: Folder): Block | null {
  if (before.members === members) return before;
  if (before.members.length !== members.length) return null;
  let replaced: Map<JobSummary, JobSummary> | null = null;
  for (let i = 0; i < members.length; i++) {
    const was = before.members[i]!;
    const now = members[i]!;
    if (was === now) continue;
    if (was.id !== now.id || !sameFolded(fold.job(was), fold.job(now)) || !deepEqual(was.notSameAs, now.notSameAs)) return null;
    (replaced ??= new Map()).set(was, now);
  }
  if (replaced === null) return before;
  const current = (job: JobSummary) => replaced.get(job) ?? job;
  return { members, pairs: before.pairs.map(([a, b, evidence]) => [current(a), current(b), evidence]) };
}

function sameFolded(a: FoldedJob, b: FoldedJob): boolean {
  return (
    a.company === b.company &&
    a.level === b.level &&
    a.titleWords === b.titleWords &&
    a.placeParts === b.placeParts &&
    a.placeWords === b.placeWords &&
    a.sketch === b.sketch
  );
}

function add(map: Map<string, SameJobSuggestion[]>, job: JobSummary, suggestion: SameJobSuggestion): void {
  const list = map.get(job.id);
  if (list) list.push(suggestion);
  else map.set(job.id, [suggestion]);
}

/**
 * The job whose row a job is shown in: follow `sameAs` to a job that is not the same as
 * another. A `sameAs` naming a job no longer saved (deleted) or going round in a circle
 * (two imports) stops there, so the job is shown on its own rather than lost.
 */
function rootOf(job: JobSummary, byId: ReadonlyMap<string, JobSummary>): JobSummary {
  let current = job;
  const seen = new Set<string>([job.id]);
  for (;;) {
    const next = current.sameAs === null ? undefined : byId.get(current.sameAs);
    if (next === undefined) return current;
    if (seen.has(next.id)) return job;
    seen.add(next.id);
    current = next;
  }
}

/**
 * The confirmed answer "these two are one job" as the write that records it: the job further
 * along (applied before saved; else the one saved first) keeps its row, and the other is
 * shown under it. Suggestions only pair jobs that stand for themselves, so neither is
 * already shown under a third.
 */
export function confirmSameJob(a: JobSummary, b: JobSummary): { id: string; sameAs: string } {
  const keepA = progress(a) > progress(b) || (progress(a) === progress(b) && a.savedAt <= b.savedAt);
  return keepA ? { id: b.id, sameAs: a.id } : { id: a.id, sameAs: b.id };
}

const PROGRESS: Record<JobSummary['status'], number> = { saved: 0, applied: 1, interviewing: 2, offer: 3, rejected: 1 };

function progress(job: JobSummary): number {
  return PROGRESS[job.status];
}
