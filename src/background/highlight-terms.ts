import type { Job } from '../core/job';
import type { Profile } from '../core/profile';
import { dictionarySkillKey, matchJob, type SkillKey } from '../compare/match';
import type { HighlightKind, HighlightTerm } from '../core/highlight-term';
import { MAX_TERM_LENGTH } from '../core/term-length';

/** The part of a skill mention (findSkillMentions) that highlighting needs. */
export interface MentionWording {
  /** Canonical skill name, e.g. "Go". */
  name: string;
  /** The posting's own wording, e.g. "GoLang". */
  matched: string;
}

/** More wordings than this are noise on the page and cost time in the content script. */
export const MAX_TERMS = 200;

const PRIORITY: Record<HighlightKind, number> = { have: 2, missing: 1, other: 0 };

/**
 * Which wordings to mark on the page, and as what. Runs in the background (it needs the
 * dictionary, through the match); the content script receives only this short list.
 *
 * - 'have': the user has the skill, at any level.
 * - 'missing': a required skill the user lacks, or a member of an unmet any-of group.
 *   A missing nice-to-have is 'other': it is not a gap worth alarming anyone about.
 * - 'other': every other skill the posting names.
 * With an empty profile everything is 'other': marking every requirement as missing would
 * say nothing the badge does not already ask ("Set up your skill profile").
 */
export function highlightTerms(
  job: Job,
  profile: Profile,
  mentions: readonly MentionWording[],
  skillKey: SkillKey = dictionarySkillKey,
): HighlightTerm[] {
  const owned = new Set(profile.skills.map((s) => skillKey(s.name)));
  const missing = new Set<string>();
  if (owned.size > 0) {
    const match = matchJob(job, profile, skillKey);
    for (const name of match.required.missing) missing.add(skillKey(name));
    for (const group of match.required.groups)
      if (!group.satisfiedBy) for (const name of group.anyOf) missing.add(skillKey(name));
  }

  const kindOf = new Map<string, HighlightKind>();
  for (const mention of mentions) {
    if (mention.matched.trim() === '' || mention.matched.length > MAX_TERM_LENGTH) continue;
    const key = skillKey(mention.name);
    const kind: HighlightKind = owned.has(key) ? 'have' : missing.has(key) ? 'missing' : 'other';
    const previous = kindOf.get(mention.matched);
    if (previous === undefined && kindOf.size >= MAX_TERMS) continue;
    if (previous === undefined || PRIORITY[kind] > PRIORITY[previous]) kindOf.set(mention.matched, kind);
  }
  return [...kindOf].map(([text, kind]) => ({ text, kind }));
}
