import type { Job } from '../core/job';
import type { Profile } from '../core/profile';
import { dictionarySkillKey, matchOwned, ownedSkills, remembered, type SkillKey } from './match';
import type { MatchResult } from './match-result';

/** Matches one job against the profile the matcher was made for. */
export type JobMatcher = (job: Pick<Job, 'skills' | 'skillGroups'>) => MatchResult;

/**
 * `matchJob` for many jobs against one profile — the same rule and the same results, for
 * the popup's list of thousands: the profile is resolved to keys once, and each skill name
 * is looked up in the dictionary once across all jobs instead of once per job. Make a new
 * matcher when the profile changes. Each result is a fresh object the caller may keep.
 */
export function createMatcher(profile: Pick<Profile, 'skills'>, keyOf: SkillKey = dictionarySkillKey): JobMatcher {
  const skillKey = remembered(keyOf);
  const owned = ownedSkills(profile, skillKey);
  return (job) => matchOwned(job, owned, skillKey);
}
