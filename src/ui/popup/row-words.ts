import type { MatchResult } from '../../compare/match-result';
import type { JobStatus, JobSummary } from '../../core/saved-job';
import { workplaceLabel } from '../badge/badge-format';

/** The list's words for values; apart from the markup so they are tested as plain strings. */

export const STATUS_LABELS: Record<JobStatus, string> = {
  saved: 'Saved',
  applied: 'Applied',
  interviewing: 'Interviewing',
  offer: 'Offer',
  rejected: 'Rejected',
};

/** "Remote · Lisbon, Portugal", "Hybrid", "Berlin"; empty when the posting says neither. */
export function placeWords(job: Pick<JobSummary, 'location' | 'workplace'>): string {
  const workplace = job.workplace ? workplaceLabel(job.workplace) : null;
  const location = job.location?.trim() || null;
  // "Remote · Remote (EU)" says it twice: the location alone says it all.
  if (workplace && location?.toLowerCase().startsWith(workplace.toLowerCase())) return location;
  return [workplace, location].filter((part) => part).join(' · ');
}

/** Why a job has no score, short enough for a list cell. */
export function noScoreShort(match: MatchResult): string {
  return match.noScoreReason === 'empty-profile' ? 'No score: set up your profile' : 'No score: posting names no skills';
}

/** "7 of 9 required", for the line under the score. */
export function requiredWords(match: MatchResult): string {
  const { requiredMatched, requiredTotal, preferredMatched, preferredTotal } = match.counts;
  if (requiredTotal > 0) return `${requiredMatched} of ${requiredTotal} required`;
  return `${preferredMatched} of ${preferredTotal} nice-to-have`;
}

/** "12 of 40 jobs", "1 job", "40 jobs". */
export function countWords(shown: number, total: number): string {
  const noun = total === 1 ? 'job' : 'jobs';
  return shown === total ? `${figure(total)} ${noun}` : `${figure(shown)} of ${figure(total)} ${noun}`;
}

/** "10,000": every count the list shows is written with the same separators. */
function figure(count: number): string {
  return count.toLocaleString('en');
}

/**
 * The count line while only the newest jobs are read: "40 jobs", "Counting your jobs…"
 * while the total is still coming (null), or, when a sort or filter waits for the rest,
 * "Reading all 10,000 jobs…".
 */
export function incompleteCountText(total: number | null, waitingForAll: boolean): string {
  if (waitingForAll) return total === null ? 'Reading all your jobs…' : `Reading all ${figure(total)} jobs…`;
  return total === null ? 'Counting your jobs…' : countWords(total, total);
}

/** "12 Mar 2025": the saved date the same way everywhere; the time zone is the user's. */
export function dateWords(iso: string, locale?: string): string {
  const time = Date.parse(iso);
  if (!Number.isFinite(time)) return '';
  return dateFormat(locale).format(time);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string | undefined): Intl.DateTimeFormat {
  const key = locale ?? '';
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' });
    dateFormats.set(key, format);
  }
  return format;
}
