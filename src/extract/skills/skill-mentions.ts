import type { SkillEntry } from './skill-entry';
import { inTechnicalContext } from './skill-context';
import type { SkillHit, SkillMatcher, Spelling } from './skill-matcher';

/** A skill named in a text, for highlighting and extraction. */
export interface SkillMention {
  /** Canonical dictionary name ("Go" for "Golang"). */
  name: string;
  /** The text as written. */
  matched: string;
  /** UTF-16 offsets into the text given: `text.slice(start, end) === matched`. */
  start: number;
  end: number;
}

/** A mention with the dictionary entry behind it (what extraction needs). */
export interface ResolvedMention {
  entry: SkillEntry;
  spelling: Spelling;
  start: number;
  end: number;
}

/**
 * Skills named in `text`, in text order, never overlapping. Where spellings overlap the
 * earliest wins, and at the same start the longest ("Ruby on Rails" over "Ruby", "Google
 * Cloud Platform" over "Google Cloud"). Ambiguous names count only in a technical context.
 */
export function resolveMentions(text: string, matcher: SkillMatcher): ResolvedMention[] {
  const chosen = chooseNonOverlapping(matcher.hits(text));
  const out: ResolvedMention[] = [];
  for (let i = 0; i < chosen.length; i++) {
    const hit = chosen[i]!;
    if (hit.spelling.ambiguous) {
      // Neighbours are the chosen hits either side, so "Go, Swift" vouch for each other.
      const neighbours = { before: chosen[i - 1], after: chosen[i + 1] };
      if (!inTechnicalContext(text, hit.start, hit.end, neighbours)) continue;
    }
    out.push({ entry: hit.spelling.entry, spelling: hit.spelling, start: hit.start, end: hit.end });
  }
  return out;
}

export function toSkillMention(text: string, mention: ResolvedMention): SkillMention {
  return {
    name: mention.entry.name,
    matched: text.slice(mention.start, mention.end),
    start: mention.start,
    end: mention.end,
  };
}

function chooseNonOverlapping(hits: SkillHit[]): SkillHit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: SkillHit[] = [];
  let reached = -1;
  for (const hit of hits) {
    if (hit.start < reached) continue;
    out.push(hit);
    reached = hit.end;
  }
  return out;
}
