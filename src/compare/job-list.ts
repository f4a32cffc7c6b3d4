import type { Workplace } from '../core/job';
import type { Profile } from '../core/profile';
import type { JobStatus, JobSummary } from '../core/saved-job';
import type { CurrencyRates } from './currency-rates';
import { type Conflict, dealBreakerConflicts } from './deal-breaker-conflicts';
import { matcherFor, type SkillKey } from './match-rule';
import type { MatchResult } from './match-result';
import { salaryForLocations } from './salary-for-location';
import { salaryOnScale, type ScaledSalary } from './salary-on-scale';
import { scaleCurrencyFor } from './scale-currency';
import { foldForSearch, searchTerms } from './search-text';

/**
 * The saved-jobs list of the popup and the dashboard: everything a row shows or is sorted
 * and filtered by is computed once per job (match, salary on the scale, search text), so
 * changing the sort or typing in the filter only compares numbers and strings.
 */
export interface JobRow {
  job: JobSummary;
  match: MatchResult;
  /** Where the posting's deal-breakers rule the user out (flags, never part of the match). */
  conflicts: Conflict[];
  /** Per year in the scale currency; null when the posting states no salary. */
  salary: ScaledSalary | null;
  /** Title, company, location, skills and the user's note, folded by `foldForSearch`. */
  searchText: string;
  /** What the salary sorts and filters by: `comparableSalary(salary)`. */
  salaryFigure: number | null;
  /** `job.savedAt` in ms since the epoch (0 when unreadable), for sorting. */
  savedTime: number;
  /** The folded title, for sorting by title. */
  titleKey: string;
}

export type JobSort = 'match' | 'salary' | 'saved' | 'title';

/** What each sort is called in a picker, in the order a picker lists them. */
export const JOB_SORT_LABELS: Record<JobSort, string> = {
  match: 'Best match',
  salary: 'Highest salary',
  saved: 'Newest saved',
  title: 'Title A–Z',
};

/** Every field is optional; an absent, null or empty one does not restrict the list. */
export interface JobFilter {
  /** Words that must all appear (in any field, any order, accents and case ignored). */
  text?: string;
  /** Keep jobs with one of these workplaces; a job that states none is dropped. */
  workplaces?: Workplace[];
  /** true: keep only jobs that state a salary (also one without a rate). false: no restriction. */
  hasSalary?: boolean;
  /**
   * Per year, in the scale currency: keep jobs whose scaled max (else min) is at least this.
   * Jobs with no salary, or one without a rate, are dropped: nothing says they pay enough.
   */
  minSalary?: number | null;
  statuses?: JobStatus[];
  /** true: drop jobs whose deal-breakers conflict with the profile. */
  hideConflicts?: boolean;
  /** true: drop jobs whose posting was seen closed. */
  hideClosed?: boolean;
}

export interface JobRowsOptions {
  /** How skill names compare: `dictionarySkillKey` (match.ts), or `plainSkillKey` before the dictionary has loaded. */
  keyOf: SkillKey;
  /** The scale (see `scaleCurrencyFor`, the default); pass the one the UI shows so the minimum-salary field and the rows agree. */
  currency?: string;
}

/** One row per job. */
export function buildJobRows(
  jobs: readonly JobSummary[],
  profile: Profile,
  rates: CurrencyRates,
  { keyOf, currency = scaleCurrencyFor(profile, jobs, rates) }: JobRowsOptions,
): JobRow[] {
  return jobs.map(jobRowBuilder(profile, rates, { keyOf, currency }));
}

/**
 * Builds rows for one profile, rate table, scale currency and skill key, remembering each
 * job's row: a live list hands back the same summary object for a job that did not change
 * (see listJobSummaries), so after one job changes among 10,000 only its row is built
 * again. A new profile, rate table, currency or key needs a new builder.
 */
export function jobRowBuilder(profile: Profile, rates: CurrencyRates, { keyOf, currency }: Required<JobRowsOptions>): (job: JobSummary) => JobRow {
  const matcher = matcherFor(profile, keyOf);
  const target = { currency };
  const fold = foldOnce();
  const built = new WeakMap<JobSummary, JobRow>();
  return (job) => {
    let row = built.get(job);
    if (row === undefined) {
      const salary = salaryOnScale(salaryForLocations(job.salary, profile.locations), target, rates);
      row = {
        job,
        match: matcher(job),
        conflicts: dealBreakerConflicts(job.dealBreakers, profile.eligibility),
        salary,
        salaryFigure: comparableSalary(salary),
        searchText: searchTextOf(job, fold),
        savedTime: timeOf(job.savedAt),
        titleKey: fold(job.title),
      };
      built.set(job, row);
    }
    return row;
  };
}

