import type { EmploymentType, JobSection } from '../core/job';
import { mayState, mentionsIn, type Mentions } from './employment-keywords';
import { LABEL_BUDGET_CHARS, withinScanBudget } from './sections-scan-budget';

export interface EmploymentInput {
  /** What a structured source states outright (ATS employmentType, JSON-LD). */
  hint?: EmploymentType | null;
  title: string;
  sections: readonly JobSection[];
  /** Tags the board attached (front matter hashtags, Lever commitment). */
  tags?: readonly string[];
}

/**
 * Full-time, part-time, contract, internship or temporary: the source's own field first,
 * then the title ("Intern", "(6 month contract)"), then statements in the text, then the
 * board's tags. Tags come last because boards generate them from topics: a part-time
 * contract-to-hire posting can carry "#internship". Null when nothing says.
 *
 * When several types are named, the more specific one wins — internship, then contract,
 * then temporary, then part-time, then full-time — because a "full-time internship" is an
 * internship and a "full-time, 6-month contract" is a contract.
 *
 * "Competitive full-time salary" in a benefits list is weak evidence: full-time then only
 * counts from phrases that describe the job itself ("full-time position", "this role is
 * full-time", "employment type: full time"), never from "full-time salary", "full-time
 * employees" or "full-time team members", which describe pay or other people.
 */
export function detectEmploymentType(input: EmploymentInput): EmploymentType | null {
  return (
    input.hint ??
    employmentOfTitle(input.title) ??
    employmentOfText(input.sections) ??
    employmentOfTags(input.tags ?? [])
  );
}

const PRECEDENCE: readonly EmploymentType[] = ['internship', 'contract', 'temporary', 'part-time', 'full-time'];

function mostSpecific(found: ReadonlySet<EmploymentType>): EmploymentType | null {
  return PRECEDENCE.find((type) => found.has(type)) ?? null;
}

/** In a title every word is about the job, so bare words count. "Internal", "Contracts Manager" do not. */
const TITLE_PATTERNS: Readonly<Record<EmploymentType, RegExp>> = {
  internship: /\bintern(?:ship)?s?\b|\btrainee\b|\bapprentice(?:ship)?\b|\bwerkstudent|\bworking student\b|\bco-op\b|\bstagiaire\b|\bpraktikum\b/i,
  contract:
    /(?<!smart )\bcontract(?:or)?\b(?!s? (?:manager|administrator|specialist|analyst|negotiator|lawyer|attorney|counsel))|\bfreelance(?:r)?\b|\bb2b\b(?= ?(?:contract|only|\)|$))|\bfixed[- ]term\b|\boutside ir35\b|\binside ir35\b|\bc2c\b|\b1099\b/i,
  temporary: /\btemp(?:orary)?\b|\bseasonal\b|\binterim\b|\bmaternity cover\b|\bparental leave cover\b/i,
  'part-time': /\bpart[- ]?time\b/i,
  'full-time': /\bfull[- ]?time\b|\bpermanent\b/i,
};

export function employmentOfTitle(fullTitle: string): EmploymentType | null {
  const title = fullTitle.slice(0, LABEL_BUDGET_CHARS);
  // Tried in PRECEDENCE order, so the first type named is the most specific one.
  return PRECEDENCE.find((type) => TITLE_PATTERNS[type].test(title)) ?? null;
}

/** Board tags: "#contract", "#fulltime", "Part-time". A tag is a label, so it must be the whole tag. */
const TAG_PATTERNS: Readonly<Record<EmploymentType, RegExp>> = {
  internship: /^#?(?:intern|internship|internships)$/i,
  contract: /^#?(?:contract|contractor|freelance|freelancer|b2b)$/i,
  temporary: /^#?(?:temp|temporary|seasonal)$/i,
  'part-time': /^#?part[- ]?time$/i,
  'full-time': /^#?(?:full[- ]?time|permanent)$/i,
};

export function employmentOfTags(tags: readonly string[]): EmploymentType | null {
  const found = new Set<EmploymentType>();
  for (const tag of tags.slice(0, 100)) {
    const trimmed = tag.slice(0, 40).trim();
    for (const type of PRECEDENCE) if (TAG_PATTERNS[type].test(trimmed)) found.add(type);
  }
  return mostSpecific(found);
}

const ROLE = '(?:role|position|job|opportunity|vacancy|post|engagement|assignment|employment|contract|basis|capacity|hire)';
const NUMBER = '(?:\\d{1,2}|one|two|three|four|six|nine|twelve|eighteen)';
/** Fewer weekly hours than any full-time schedule: 1–32. */
const FEW_HOURS = '(?:[1-9]|[12]\\d|3[0-2])';
const DECLARED = '(?:employment type|job type|role type|position type|type of employment|contract type|commitment|schedule|employment)\\s?[:\\-–]\\s?';
/** "This is a part-time, temporary position", "This role is a full-time" — the job described in one sentence. */
const THIS_JOB_IS = `\\bthis (?:is|${ROLE} is|${ROLE} will be) (?:an? )?(?:[\\w-]{1,20},? (?:and |or )?){0,3}`;

/**
 * The job declared in so many words: "This is a full-time position", "Employment type:
 * Contract". A declaration outweighs any other mention — "This is a full-time position: you
 * will be employed … or as a contractor" is full-time.
 */
