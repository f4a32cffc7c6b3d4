import type { JobSection, Workplace } from '../core/job';
import { LABEL_BUDGET_CHARS, withinScanBudget } from './sections-scan-budget';
import { WORD, workplaceWordsIn } from './workplace-keywords';

export interface WorkplaceInput {
  /** What a structured source states outright (ATS workplaceType, JSON-LD jobLocationType). */
  hint?: Workplace | null;
  /** What the board implies when nothing else says (PostingHints.boardWorkplace). */
  boardDefault?: Workplace | null;
  title: string;
  location: string | null;
  sections: readonly JobSection[];
}

/**
 * Remote, hybrid or on-site, from the most to the least direct evidence: the source's own
 * field, then the title and location labels ("Remote-Africa", "(Hybrid)", "TELECOMMUTE"),
 * then statements about this job in the text. Null when nothing says.
 */
export function detectWorkplace(input: WorkplaceInput): Workplace | null {
  return (
    input.hint ??
    workplaceOfLabel(input.title) ??
    (input.location === null ? null : workplaceOfLabel(input.location)) ??
    workplaceOfText(input.sections) ??
    input.boardDefault ??
    null
  );
}

const LABEL_REMOTE =
  /\bremote(?:ly)?\b|telecommut|\btelework|\bwork(?:ing)? from home\b|\bwfh\b|\bhome[- ]based\b|\banywhere\b|t[ée]l[ée]travail|\bteletrabajo\b|\bremoto\b/i;
