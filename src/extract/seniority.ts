import type { JobSection, Seniority } from '../core/job';
import { LABEL_BUDGET_CHARS, withinScanBudget } from './sections-scan-budget';

export interface SeniorityInput {
  title: string;
  sections: readonly JobSection[];
}

/**
 * The level of the job, from the title first, then from explicit statements in the text
 * ("this is a senior role", "we're looking for a Staff Engineer"). Null when neither says.
 *
 * Precedence in a title (documented because titles stack words):
 * 1. director — Director, VP, Vice President, Chief, C-level ("Senior Director" → director);
 * 2. manager — Manager, Head of, Engineering Manager; a level word in front of a people
 *    manager keeps it a manager ("Senior Manager", "Senior Engineering Manager" → manager:
 *    what a comparison needs is that the job manages people). A manager title that names a
 *    function rather than people ("Product Manager", "Account Manager") is a manager only
 *    without a level word: "Senior Product Manager" → senior, "Lead Product Manager" → lead;
 * 3. individual levels — principal > staff > lead > senior > mid > junior > intern, the
 *    highest named wins ("Senior Staff Engineer" → staff), except for a range written as one
 *    ("Junior/Mid", "Mid-Senior", "Senior or Staff"), which gives its lower end: the job is
 *    open at that level.
 */
export function detectSeniority(input: SeniorityInput): Seniority | null {
  return seniorityOfTitle(input.title) ?? seniorityOfText(input.sections);
}

const DIRECTOR = /\b(?:director|vp|svp|evp|avp|vice[- ]president|chief|ceo|cto|cfo|coo|cmo|cio|ciso|cpo|cro)\b/i;
/** "Adobe Experience Manager" and "package manager" are software, not a job level. */
const MANAGER = /(?<!experience |package |password )\bmanager\b|\bhead of\b|\bhead,/i;
/**
 * "Manager" naming a function, not a team to lead ("Product Manager", "Customer Success
 * Manager"): the words right before "manager".
 */
const FUNCTIONAL_MANAGER =
  /\b(?:product|project|program|programme|account|accounts|success|marketing|content|community|media|brand|partner|partnerships?|channel|campaign|category|office|production|release|growth|sales|territory|solutions?|implementation|relationship|client|portfolio|communications?|events?|seo|procurement|vendor|supply|inventory|facilities|compliance|operations|risk|talent acquisition|recruiting|hr|payroll)\s(?:\w{1,20}\s)?manager\b/i;

type IndividualLevel = Exclude<Seniority, 'manager' | 'director'>;

/** Lowest to highest: the order ranges and precedence use. */
const INDIVIDUAL_RANK: readonly IndividualLevel[] = ['intern', 'junior', 'mid', 'senior', 'lead', 'staff', 'principal'];

/**
 * One alternation per level, in a single scanning pattern so that every level word of a
 * title is found with its position (ranges need to know what stands between two words).
 * Letter case matters only for the Roman numerals ("Engineer II"), hence the separate flag.
 */
const LEVEL_WORDS: ReadonlyArray<[IndividualLevel, string]> = [
  ['intern', '\\bintern(?:ship)?s?\\b|\\btrainee\\b|\\bapprentice(?:ship)?\\b|\\bworking student\\b|\\bwerkstudent|\\balternance\\b|\\bstagiaire\\b'],
  ['junior', '\\bjunior\\b|\\bjr\\b\\.?|\\bentry[- ]level\\b|\\bgraduate\\b|\\bnew grad\\b|\\bassociate (?=(?:software |data |web |front[- ]?end |back[- ]?end |full[- ]?stack |qa |test )?(?:engineer|developer|designer|analyst|scientist|product manager))'],
  ['mid', '\\bmid(?![- ]market)(?:[- ]?level)?\\b|\\bintermediate\\b|\\binterm[ée]diaire|\\bmedior\\b|\\bmiddle\\b(?! east| office| school| management)'],
  ['senior', '\\bsenior\\b|\\bsr\\b\\.?|\\bsnr\\b'],
  ['lead', '\\b(?:tech(?:nical)? |team )?lead(?:er)?\\b(?![- ]gen)'],
  ['staff', '(?<!of )\\bstaff\\b(?! (?:accountant|nurse|writer|assistant|auditor|attorney|pharmacist|physician|member))'],
  ['principal', '\\bprincipal\\b'],
];
const LEVEL_PATTERN = new RegExp(LEVEL_WORDS.map(([, source]) => `(${source})`).join('|'), 'gi');

/** "Software Engineer II": Roman grades after a role noun. Case-sensitive: a Roman numeral is written in capitals. */
const ROMAN_GRADE = /\b(?:engineer|developer|analyst|scientist|designer|specialist|architect|administrator|programmer|consultant)\s(I{1,3})\b(?!\w)/i;
const ROMAN_LEVEL: Readonly<Record<string, IndividualLevel>> = { I: 'junior', II: 'mid', III: 'senior' };

/** What may stand between two level words for them to be read as one range. */
const RANGE_JOINER = /^\s?(?:\/|-|–|—|&|\+|,|or|to|and)\s?$/i;

