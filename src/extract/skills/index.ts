import type { JobSection } from '../../core/job';
import { skillMatcher } from './default-skill-matcher';
import { extractSkills as extractSkillsWith, type ExtractedSkills } from './extract-skills';
import type { SkillMatcher } from './skill-matcher';
import { resolveMentions, toSkillMention, type SkillMention } from './skill-mentions';

/**
 * Finding skills in text: the dictionary (dictionary/), the matcher built from it, and
 * what a posting asks for. Pure: runs in Node, a service worker and a content script.
 */
export { createSkillMatcher, type SkillMatcher } from './skill-matcher';
export { skillMatcher, lookupSkill, suggestSkills } from './default-skill-matcher';
export type { SkillMention } from './skill-mentions';
export type { ExtractedSkills } from './extract-skills';
export type { SkillEntry, SkillCategory } from './skill-entry';

/**
 * Skills named in `text`, in order, non-overlapping, longest first at a start, with UTF-16
 * offsets into `text` (for highlighting). At most MAX_HITS (10,000): a text naming more is
 * not a posting, and the scan stops there.
 */
export function findSkillMentions(text: string, matcher: SkillMatcher = skillMatcher): SkillMention[] {
  return resolveMentions(text, matcher).map((mention) => toSkillMention(text, mention));
}

/** Required and preferred skills, any-of groups and unrecognised names of a posting's sections. */
export function extractSkills(sections: readonly JobSection[], matcher: SkillMatcher = skillMatcher): ExtractedSkills {
  return extractSkillsWith(sections, matcher);
}
