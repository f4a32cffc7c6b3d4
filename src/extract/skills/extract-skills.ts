import type { JobSection, JobSkills, SkillGroup } from '../../core/job';
import { isWordChar } from './skill-boundaries';
import { anyOfGroupsInLine } from './skill-groups';
import { itemsOfLine, type LineSkill, type ListItem } from './skill-items';
import { hasRequirements, leveledLines, sectionLevel, type SkillLevel } from './skill-level';
import type { SkillMatcher } from './skill-matcher';
import { resolveMentions } from './skill-mentions';
import { unrecognisedInLine, type UnrecognisedOptions } from './skill-unrecognised';

export interface ExtractedSkills {
  skills: JobSkills;
  skillGroups: SkillGroup[];
}

/** More unrecognised names than this in one posting means the shapes are misfiring. */
export const MAX_UNRECOGNISED = 10;

/**
 * The text a posting asks for skills in (requirements, nice-to-have) is about 1 kB, 5 kB
 * at most over the 310 corpus postings. Past this many characters the text is not a
 * posting (a pasted log, a fuzzer): skills are read from the first part only, so a
 * megabyte costs what this costs.
 */
export const MAX_SCANNED_CHARS = 20_000;

/**
 * The skills a posting asks for, split into required and preferred by where they stand
 * (see skill-level.ts), with the any-of groups it states and the technology names the
 * dictionary lacks. Names are canonical, in order of first appearance, without repeats; a
 * skill both required and preferred is only required.
 */
export function extractSkills(sections: readonly JobSection[], matcher: SkillMatcher): ExtractedSkills {
  const collector = new SkillCollector(sections, matcher);
  const withRequirements = hasRequirements(sections);
  let budget = MAX_SCANNED_CHARS;
  for (const section of sections) {
    const base = sectionLevel(section.kind, withRequirements);
    if (base === null || budget <= 0) continue;
    const text = section.text.length > budget ? section.text.slice(0, budget) : section.text;
    budget -= text.length;
    const findNames = section.kind === 'requirements' || section.kind === 'nice-to-have';
    collector.readSection(text, base, findNames);
  }
  return collector.result();
}

class SkillCollector {
  private readonly required = new Set<string>();
  private readonly preferred = new Set<string>();
  private readonly topics = new Set<string>();
  private readonly unrecognised = new Map<string, string>();
  private readonly groups = new Map<string, SkillGroup>();
  private readonly nameOptions: UnrecognisedOptions;

  constructor(
    sections: readonly JobSection[],
    private readonly matcher: SkillMatcher,
  ) {
    this.nameOptions = {
      isKnown: (token) => matcher.lookup(token) !== undefined,
      writtenInLowerCase: (word) => sections.some((s) => containsWord(s.text, word)),
    };
  }

  readSection(text: string, base: SkillLevel, findNames: boolean): void {
    const mentions = resolveMentions(text, this.matcher);
    let next = 0;
    for (const line of leveledLines(text, base)) {
      if (line.level === null) {
        // Named but not asked for: its mentions are passed over.
        while (next < mentions.length && mentions[next]!.start < line.end) next++;
        continue;
      }
      const skills: LineSkill[] = [];
      for (; next < mentions.length && mentions[next]!.start < line.end; next++) {
        const m = mentions[next]!;
        if (m.start < line.start) continue;
        const { name, category, kind } = m.entry;
        if (kind === 'topic') this.topics.add(name);
        skills.push({ name, start: m.start - line.start, end: m.end - line.start, category, topic: kind === 'topic' });
      }
      if (skills.length === 0 && !findNames) continue;
      const lineText = text.slice(line.start, line.end);
      if (findNames) skills.push(...this.namesIn(lineText, skills));
      if (skills.length === 0) continue;
      // Topics are kept apart: they are neither a requirement nor an any-of alternative.
      const counted = skills.filter((s) => s.topic !== true);
      if (counted.length === 0) continue;
      counted.sort((a, b) => a.start - b.start);
      this.addLine(lineText, counted, line.level);
    }
  }

  /** Unrecognised names of a line, up to the posting's cap; the first spelling of a name is kept. */
  private namesIn(lineText: string, known: readonly LineSkill[]): LineSkill[] {
    if (this.unrecognised.size >= MAX_UNRECOGNISED) return [];
    const out: LineSkill[] = [];
    for (const found of unrecognisedInLine(lineText, known, this.nameOptions)) {
      const key = found.name.toLowerCase();
      let name = this.unrecognised.get(key);
      if (name === undefined) {
        if (this.unrecognised.size >= MAX_UNRECOGNISED) break;
        name = found.name;
        this.unrecognised.set(key, name);
      }
      out.push({ name, start: found.start, end: found.end, category: null });
    }
    return out;
  }

  private addLine(lineText: string, skills: readonly LineSkill[], level: SkillLevel): void {
    const items = itemsOfLine(lineText, skills);
    const members = new Set<ListItem>();
    for (const group of anyOfGroupsInLine(lineText, items)) {
      for (const item of group) members.add(item);
      this.addGroup([...new Set(group.map((item) => item.name))], level === 'required');
    }
    const target = level === 'required' ? this.required : this.preferred;
    // A group member stands for itself only: in "one of Java (Spring), Python" Java is an
    // alternative's detail, not a requirement of its own.
    for (const item of items) for (const name of members.has(item) ? [item.name] : item.names) target.add(name);
  }

  private addGroup(anyOf: string[], required: boolean): void {
    const key = [...anyOf].sort().join('\u0000');
    const existing = this.groups.get(key);
    if (existing === undefined) this.groups.set(key, { anyOf, required });
    else existing.required ||= required;
  }

  result(): ExtractedSkills {
    const required = [...this.required];
    return {
      skills: {
        required,
        preferred: [...this.preferred].filter((name) => !this.required.has(name)),
        unrecognised: [...this.unrecognised.values()],
        topics: [...this.topics],
      },
      skillGroups: [...this.groups.values()],
    };
  }
}

/**
 * Whether `word` occurs as a whole word, in exactly this letter case, in `text`. Called
 * only for the few candidate names of a posting, so a plain search beats indexing every word.
 */
function containsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + word.length])) return true;
  }
  return false;
}
