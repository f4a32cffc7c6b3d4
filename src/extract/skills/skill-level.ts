import type { JobSection, SectionKind } from '../../core/job';

/**
 * Whether the skills on a line are asked for ('required'), welcome ('preferred') or not
 * asked of the candidate at all (null: company prose, benefits, the hiring process).
 */
export type SkillLevel = 'required' | 'preferred';

/**
 * What a section's kind says. Responsibilities, company prose, benefits and the process
 * describe the job, not the candidate: never counted. A posting without a requirements
 * section asks in what it has: its "desired skills" list, read at the required level (its
 * "is a plus" lines stay preferred, by their wording), and its unheaded text.
 */
export function sectionLevel(kind: SectionKind, postingHasRequirements: boolean): SkillLevel | null {
  switch (kind) {
    case 'requirements':
      return 'required';
    case 'nice-to-have':
      return postingHasRequirements ? 'preferred' : 'required';
    case 'other':
      return postingHasRequirements ? null : 'required';
    default:
      return null;
  }
}

export function hasRequirements(sections: readonly JobSection[]): boolean {
  return sections.some((s) => s.kind === 'requirements');
}

/**
 * A line that says what it asks for is optional: "Kafka is a plus", "Ideally some Go".
 * "Preferably Postgres" is NOT here: it picks among options of a requirement.
 */
const OPTIONAL =
  /\b(?:(?:is|are|be|as|a|an|big|huge|definite|real|strong|major|great) (?:plus|bonus|advantage|asset)|nice[- ]to[- ]haves?|good[- ]to[- ]haves?|bonus|preferred|ideally|desirable|desired|would be (?:great|nice|awesome|helpful|beneficial|appreciated)|advantageous|beneficial|optional|not (?:required|mandatory|essential)|plus if|extra points|brownie points)\b/i;

/** A sub-heading that re-asserts requirements: "**Must have:**", "Required skills:". */
const REQUIRED_HEADING = /\b(?:must|required|requirements?|mandatory|essential|minimum|need)\b/i;

/**
 * The same in German, French and Spanish: "Wünschenswert: Terraform", "Kafka est un plus",
 * "Se valorará Go". Apart from OPTIONAL because \b does not see accented letters as word
 * characters, so these end at a lookahead instead.
 */
const OPTIONAL_ELSEWHERE =
  /(?:^|[^\p{L}])(?:wünschenswert|von vorteil|idealerweise|ein plus|(?:est |serait )?un (?:gros |vrai )?plus|idéalement|appréciée?s?|souhaitée?s?|bienvenue?s?|deseables?|valorables?|se valorará|será un plus|idealmente)(?![\p{L}])/iu;

export function saysOptional(line: string): boolean {
  return OPTIONAL.test(line) || OPTIONAL_ELSEWHERE.test(line);
}

/**
 * A label heading the lines under it inside one section: a wholly bold line, or a short
 * non-list line ending in a colon ("Bonus points if you have:").
 */
export function subHeadingOf(line: string): string | null {
  const trimmed = line.trim();
  if (trimmed.length > 120 || trimmed.startsWith('- ')) return null;
  const bold = /^\*\*([^*]{1,116})\*\*:?$/.exec(trimmed);
  if (bold !== null) return bold[1]!;
  return trimmed.endsWith(':') && trimmed.length <= 90 ? trimmed.slice(0, -1) : null;
}

/**
 * One stretch of a section (a line, or a clause of one) with the level its skills count at;
 * null where the posting says it does not ask for them ("We don't use Rails").
 */
export interface LeveledLine {
  start: number;
  end: number;
  level: SkillLevel | null;
}

/**
 * Splits a counted section into lines and gives each its level. A sub-heading sets the
 * level of the lines under it until the next one ("**Nice to have**" inside "What you
 * bring" when the sections were not split). Inside a line, qualifiers set the level of the
 * clause they qualify (see clausesOf): "Python, preferably with Django" asks for Python and
 * welcomes Django.
 */
export function leveledLines(text: string, base: SkillLevel): LeveledLine[] {
  const out: LeveledLine[] = [];
  let block = base;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end);
    const heading = subHeadingOf(line);
    if (heading !== null) {
      if (saysOptional(heading)) block = 'preferred';
      else if (REQUIRED_HEADING.test(heading)) block = 'required';
      out.push({ start, end, level: block });
    } else if (line.trim() !== '') {
      for (const clause of clausesOf(line, block)) out.push({ start: start + clause.start, end: start + clause.end, level: clause.level });
    }
    start = end + 1;
  }
  return out;
}

/**
 * An inline label: "Preferred:", "_Nice to have:_", "Required:" — the level of the text
 * after it, up to the next label.
 */
