import type { SkillCategory } from './skill-entry';

/** A skill named on one line: a dictionary mention or an unrecognised name. */
export interface LineSkill {
  name: string;
  start: number;
  end: number;
  /** Dictionary category; null for an unrecognised name. */
  category: SkillCategory | null;
  /** A competency or domain (SkillEntry.kind): goes to the topics, not the skills. */
  topic?: boolean;
}

/**
 * One item of a list as the posting means it. "Ruby (Rails)" is ONE item: `name` is the
 * more specific skill ("Ruby on Rails"), the one a group lists as its member. `names` are
 * the skills the item asks for, in text order: both for "Python (Django)" (Python is asked
 * for too), only the specific one when it already says the other ("Ruby on Rails" ⊃ "Ruby").
 */
export interface ListItem {
  name: string;
  names: string[];
  start: number;
  end: number;
  /** Parenthesis depth of the item's start within the line. */
  depth: number;
}

/**
 * Groups a line's skills into list items: a skill followed by exactly one other skill in
 * parentheses is a refinement of it; everything else is its own item.
 */
export function itemsOfLine(line: string, skills: readonly LineSkill[]): ListItem[] {
  if (!line.includes('(') && !line.includes('[')) {
    return skills.map((s) => ({ name: s.name, names: [s.name], start: s.start, end: s.end, depth: 0 }));
  }
  const depths = parenDepths(line, skills);
  const out: ListItem[] = [];
  for (let i = 0; i < skills.length; i++) {
    const outer = skills[i]!;
    const inner = skills[i + 1];
    const close = inner === undefined ? -1 : refinementClose(line, outer, inner, skills[i + 2]);
    if (inner !== undefined && close !== -1) {
      out.push({ ...combine(outer, inner), start: outer.start, end: close, depth: depths[i]! });
      i++;
      continue;
    }
    out.push({ name: outer.name, names: [outer.name], start: outer.start, end: outer.end, depth: depths[i]! });
  }
  return out;
}

/**
 * The offset after ")" when `inner` sits alone in parentheses right after `outer`
 * ("Ruby (Rails)"), else -1. "Postgres (or similar)" and "CI/CD (GitLab, Github)" are not
 * refinements: the first has no skill inside, the second more than one.
 */
function refinementClose(line: string, outer: LineSkill, inner: LineSkill, next: LineSkill | undefined): number {
  if (!/^\s?\(\s?$/.test(line.slice(outer.end, inner.start))) return -1;
  const after = /^\s?\)/.exec(line.slice(inner.end, inner.end + 3));
  if (after === null) return -1;
  const close = inner.end + after[0].length;
  return next !== undefined && next.start < close ? -1 : close;
}

const MORE_SPECIFIC_THAN_LANGUAGE: ReadonlySet<SkillCategory> = new Set(['framework', 'library', 'platform', 'database']);

function combine(outer: LineSkill, inner: LineSkill): Pick<ListItem, 'name' | 'names'> {
  if (outer.name === inner.name) return { name: outer.name, names: [outer.name] };
  if (containsName(inner.name, outer.name)) return { name: inner.name, names: [inner.name] };
  if (containsName(outer.name, inner.name)) return { name: outer.name, names: [outer.name] };
  const both = [outer.name, inner.name];
  // "Go (gRPC)": a language qualified by a protocol or tool is still the language item.
  if (outer.category === 'language' && inner.category !== null && !MORE_SPECIFIC_THAN_LANGUAGE.has(inner.category)) {
    return { name: outer.name, names: both };
  }
  // "Java (Spring)", "AWS (Lambda)": the parenthesis narrows the item down.
  return { name: inner.name, names: both };
}

/** "Ruby on Rails" contains the word "Ruby"; "Javascript" does not contain "Java". */
function containsName(longer: string, shorter: string): boolean {
  const l = longer.toLowerCase();
  const s = shorter.toLowerCase();
  const at = l.indexOf(s);
  if (at === -1) return false;
  const before = l[at - 1];
  const after = l[at + s.length];
  return (before === undefined || !/[a-z0-9]/.test(before)) && (after === undefined || !/[a-z0-9]/.test(after));
}

/** Parenthesis depth at each skill's start, counted once over the line up to the last skill. */
function parenDepths(line: string, skills: readonly LineSkill[]): number[] {
  const out: number[] = [];
  let depth = 0;
  let at = 0;
  for (const skill of skills) {
    for (; at < skill.start; at++) {
      const ch = line[at];
      if (ch === '(' || ch === '[') depth++;
      else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    }
    out.push(depth);
  }
  return out;
}
