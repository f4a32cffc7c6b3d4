import type { JobSection, SectionKind } from '../../core/job';

/**
 * Whether the skills on a line are asked for ('required'), welcome ('preferred') or not
 * asked of the candidate at all (null: company prose, benefits, the hiring process).
 */
export type SkillLevel = 'required' | 'preferred';

/**
 * What a section's kind says. Responsibilities and unheaded text describe the job, not
 * the candidate, so they count only in postings that have no list of requirements at all
 * (a plain posting without headings would otherwise yield no skills).
 */
export function sectionLevel(kind: SectionKind, postingHasSkillLists: boolean): SkillLevel | null {
  switch (kind) {
    case 'requirements':
      return 'required';
    case 'nice-to-have':
      return 'preferred';
    case 'responsibilities':
    case 'other':
      return postingHasSkillLists ? null : 'required';
    default:
      return null;
  }
}

export function hasSkillLists(sections: readonly JobSection[]): boolean {
  return sections.some((s) => s.kind === 'requirements' || s.kind === 'nice-to-have');
}

/**
 * A line that says what it asks for is optional: "Kafka is a plus", "Ideally some Go".
 * "Preferably Postgres" is NOT here: it picks among options of a requirement.
 */
const OPTIONAL =
  /\b(?:(?:is|are|be|as|a|an|big|huge|definite|real|strong|major|great) (?:plus|bonus|advantage|asset)|nice[- ]to[- ]haves?|good[- ]to[- ]haves?|bonus|preferred|ideally|desirable|desired|would be (?:great|nice|awesome|helpful|beneficial|appreciated)|advantageous|beneficial|optional|not (?:required|mandatory|essential)|plus if|extra points|brownie points)\b/i;

/** A sub-heading that re-asserts requirements: "**Must have:**", "Required skills:". */
const REQUIRED_HEADING = /\b(?:must|required|requirements?|mandatory|essential|minimum|need)\b/i;

export function saysOptional(line: string): boolean {
  return OPTIONAL.test(line);
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

/** One line of a section with the level its skills count at. */
export interface LeveledLine {
  start: number;
  end: number;
  level: SkillLevel;
}

/**
 * Splits a counted section into lines and gives each its level. A sub-heading sets the
 * level of the lines under it until the next one ("**Nice to have**" inside "What you
 * bring" when the sections were not split); a line that says it is optional is preferred
 * whatever its block says.
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
    }
    const level = heading === null && saysOptional(line) ? 'preferred' : block;
    if (line.trim() !== '') out.push({ start, end, level });
    start = end + 1;
  }
  return out;
}
