import type { Profile } from '../core/profile';
import { dictionarySkillKey, matcherFor, type JobMatcher, type SkillKey } from './match';

export type { JobMatcher } from './match-rule';

/**
 * `matchJob` for many jobs against one profile — the same rule and the same results, for
 * the popup's list of thousands: the profile is resolved to keys once, and each skill name
 * is looked up in the dictionary once across all jobs instead of once per job. Make a new
 * matcher when the profile changes. Each result is a fresh object the caller may keep.
 */
export function createMatcher(profile: Pick<Profile, 'skills'>, keyOf: SkillKey = dictionarySkillKey): JobMatcher {
  return matcherFor(profile, keyOf);
}
