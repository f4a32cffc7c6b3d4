import { SKILL_DICTIONARY } from './dictionary';
import type { SkillEntry } from './skill-entry';
import { createSkillMatcher, type SkillMatcher } from './skill-matcher';

/**
 * The matcher over the project's dictionary. Creating it costs nothing: the word index and
 * the lookup tables are built on first use, once per process or extension context.
 */
export const skillMatcher: SkillMatcher = createSkillMatcher(SKILL_DICTIONARY);

/** The entry a name or alias means ("golang" → Go), any letter case; undefined if none. */
export function lookupSkill(nameOrAlias: string, matcher: SkillMatcher = skillMatcher): SkillEntry | undefined {
  return matcher.lookup(nameOrAlias);
}

/**
 * Up to `limit` entries for what a user is typing: exact name, exact alias, name prefix,
 * alias prefix, then a word of the name ("clo" → Google Cloud after Cloudflare); shorter
 * names first within a rank.
 */
export function suggestSkills(prefix: string, limit: number, matcher: SkillMatcher = skillMatcher): SkillEntry[] {
  return matcher.suggest(prefix, limit);
}