const DECLARED_PATTERNS: Readonly<Record<EmploymentType, RegExp>> = {
  internship: new RegExp(`${THIS_JOB_IS}intern(?:ship)?\\b|${DECLARED}(?:intern|internship)\\b`, 'i'),
  contract: new RegExp(`${THIS_JOB_IS}(?:contract|contractor|freelance|fixed[- ]term)\\b|${DECLARED}(?:contract|contractor|freelance|b2b|fixed[- ]term)\\b`, 'i'),
  temporary: new RegExp(`${THIS_JOB_IS}(?:temporary|seasonal)\\b|${DECLARED}(?:temporary|temp|seasonal)\\b`, 'i'),
  'part-time': new RegExp(`${THIS_JOB_IS}part[- ]?time\\b|${DECLARED}part[- ]?time\\b`, 'i'),
  'full-time': new RegExp(`${THIS_JOB_IS}(?:permanent,? )?full[- ]?time\\b|${DECLARED}(?:full[- ]?time|permanent)\\b`, 'i'),
};

/**
 * Statements that describe the job itself. Each names the job ("position", "role",
 * "contract", "basis") or is a declared field ("Employment type: Contract"); bare words
 * are not enough in prose ("smart contracts", "contract negotiations", "our interns").
 */
const TEXT_PATTERNS: Readonly<Record<EmploymentType, RegExp>> = {
  internship: new RegExp(
    `\\b(?:paid |summer |winter |spring |fall |\\d{1,2}[- ]months? )?internship (?:${ROLE}|program|programme|opportunity)\\b|\\bthis (?:is an?|${ROLE} is an?) (?:paid |summer |\\w{1,20} )?internship\\b|\\b(?:intern|internship) ${ROLE}\\b|${DECLARED}(?:intern|internship)\\b`,
    'i',
  ),
  contract: new RegExp(
    `\\b${NUMBER}[- ](?:to[- ]${NUMBER}[- ])?(?:months?|weeks?|years?)(?: long)?,? (?:fixed[- ]term |initial |rolling |renewable |freelance |b2b )?contract\\b|\\bcontract (?:of|for) (?:an? )?(?:initial )?${NUMBER}[- ]?(?:months?|weeks?|years?)|\\bcontract[- ](?:to[- ]hire|${ROLE}|basis|assignment|work)\\b|\\b(?:on|under) (?:an? )?(?:b2b |freelance |fixed[- ]term )?contract(?:or)? basis\\b|\\bas an? (?:independent |freelance |external )?(?:contractor|freelancer)\\b|\\bindependent contractor\\b|\\bfreelance (?:${ROLE}|basis|developer|engineer|designer|writer|work)\\b|\\bb2b (?:contract|agreement|cooperation|basis|invoic|arrangement)|\\bfixed[- ]term (?:contract|${ROLE})\\b|\\boutside ir35\\b|\\binside ir35\\b|${DECLARED}(?:contract|contractor|freelance|b2b|fixed[- ]term)\\b`,
    'i',
  ),
  temporary: new RegExp(
    `\\b(?:temporary|seasonal|interim) (?:${ROLE}|assignment|cover)\\b|\\bthis (?:is a|${ROLE} is) (?:temporary|seasonal)\\b|\\b(?:maternity|paternity|parental)(?: leave)? cover\\b|${DECLARED}(?:temporary|temp|seasonal)\\b`,
    'i',
  ),
  'part-time': new RegExp(
    `\\bpart[- ]?time (?:${ROLE}|hours|schedule|work|basis)\\b|\\bthis (?:is a|${ROLE} is) part[- ]?time\\b|\\b${ROLE} is (?:a )?part[- ]?time\\b|\\b${FEW_HOURS}(?:\\s?(?:-|to)\\s?${FEW_HOURS})? hours (?:a|per) week\\b|${DECLARED}part[- ]?time\\b`,
    'i',
  ),
  'full-time': new RegExp(
    `\\b(?:permanent,? )?full[- ]?time,? (?:permanent |salaried |remote |hybrid |on-?site |in-?office )?(?:${ROLE})\\b|\\b(?:looking for|to hire|hiring|seeking|searching for|with|as) an? (?:[\\w-]{1,15} )?full[- ]?time\\b(?! (?:salar|employee|benefit|team member|staff))|\\bthis (?:is a|${ROLE} is) (?:permanent,? |remote,? )?full[- ]?time\\b|\\b${ROLE} is (?:a )?(?:permanent,? )?full[- ]?time\\b|\\b(?:work|working) full[- ]?time\\b|\\bpermanent,? full[- ]?time\\b|${DECLARED}(?:full[- ]?time|permanent)\\b`,
    'i',
  ),
};

/**
 * From the text. A benefits section describes the package for employees in general
 * ("full-time employees get…", "PhonePe Full Time Employee Benefits (Not applicable for
 * Intern or Contract Roles)"), so it is read last and only if nothing else spoke.
 */
export function employmentOfText(allSections: readonly JobSection[]): EmploymentType | null {
  const sections = withinScanBudget(allSections);
  const mainText = sections.filter((section) => section.kind !== 'benefits').map((section) => mentionsIn(section.text));
  const fromMain = typesIn(mainText, DECLARED_PATTERNS) ?? typesIn(mainText, TEXT_PATTERNS);
  if (fromMain !== null) return fromMain;
  const benefits = sections.filter((section) => section.kind === 'benefits').map((section) => mentionsIn(section.text));
  return typesIn(benefits, DECLARED_PATTERNS) ?? typesIn(benefits, TEXT_PATTERNS);
}

function typesIn(sections: readonly Mentions[], patterns: Readonly<Record<EmploymentType, RegExp>>): EmploymentType | null {
  let found: EmploymentType | null = null;
  for (const { types, window } of sections) {
    if (types === 0) continue;
    for (const type of PRECEDENCE) {
      if (type === found) break; // what is left is less specific than what was found
      if (mayState(types, type) && patterns[type].test(window)) found = moreSpecific(found, type);
    }
  }
  return found;
}

function moreSpecific(a: EmploymentType | null, b: EmploymentType): EmploymentType {
  return a === null || PRECEDENCE.indexOf(b) < PRECEDENCE.indexOf(a) ? b : a;
}
