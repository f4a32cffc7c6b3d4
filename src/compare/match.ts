import type { Job } from '../core/job';
import type { Profile } from '../core/profile';
import { lookupSkill } from '../extract/skills';
import { matchOwned, ownedSkills, remembered, type SkillKey } from './match-rule';
import type { MatchResult } from './match-result';

export * from './match-rule';

/** "Golang", "golang" and "Go" all become the key of "Go"; unknown names compare case-insensitively. */
export const dictionarySkillKey: SkillKey = (name) => (lookupSkill(name)?.name ?? name.trim()).toLowerCase();

/**
 * The match of one job. For many jobs against one profile use `createMatcher`
 * (batch-match.ts): the same rule, with the profile resolved once.
 */
export function matchJob(job: Job, profile: Profile, keyOf: SkillKey = dictionarySkillKey): MatchResult {
  const skillKey = remembered(keyOf);
  return matchOwned(job, ownedSkills(profile, skillKey), skillKey);
}
