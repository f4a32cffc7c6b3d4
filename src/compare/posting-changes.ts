import type { Experience, Job, Salary, Workplace } from '../core/job';
import type { PostingChange } from '../core/posting-history';
import { similarityAtLeast } from './description-sketch';
import { formatRange } from './salary-format';

/**
 * What a saved posting says differently now, field by field, in the words the badge and the
 * history show: the title, company, place, workplace, pay, years asked, skills asked and the
 * description. Formatting never counts (the pay is compared as figures, the description by
 * its sketch, skills as sets), so reading the same posting again finds nothing.
 */

/** What the comparison reads of a posting, saved or just read. */
export type ComparedPosting = Pick<Job, 'title' | 'company' | 'location' | 'workplace' | 'salary' | 'experience' | 'skills'> & {
  descriptionSketch: string;
};

const NOT_STATED = 'Not stated';

export function postingChanges(before: ComparedPosting, after: ComparedPosting): PostingChange[] {
  const changes: PostingChange[] = [];
  const text = (field: PostingChange['field'], a: string, b: string) => {
    if (a !== b) changes.push({ field, before: clip(a), after: clip(b) });
  };
  text('title', before.title.trim(), after.title.trim());
  text('company', before.company?.trim() || NOT_STATED, after.company?.trim() || NOT_STATED);
  text('location', before.location?.trim() || NOT_STATED, after.location?.trim() || NOT_STATED);
  text('workplace', workplaceWords(before.workplace), workplaceWords(after.workplace));
  if (salaryKey(before.salary) !== salaryKey(after.salary)) {
    changes.push({ field: 'salary', before: clip(salaryWords(before.salary)), after: clip(salaryWords(after.salary)) });
  }
  text('experience', experienceWords(before.experience), experienceWords(after.experience));
  for (const field of ['required', 'preferred'] as const) {
    const [a, b] = [before.skills[field], after.skills[field]];
    if (!sameSet(a, b)) changes.push({ field, before: clip(listWords(a)), after: clip(listWords(b)) });
  }
  if (before.descriptionSketch !== after.descriptionSketch) {
    const shared = before.descriptionSketch && after.descriptionSketch ? similarityAtLeast(before.descriptionSketch, after.descriptionSketch, 0) : null;
    changes.push({
      field: 'description',
      before: 'As saved before',
      after: shared === null ? 'Rewritten' : `Edited, about ${Math.round(shared * 100)} % as before`,
    });
  }
  return changes;
}

function salaryKey(salary: Salary | null): string {
  return salary ? `${salary.min}|${salary.max}|${salary.currency}|${salary.period}|${salary.kind}` : '';
}

const PERIOD_WORDS: Record<Salary['period'], string> = { hour: 'an hour', day: 'a day', week: 'a week', month: 'a month', year: 'a year' };

function salaryWords(salary: Salary | null): string {
  if (!salary) return NOT_STATED;
  const range = formatRange(salary.min, salary.max, salary.currency, 'en');
  return range ? `${range} ${PERIOD_WORDS[salary.period]}` : salary.text || NOT_STATED;
}

function experienceWords(experience: Experience | null): string {
  if (!experience) return NOT_STATED;
  const { minYears, maxYears } = experience;
  return maxYears !== null && maxYears !== minYears ? `${minYears}–${maxYears} years` : `${minYears}+ years`;
}

const WORKPLACE_WORDS: Record<Workplace, string> = { remote: 'Remote', hybrid: 'Hybrid', onsite: 'On-site' };

function workplaceWords(workplace: Workplace | null): string {
  return workplace ? WORKPLACE_WORDS[workplace] : NOT_STATED;
}

function listWords(names: readonly string[]): string {
  return names.length === 0 ? 'None named' : names.join(', ');
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const inA = new Set(a);
  const inB = new Set(b);
  return inA.size === inB.size && [...inA].every((name) => inB.has(name));
}

/** Within PostingChange's 600 characters, cut at a word. */
function clip(text: string): string {
  if (text.length <= 600) return text;
  const cut = text.slice(0, 599);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 500))}…`;
}
