import type { JobSection } from '../core/job';

/**
 * How much section text a detector (workplace, employment type, seniority) reads. A long
 * real posting is about 30,000 characters; what a detector looks for sits in the posting,
 * not in megabytes of pasted junk, and a fixed budget keeps each detector's many patterns
 * within a few milliseconds whatever the input.
 */
export const SCAN_BUDGET_CHARS = 60_000;

/** A title or location longer than this is not one; only its start is read. */
export const LABEL_BUDGET_CHARS = 500;

/** The sections in order, their text cut so that together they hold at most `budget` characters. */
export function withinScanBudget(sections: readonly JobSection[], budget = SCAN_BUDGET_CHARS): JobSection[] {
  const out: JobSection[] = [];
  let left = budget;
  for (const section of sections) {
    if (left <= 0) break;
    out.push(section.text.length <= left ? section : { ...section, text: section.text.slice(0, left) });
    left -= section.text.length;
  }
  return out;
}