const INLINE_LABEL =
  /(?:^|[\s(_*])(required|must[- ]haves?|must|mandatory|essential|preferred|nice[- ]to[- ]haves?|good[- ]to[- ]haves?|bonus(?: points)?|desired|desirable|optional|a plus|plus|wünschenswert|von vorteil|idealerweise|un plus|apprécié|souhaité|deseable|valorable)[_*]{0,2}\s?:/gi;

/** Words that welcome what FOLLOWS them, to the end of the sentence: "preferably Go and SQL". */
const WELCOMES_WHAT_FOLLOWS =
  /\b(?:preferably|ideally|optionally|bonus points? (?:if|for)|extra points? (?:if|for)|(?:a )?plus if|(?:it(?:'s| is| would be) )?(?:nice|great|a plus|beneficial|an advantage) if)\b/i;

/** "Go (preferred)", "Rust (a plus)": a parenthesis that qualifies the item just before it. */
const QUALIFYING_PARENTHESIS =
  /\((?:preferred|preferably|nice[- ]to[- ]have|a plus|plus|bonus|optional|desirable|desired|ideally|a big plus|an advantage|advantageous|beneficial)\)/gi;

const REQUIRED_LABEL = /^(?:required|must|mandatory|essential)/i;

/**
 * Where sentences end in a line: ". ", "; ", "! ", "? " — but not after "e.g." and the
 * like, which open a list of examples inside a sentence.
 */
const SENTENCE_END = /[.;!?](?=\s)/g;
const ABBREVIATION_BEFORE = /\b(?:e\.g|i\.e|etc|vs|incl|approx|min|max|yrs|no|esp)$/i;

/**
 * The clauses of one line with their levels. Most lines hold no qualifier and are one
 * clause at the block's level; the regular expressions run only on lines that do.
 */
export function clausesOf(line: string, block: SkillLevel): LeveledLine[] {
  const whole = [{ start: 0, end: line.length, level: block }];
  if (!MAY_QUALIFY.test(line)) return whole;
  // 1. Inline labels cut the line into runs, each at its label's level.
  const runs: { start: number; end: number; level: SkillLevel }[] = [];
  let runStart = 0;
  let runLevel: SkillLevel = block;
  for (const label of line.matchAll(INLINE_LABEL)) {
    const at = label.index + label[0].length - label[0].trimStart().length;
    if (at > runStart) runs.push({ start: runStart, end: at, level: runLevel });
    runStart = at;
    runLevel = REQUIRED_LABEL.test(label[1]!) ? 'required' : 'preferred';
  }
  runs.push({ start: runStart, end: line.length, level: runLevel });
  // 2. Within a run, each sentence: a forward qualifier welcomes the rest of the sentence, a
  // qualifying parenthesis its item, and any other optional wording the whole sentence.
  const out: LeveledLine[] = [];
  for (const run of runs) {
    for (const sentence of sentencesOf(line, run.start, run.end)) {
      out.push(...qualifiedParts(line, sentence.start, sentence.end, run.level));
    }
  }
  return out.filter((part) => part.end > part.start && line.slice(part.start, part.end).trim() !== '');
}

/** A cheap first look: only a line with one of these words can hold a qualifier. */
const MAY_QUALIFY =
  /n['’]t |not |never |no need|prefer|ideal|nice|good|plus|bonus|desir|optional|advantag|benefic|great|required|must|mandatory|essential|not (?:required|mandatory|essential)|extra|brownie|would be|wünsch|vorteil|appréci|souhait|bienvenu|deseable|valora/i;

function sentencesOf(line: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let from = start;
  SENTENCE_END.lastIndex = start;
  for (let match = SENTENCE_END.exec(line); match !== null && match.index < end; match = SENTENCE_END.exec(line)) {
    if (line.charAt(match.index) === '.' && ABBREVIATION_BEFORE.test(line.slice(Math.max(from, match.index - 8), match.index))) continue;
    out.push({ start: from, end: match.index + 1 });
    from = match.index + 1;
  }
  out.push({ start: from, end });
  return out;
}

/** "We don't use Rails", "no Kotlin needed": what follows is named, not asked for. */
const NEGATED =
  /\b(?:(?:we|you|they|it) (?:don['’]t|do not|won['’]t|will not|never) (?:use|need|require|work with)|(?:is|are) not (?:used|needed|in use)|no need (?:for|to know))\b/i;

function qualifiedParts(line: string, start: number, end: number, level: SkillLevel): LeveledLine[] {
  const sentence = line.slice(start, end);
  const negated = NEGATED.exec(sentence);
  if (negated !== null) {
    const cut = start + negated.index;
    return [...qualifiedParts(line, start, cut, level), { start: cut, end, level: null }];
  }
  if (level === 'preferred') return [{ start, end, level }];
  const forward = WELCOMES_WHAT_FOLLOWS.exec(sentence);
  if (forward !== null) {
    // "(Git preferably)": with nothing after it, the word looks back, to its parenthesis.
    const after = sentence.slice(forward.index + forward[0].length);
    const looksBack = !/\w/.test(after.split(')')[0]!);
    const open = sentence.lastIndexOf('(', forward.index);
    const cut = start + (looksBack ? (open === -1 ? 0 : open) : forward.index);
    return [
      ...qualifiedParts(line, start, cut, level),
      { start: cut, end, level: 'preferred' },
    ];
  }
  const parts: LeveledLine[] = [];
  let from = start;
  for (const paren of sentence.matchAll(QUALIFYING_PARENTHESIS)) {
    // The item before the parenthesis starts after the last comma, or at the sentence start.
    const parenAt = start + paren.index;
    const itemStart = Math.max(from, line.lastIndexOf(',', parenAt) + 1, line.lastIndexOf('/', parenAt) + 1);
    if (itemStart > from) parts.push({ start: from, end: itemStart, level });
    parts.push({ start: itemStart, end: parenAt + paren[0].length, level: 'preferred' });
    from = parenAt + paren[0].length;
  }
  if (parts.length > 0) {
    parts.push({ start: from, end, level });
    return parts;
  }
  return [{ start, end, level: saysOptional(sentence) ? 'preferred' : level }];
}