/** `foldForSearch` remembering its answers: companies, places and skills repeat across jobs. */
function foldOnce(): (text: string) => string {
  const folded = new Map<string, string>();
  return (text) => {
    let result = folded.get(text);
    if (result === undefined) folded.set(text, (result = foldForSearch(text)));
    return result;
  };
}

function searchTextOf(job: JobSummary, fold: (text: string) => string): string {
  // One field per line: a query word never matches across two fields.
  const parts = [fold(job.title)];
  if (job.company) parts.push(fold(job.company));
  if (job.location) parts.push(fold(job.location));
  for (const skill of job.skills.required) parts.push(fold(skill));
  for (const skill of job.skills.preferred) parts.push(fold(skill));
  for (const group of job.skillGroups) for (const skill of group.anyOf) parts.push(fold(skill));
  if (job.note) parts.push(fold(job.note));
  return parts.join('\n');
}

function timeOf(iso: string): number {
  const time = Date.parse(iso);
  return Number.isFinite(time) ? time : 0;
}

/**
 * The figure a salary is sorted and filtered by: the scaled max, else the min ("from X");
 * null when there is none or no rate for its currency.
 */
export function comparableSalary(salary: ScaledSalary | null): number | null {
  if (!salary || salary.unconvertible !== undefined) return null;
  return salary.max ?? salary.min;
}

type Compare = (a: JobRow, b: JobRow) => number;

/** Newest saved first, then by id: every sort ends here, so equal rows never swap places. */
const bySaved: Compare = (a, b) => b.savedTime - a.savedTime || compareStrings(a.job.id, b.job.id);

/** Larger first; null (nothing to compare) after every number. */
function descendingNullsLast(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return b - a;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const COMPARE: Record<JobSort, Compare> = {
  match: (a, b) => descendingNullsLast(a.match.score, b.match.score) || bySaved(a, b),
  salary: (a, b) => descendingNullsLast(a.salaryFigure, b.salaryFigure) || bySaved(a, b),
  saved: bySaved,
  title: (a, b) => compareStrings(a.titleKey, b.titleKey) || bySaved(a, b),
};

/** A sorted copy; `rows` is left as it was (it may be UI state). */
export function sortJobs(rows: readonly JobRow[], sort: JobSort): JobRow[] {
  return [...rows].sort(COMPARE[sort]);
}

/** The rows that pass every restriction of `filter`, in their order. */
export function filterJobs(rows: readonly JobRow[], filter: JobFilter): JobRow[] {
  const terms = searchTerms(filter.text ?? '');
  const workplaces = filter.workplaces?.length ? new Set<string>(filter.workplaces) : null;
  const statuses = filter.statuses?.length ? new Set<string>(filter.statuses) : null;
  const minSalary = typeof filter.minSalary === 'number' && Number.isFinite(filter.minSalary) ? filter.minSalary : null;
  const hasSalary = filter.hasSalary === true;
  const hideConflicts = filter.hideConflicts === true;
  const hideClosed = filter.hideClosed === true;
  if (terms.length === 0 && !workplaces && !statuses && minSalary === null && !hasSalary && !hideConflicts && !hideClosed) return [...rows];

  return rows.filter((row) => {
    const { job } = row;
    if (statuses && !statuses.has(job.status)) return false;
    if (workplaces && (job.workplace === null || !workplaces.has(job.workplace))) return false;
    if (hasSalary && row.salary === null) return false;
    if (hideConflicts && row.conflicts.length > 0) return false;
    if (hideClosed && job.closed !== null) return false;
    if (minSalary !== null && (row.salaryFigure === null || row.salaryFigure < minSalary)) return false;
    for (const term of terms) if (!row.searchText.includes(term)) return false;
    return true;
  });
}

/** How many restrictions `filter` sets: for a "Clear filters (2)" button and the empty state's words. */
export function activeFilterCount(filter: JobFilter): number {
  let count = 0;
  if (searchTerms(filter.text ?? '').length > 0) count++;
  if (filter.workplaces?.length) count++;
  if (filter.hasSalary === true) count++;
  if (typeof filter.minSalary === 'number' && Number.isFinite(filter.minSalary)) count++;
  if (filter.statuses?.length) count++;
  if (filter.hideConflicts === true) count++;
  if (filter.hideClosed === true) count++;
  return count;
}
