import type { ListItem } from './skill-items';

/**
 * "One or more of Ruby, Go, Java", "at least one of the following languages: Go, PHP or
 * Kotlin", "either X or Y": a cue, a few words at most, then a list. Any one member
 * satisfies the group. Without a cue a list is read as "all of these".
 */
const CUE =
  /\b(?:at least one(?: of)?|one or more(?: of)?|one or two(?: of)?|any one of|one of|any of|either|some of)\b/gi;

/** Between the cue and the list: "the following languages:", "these databases (". */
const MAX_LEAD = 60;
const LEAD_BREAK = /[.;!?\n]/;

/** Between two members: commas, slashes, "or", "and"; parenthesised examples already removed. */
const MEMBER_GAP = /^[\s,/&|]{0,6}(?:(?:and\/or|or|and|as well as|&)[\s,/]{1,4})?$/i;

/** A line has at most a handful of cues; this bounds the work on a pathological one. */
const MAX_CUES = 8;

/** The any-of groups one line states: the member items in order, at least two distinct names each. */
export function anyOfGroupsInLine(line: string, items: readonly ListItem[]): ListItem[][] {
  const groups: ListItem[][] = [];
  CUE.lastIndex = 0;
  let cue: RegExpExecArray | null;
  let seen = 0;
  while ((cue = CUE.exec(line)) !== null && seen++ < MAX_CUES) {
    const cueEnd = cue.index + cue[0].length;
    const first = items.findIndex((item) => item.start >= cueEnd);
    if (first === -1) break;
    const lead = line.slice(cueEnd, items[first]!.start);
    if (lead.length > MAX_LEAD || LEAD_BREAK.test(lead)) continue;
    const members = membersFrom(line, items, first);
    if (new Set(members.map((m) => m.name)).size < 2) continue;
    // "Either way, use Java and Kotlin" is not a choice: "either" needs its "or".
    if (cue[0].toLowerCase() === 'either' && !/\bor\b/i.test(line.slice(members[0]!.end, members[members.length - 1]!.start))) continue;
    groups.push(members);
  }
  return groups;
}

function membersFrom(line: string, items: readonly ListItem[], first: number): ListItem[] {
  const head = items[first]!;
  const members = [head];
  let previous = head;
  for (let i = first + 1; i < items.length; i++) {
    const item = items[i]!;
    if (item.depth > head.depth) continue; // an example inside a member's parenthesis
    if (item.depth < head.depth) break; // the list's own parenthesis closed
    if (!MEMBER_GAP.test(withoutParentheses(line.slice(previous.end, item.start)))) break;
    members.push(item);
    previous = item;
  }
  return members;
}

/** "(GitLab, Github), " → ", ": the gap between two members with their examples removed. */
function withoutParentheses(gap: string): string {
  if (gap.length > 200) return gap; // never a list gap; MEMBER_GAP rejects it at once
  let out = '';
  let depth = 0;
  for (const ch of gap) {
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += ch;
  }
  return out;
}
