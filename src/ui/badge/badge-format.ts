import type { Experience, Salary, Workplace } from '../../core/job';
import type { MatchCounts } from '../../compare/match-result';
import { annualize } from '../../compare/salary-scale';

/** The badge's words for values; kept apart from the markup so they are tested as plain strings. */

export type Corner = 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';

/** Clockwise, so repeated presses visit every corner. */
const NEXT_CORNER: Record<Corner, Corner> = {
  'top-right': 'bottom-right',
  'bottom-right': 'bottom-left',
  'bottom-left': 'top-left',
  'top-left': 'top-right',
};

export function nextCorner(corner: Corner): Corner {
  return NEXT_CORNER[corner];
}

export function cornerLabel(corner: Corner): string {
  return corner.replace('-', ' ');
}

const WORKPLACE_LABEL: Record<Workplace, string> = { remote: 'Remote', hybrid: 'Hybrid', onsite: 'On-site' };

export function workplaceLabel(workplace: Workplace): string {
  return WORKPLACE_LABEL[workplace];
}

/** "3–5 years", "5+ years", "1 year". */
export function yearsLabel(experience: Experience): string {
  const { minYears: min, maxYears: max } = experience;
  if (max !== null && max !== min) return `${min}–${max} years`;
  if (max === null && min > 0) return `${min}+ years`;
  return min === 1 ? '1 year' : `${min} years`;
}

/** The posting's range per year in its own currency: "€104,000–€124,800", "up to $90,000". */
export function annualSalaryLabel(salary: Salary): string | null {
  const { min, max } = annualize(salary);
  const money = moneyFormatter(salary.currency);
  if (min !== null && max !== null) return min === max ? money(min) : `${money(min)}–${money(max)}`;
  if (min !== null) return `from ${money(min)}`;
  if (max !== null) return `up to ${money(max)}`;
  return null;
}

function moneyFormatter(currency: string): (amount: number) => string {
  try {
    const format = new Intl.NumberFormat('en', { style: 'currency', currency, maximumFractionDigits: 0 });
    return (amount) => format.format(amount);
  } catch {
    // A code Intl refuses still reads well as "123,000 XYZ".
    const format = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
    return (amount) => `${format.format(amount)} ${currency}`;
  }
}

/** "estimate" when a job board guessed the figure, "OTE" when it includes commission. */
export function salaryTags(salary: Salary): string[] {
  const tags: string[] = [];
  if (salary.origin === 'estimate') tags.push('estimate');
  if (salary.kind === 'ote') tags.push('OTE');
  return tags;
}

/** "7 of 9 required skills", "1 of 2 nice-to-have skills"; lines for the parts the job has. */
export function countLines(counts: MatchCounts): string[] {
  const lines: string[] = [];
  if (counts.requiredTotal > 0) lines.push(`${counts.requiredMatched} of ${plural(counts.requiredTotal, 'required skill')}`);
  if (counts.preferredTotal > 0)
    lines.push(`${counts.preferredMatched} of ${plural(counts.preferredTotal, 'nice-to-have skill')}`);
  return lines;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** "just now", "5 min ago", "3 h ago", "2 days ago": relative, so it reads the same in every time zone. */
export function savedAgo(savedAt: string, now: Date): string {
  const seconds = (now.getTime() - Date.parse(savedAt)) / 1000;
  if (!Number.isFinite(seconds)) return '';
  if (seconds < 60) return 'just now';
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ago`;
  if (seconds < 86_400) return `${Math.floor(seconds / 3600)} h ago`;
  const days = Math.floor(seconds / 86_400);
  return days === 1 ? '1 day ago' : `${days} days ago`;
}
