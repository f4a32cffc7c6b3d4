import { z } from 'zod';
import { SkillLevel } from '../core/profile';

/**
 * What `matchJob` answers. Zod schemas, because the background computes the match and sends
 * it to the content script and the popup: the receiving side parses it at the boundary.
 */

/** A job skill the user has, and the profile entry that supplied it (as the user typed it). */
export const SkillHit = z.object({
  /** The job's name for the skill (canonical when the dictionary knows it). */
  skill: z.string(),
  /** The profile entry's own name, e.g. "Golang" for the job's "Go". */
  profileName: z.string(),
  level: SkillLevel,
});
export type SkillHit = z.infer<typeof SkillHit>;

export const GroupResult = z.object({
  anyOf: z.array(z.string()),
  /** The member that satisfied the group (the best-levelled one), or null. */
  satisfiedBy: SkillHit.nullable(),
});
export type GroupResult = z.infer<typeof GroupResult>;

export const RequirementResult = z.object({
  matched: z.array(SkillHit),
  missing: z.array(z.string()),
  groups: z.array(GroupResult),
});
export type RequirementResult = z.infer<typeof RequirementResult>;

export const MatchCounts = z.object({
  /** Requirements the user meets at any level (a group counts once). */
  requiredMatched: z.number().int().nonnegative(),
  requiredTotal: z.number().int().nonnegative(),
  preferredMatched: z.number().int().nonnegative(),
  preferredTotal: z.number().int().nonnegative(),
});
export type MatchCounts = z.infer<typeof MatchCounts>;

/** Why there is no score; the UI says it in words. */
export const NoScoreReason = z.enum(['empty-profile', 'no-job-skills']);
export type NoScoreReason = z.infer<typeof NoScoreReason>;

export const MatchResult = z.object({
  /** 0–100, or null when there is nothing to compare (see `noScoreReason`). */
  score: z.number().int().min(0).max(100).nullable(),
  noScoreReason: NoScoreReason.nullable(),
  required: RequirementResult,
  preferred: RequirementResult,
  /** Missing required skills by name; an unmet group reads "Ruby / Go / Java". */
  missingRequired: z.array(z.string()),
  counts: MatchCounts,
});
export type MatchResult = z.infer<typeof MatchResult>;