const LABEL_HYBRID = /\bhybrid\b/i;
const LABEL_ONSITE = /\bon[- ]?site\b|\bin[- ]office\b|\boffice[- ]based\b|\bin[- ]person\b/i;
const NOT_REMOTE = /\b(?:not|no|non)[- ](?:a )?remote\b/i;
/** "Hybrid remote", "Remote (hybrid)", "partially remote": remote in part, so hybrid. */
const PARTLY_REMOTE = /\bhybrid[- ]remote\b|\bremote[- ]?(?:\(|\/|-)?\s?hybrid\b|\b(?:partially|partly|semi)[- ]remote\b/i;

/**
 * A title or location label. When it offers remote beside another mode ("Remote or
 * on-site", "Remote, London (Hybrid)") the job can be done remotely, so remote wins;
 * hybrid wins only when it qualifies the remote itself ("Hybrid Remote").
 */
export function workplaceOfLabel(fullLabel: string): Workplace | null {
  const label = fullLabel.slice(0, LABEL_BUDGET_CHARS);
  if (NOT_REMOTE.test(label)) return 'onsite';
  if (PARTLY_REMOTE.test(label)) return 'hybrid';
  if (LABEL_REMOTE.test(label)) return 'remote';
  if (LABEL_HYBRID.test(label)) return 'hybrid';
  if (LABEL_ONSITE.test(label)) return 'onsite';
  return null;
}

interface Statement {
  workplace: Workplace;
  pattern: RegExp;
  /** The keywords (WORD bits) of which every match of the pattern holds at least one. */
  needs: number;
}

const ROLE = '(?:role|position|job|opportunity|vacancy)';
const MODE_ADVERB = '(?:fully |100% |full[- ]time |completely |entirely |permanently |a )?';
const DAYS = '(?:\\d|one|two|three|four|five)(?:\\s?(?:-|to|or)\\s?(?:\\d|two|three|four|five))?';
const OFFICE = '(?:in|at|from) (?:the|our|an?) (?:office|hub|studio|headquarters|hq)';

/**
 * Statements about this job. They name the job ("this role is remote", "a hybrid
 * position", "3 days a week in the office"), so they count even in an 'about' section.
 * Negations come first: "this is not a remote role" must not read as remote.
 */
const STRONG: readonly Statement[] = [
  {
    workplace: 'onsite',
    pattern: new RegExp(`\\b(?:not|no|non)[- ](?:a )?(?:fully )?remote\\b|\\bremote (?:work )?is not (?:possible|available|an option)`, 'i'),
    needs: WORD.remote,
  },
  { workplace: 'remote', pattern: /#li-remote\b/i, needs: WORD.linkedInTag },
  { workplace: 'hybrid', pattern: /#li-hybrid\b/i, needs: WORD.linkedInTag },
  { workplace: 'onsite', pattern: /#li-onsite\b/i, needs: WORD.linkedInTag },
  {
    workplace: 'hybrid',
    // "hybrid", "N days a week", or the office in "in the office N days".
    needs: WORD.hybrid | WORD.daysAWeek | WORD.theOffice,
    pattern: new RegExp(
      `\\bhybrid (?:${ROLE}|work(?:ing)? (?:model|arrangement|schedule|policy|environment)|schedule|model|arrangement|setup|set-up)\\b|\\b${ROLE} is (?:a )?hybrid\\b|\\b${DAYS} days? (?:a |per |each |every )?week ${OFFICE}|${OFFICE} (?:at least )?${DAYS} days?|\\b${DAYS} days? (?:a |per )?week (?:on[- ]?site|in[- ]office|in person|remote|from home|remotely)\\b`,
      'i',
    ),
  },
  {
    workplace: 'remote',
    needs: WORD.remote | WORD.telework,
    pattern: new RegExp(
      `\\bthis (?:is|${ROLE} is) ${MODE_ADVERB}remote\\b|\\b${ROLE} is ${MODE_ADVERB}remote\\b|\\b(?:fully|100%|completely|entirely|full[- ]time) remote ${ROLE}\\b|\\bremote[- ](?:first )?${ROLE}\\b|\\b(?:can|may) be (?:done|performed|worked|based) (?:fully )?remotely\\b|\\bwork (?:fully )?remotely from anywhere\\b|\\byou(?:'ll| will) (?:be )?work(?:ing)? (?:fully |100% )?remotely\\b|\\b(?:telecommuting|teleworking|remote work) is (?:permitted|allowed|an option|possible|available)\\b|\\bteleworker ${ROLE}|\\bcan be (?:done |performed |based )?[^.\\n]{0,60}\\bor (?:fully |100% )?remote\\b|\\b(?:fully|100%|all)[- ]remote (?:company|organi[sz]ation|team|work(?:ing)?)\\b|\\bremote[- ]only company\\b`,
      'i',
    ),
  },
  {
    workplace: 'onsite',
    // "on-site", "in-office", "office-based", "in person", or the office in "work in the office".
    needs: WORD.onSite | WORD.theOffice,
    pattern: new RegExp(
      `\\b(?:on[- ]?site|in[- ]office|office[- ]based|in[- ]person) ${ROLE}\\b|\\b${ROLE} is (?:fully |100% )?(?:on[- ]?site|in[- ]office|office[- ]based|in[- ]person)\\b|\\b(?:must|required to|expected to) (?:be able to )?work (?:on[- ]?site|${OFFICE})(?! \\d)`,
      'i',
    ),
  },
];

/**
 * Mentions that point one way when they are about working here ("remote-first", "work
 * remotely", "hybrid working") but that company prose uses loosely ("most of our employees
 * are remote"), so they are not read in 'about' sections. "Hybrid cloud" and "on-site
 * visits" say nothing about the workplace and are not matched.
 */
const WEAK: readonly Statement[] = [
  {
    workplace: 'remote',
    needs: WORD.remote | WORD.workFrom,
    pattern:
      /\bremote[- ](?:first|friendly|only|work|working|team|company|environment|setup|option|culture)\b|\bwork(?:ing)? (?:fully )?remotely\b|\b(?:fully|100%|completely) remote\b|\bwork from (?:home|anywhere)\b/i,
  },
  {
    workplace: 'hybrid',
    needs: WORD.hybrid,
    pattern: /\bhybrid[- ](?:work|working|office|policy|environment|setup|set-up|model)\b|\bhybrid (?:or|and|\/) (?:remote|on-?site)\b/i,
  },
];

/** "Location: Fort Knox (REMOTE)", "Locations - Austin or Remote US": a label inside the text (needs WORD.location). */
const LOCATION_LINE = /^(?:- )?(?:job |work |office )?locations?\s?[:\-–]\s?([^\n]{1,200})/im;

/**
 * Workplace from the text: a location label written in it, else the first strong
 * statement, else the most frequent weak mention.
 */
export function workplaceOfText(allSections: readonly JobSection[]): Workplace | null {
  const sections = withinScanBudget(allSections);
  const words = sections.map((section) => workplaceWordsIn(section.text));
  for (const [index, section] of sections.entries()) {
    if (!hasAny(words[index], WORD.location)) continue;
    const label = LOCATION_LINE.exec(section.text)?.[1];
    const fromLabel = label === undefined ? null : workplaceOfLabel(label);
    if (fromLabel !== null) return fromLabel;
  }
  for (const [index, section] of sections.entries()) {
    for (const statement of STRONG) {
      if (hasAny(words[index], statement.needs) && statement.pattern.test(section.text)) return statement.workplace;
    }
  }
  const votes = new Map<Workplace, number>();
  for (const [index, section] of sections.entries()) {
    if (section.kind === 'about') continue;
    for (const statement of WEAK) {
      if (!hasAny(words[index], statement.needs) || !statement.pattern.test(section.text)) continue;
      votes.set(statement.workplace, (votes.get(statement.workplace) ?? 0) + 1);
    }
  }
  let best: Workplace | null = null;
  for (const [workplace, count] of votes) if (best === null || count > (votes.get(best) ?? 0)) best = workplace;
  return best;
}

function hasAny(words: number | undefined, wanted: number): boolean {
  return ((words ?? 0) & wanted) !== 0;
}