export function seniorityOfTitle(fullTitle: string): Seniority | null {
  const title = fullTitle.slice(0, LABEL_BUDGET_CHARS);
  if (DIRECTOR.test(title)) return 'director';
  const individual = individualLevelOf(title);
  if (MANAGER.test(title)) {
    return FUNCTIONAL_MANAGER.test(title) && individual !== null ? individual : 'manager';
  }
  return individual;
}

interface LevelMatch {
  level: IndividualLevel;
  start: number;
  end: number;
}

function individualLevelOf(title: string): IndividualLevel | null {
  const matches: LevelMatch[] = [];
  LEVEL_PATTERN.lastIndex = 0;
  for (let match = LEVEL_PATTERN.exec(title); match !== null; match = LEVEL_PATTERN.exec(title)) {
    // The group that took part names the level (group n is LEVEL_WORDS[n - 1]).
    let group = 1;
    while (group < match.length && match[group] === undefined) group++;
    const entry = LEVEL_WORDS[group - 1];
    if (entry !== undefined) matches.push({ level: entry[0], start: match.index, end: match.index + match[0].length });
  }
  LEVEL_PATTERN.lastIndex = 0;
  const roman = ROMAN_GRADE.exec(title);
  const romanLevel = roman?.[1] !== undefined && roman[1] === roman[1].toUpperCase() ? ROMAN_LEVEL[roman[1]] : undefined;
  if (romanLevel !== undefined && roman !== null) matches.push({ level: romanLevel, start: roman.index, end: roman.index + roman[0].length });
  if (matches.length === 0) return null;

  for (let i = 0; i + 1 < matches.length; i++) {
    const [a, b] = [matches[i], matches[i + 1]];
    if (a !== undefined && b !== undefined && a.level !== b.level && RANGE_JOINER.test(title.slice(a.end, b.start))) {
      return rank(a.level) < rank(b.level) ? a.level : b.level;
    }
  }
  return matches.reduce((best, m) => (rank(m.level) > rank(best.level) ? m : best)).level;
}

function rank(level: IndividualLevel): number {
  return INDIVIDUAL_RANK.indexOf(level);
}

const TEXT_LEVEL = '(senior|junior|mid[- ]level|mid|intermediate|entry[- ]level|staff|principal|lead)';

interface TextStatement {
  pattern: RegExp;
  /** The pattern holds the word "level" ("mid-level role"): text without it is not tried. */
  saysLevel: boolean;
}

/**
 * Explicit statements about this job's level. "Mentor junior engineers" or "work with
 * senior leadership" mention levels of other people, so only phrases that name the job
 * itself count.
 */
const TEXT_STATEMENTS: readonly TextStatement[] = [
  { pattern: new RegExp(`\\bthis (?:is an?|role is an?|position is an?|job is an?) ${TEXT_LEVEL}(?:[- ]level)?\\b`, 'i'), saysLevel: false },
  { pattern: new RegExp(`\\b(?:role|position|job) is (?:at )?(?:an? )?${TEXT_LEVEL}[- ]level\\b`, 'i'), saysLevel: true },
  {
    pattern: new RegExp(
      `\\b(?:looking for|seeking|hiring|searching for|in search of) an? (?:experienced |talented |skilled |passionate |highly skilled |motivated )?${TEXT_LEVEL}\\b`,
      'i',
    ),
    saysLevel: false,
  },
  { pattern: new RegExp(`\\b${TEXT_LEVEL}[- ]level (?:role|position|opportunity|candidates?)\\b`, 'i'), saysLevel: true },
];

/** A literal, found far faster than the statements that need it. */
const LEVEL = /level/i;

const TEXT_WORD_LEVEL: Readonly<Record<string, IndividualLevel>> = {
  senior: 'senior',
  junior: 'junior',
  'entry-level': 'junior',
  'entry level': 'junior',
  mid: 'mid',
  'mid-level': 'mid',
  'mid level': 'mid',
  intermediate: 'mid',
  staff: 'staff',
  principal: 'principal',
  lead: 'lead',
};

/**
 * A level word as every statement holds it: starting a word (after \b or a space) and
 * ending one (before \b, or before the "-"/" " of "-level"). One scan for it skips the
 * four statement patterns on the many sections that name no level at all. Grouped by
 * first letter ("s(?:enior|taff)"), the engine tries fewer alternatives at each word.
 */
const ANY_LEVEL_WORD = /\b(?:s(?:enior|taff)|junior|mid|intermediate|entry|principal|lead)\b/i;

/** From statements in the text, read in order; benefits and process sections say nothing about the level. */
export function seniorityOfText(sections: readonly JobSection[]): Seniority | null {
  for (const section of withinScanBudget(sections)) {
    if (section.kind === 'benefits' || section.kind === 'process' || section.kind === 'compensation') continue;
    if (!ANY_LEVEL_WORD.test(section.text)) continue;
    let saysLevel: boolean | undefined;
    for (const statement of TEXT_STATEMENTS) {
      if (statement.saysLevel && !(saysLevel ??= LEVEL.test(section.text))) continue;
      const word = statement.pattern.exec(section.text)?.[1]?.toLowerCase();
      const level = word === undefined ? undefined : TEXT_WORD_LEVEL[word];
      if (level !== undefined) return level;
    }
  }
  return null;
}
