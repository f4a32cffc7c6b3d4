import type { Job } from '../core/job';
import type { Profile, SkillLevel } from '../core/profile';
import { lookupSkill } from '../extract/skills';
import type { MatchCounts, MatchResult, NoScoreReason, RequirementResult, SkillHit } from './match-result';

export type { MatchCounts, MatchResult, NoScoreReason, RequirementResult, SkillHit } from './match-result';

/**
 * How well a job fits the user's skill profile, with the reasons shown to the user.
 *
 * Each requirement earns a credit: 1 when the user has the skill at 'working' or 'expert',
 * 0.5 at 'learning', 0 when missing. Required requirements weigh 1, preferred ones 0.5, so a
 * missing nice-to-have costs half as much as a missing must-have:
 *
 *   score = round(100 × Σ weight × credit / Σ weight)
 *
 * An any-of group ("one or more of Ruby, Go, Java") is ONE requirement, earning the best
 * credit of its members; its members are not counted again on their own. A skill listed as
 * both required and preferred counts once, as required.
 */
export const REQUIRED_WEIGHT = 1;
export const PREFERRED_WEIGHT = 0.5;
export const LEVEL_CREDIT: Record<SkillLevel, number> = { learning: 0.5, working: 1, expert: 1 };

/** Turns any spelling into a comparison key; the dictionary's canonical name when it knows one. */
export type SkillKey = (name: string) => string;

/** "Golang", "golang" and "Go" all become the key of "Go"; unknown names compare case-insensitively. */
export const dictionarySkillKey: SkillKey = (name) => (lookupSkill(name)?.name ?? name.trim()).toLowerCase();

export function matchJob(job: Job, profile: Profile, keyOf: SkillKey = dictionarySkillKey): MatchResult {
  const skillKey = remembered(keyOf);
  const owned = ownedSkills(profile, skillKey);
  const requiredGroups = job.skillGroups.filter((g) => g.required);
  const preferredGroups = job.skillGroups.filter((g) => !g.required);
  const inRequiredGroup = keysOf(requiredGroups.flatMap((g) => g.anyOf), skillKey);
  const inPreferredGroup = keysOf(preferredGroups.flatMap((g) => g.anyOf), skillKey);

  const requiredSingles = uniqueByKey(job.skills.required, skillKey).filter(
    (name) => !inRequiredGroup.has(skillKey(name)),
  );
  const requiredKeys = keysOf(requiredSingles, skillKey);
  const preferredSingles = uniqueByKey(job.skills.preferred, skillKey).filter((name) => {
    const key = skillKey(name);
    return !requiredKeys.has(key) && !inRequiredGroup.has(key) && !inPreferredGroup.has(key);
  });

  const required = evaluate(requiredSingles, requiredGroups, owned, skillKey);
  const preferred = evaluate(preferredSingles, preferredGroups, owned, skillKey);
  const counts: MatchCounts = {
    requiredMatched: required.matchedCount,
    requiredTotal: required.total,
    preferredMatched: preferred.matchedCount,
    preferredTotal: preferred.total,
  };

  const noScoreReason: NoScoreReason | null =
    owned.size === 0 ? 'empty-profile' : required.total + preferred.total === 0 ? 'no-job-skills' : null;
  const weightTotal = REQUIRED_WEIGHT * required.total + PREFERRED_WEIGHT * preferred.total;
  const earned = REQUIRED_WEIGHT * required.credit + PREFERRED_WEIGHT * preferred.credit;

  return {
    score: noScoreReason ? null : Math.round((100 * earned) / weightTotal),
    noScoreReason,
    required: required.result,
    preferred: preferred.result,
    missingRequired: [
      ...required.result.missing,
      ...required.result.groups.filter((g) => !g.satisfiedBy).map((g) => g.anyOf.join(' / ')),
    ],
    counts,
  };
}

/** The profile by key; when the user listed a skill twice ("Go", "Golang"), the higher level wins. */
function ownedSkills(profile: Profile, skillKey: SkillKey): Map<string, { profileName: string; level: SkillLevel }> {
  const owned = new Map<string, { profileName: string; level: SkillLevel }>();
  for (const { name, level } of profile.skills) {
    const key = skillKey(name);
    const previous = owned.get(key);
    if (!previous || LEVEL_CREDIT[level] > LEVEL_CREDIT[previous.level]) owned.set(key, { profileName: name, level });
  }
  return owned;
}

function evaluate(
  singles: string[],
  groups: Job['skillGroups'],
  owned: Map<string, { profileName: string; level: SkillLevel }>,
  skillKey: SkillKey,
) {
  const hitFor = (skill: string): SkillHit | null => {
    const have = owned.get(skillKey(skill));
    return have ? { skill, ...have } : null;
  };
  const result: RequirementResult = { matched: [], missing: [], groups: [] };
  let credit = 0;
  for (const skill of singles) {
    const hit = hitFor(skill);
    if (hit) {
      result.matched.push(hit);
      credit += LEVEL_CREDIT[hit.level];
    } else result.missing.push(skill);
  }
  for (const group of groups) {
    let best: SkillHit | null = null;
    for (const member of group.anyOf) {
      const hit = hitFor(member);
      if (hit && (!best || LEVEL_CREDIT[hit.level] > LEVEL_CREDIT[best.level])) best = hit;
    }
    result.groups.push({ anyOf: group.anyOf, satisfiedBy: best });
    if (best) credit += LEVEL_CREDIT[best.level];
  }
  const matchedCount = result.matched.length + result.groups.filter((g) => g.satisfiedBy).length;
  return { result, credit, matchedCount, total: singles.length + groups.length };
}

function keysOf(names: string[], skillKey: SkillKey): Set<string> {
  return new Set(names.map(skillKey));
}

/** Job lists are deduplicated by the extractor, but "Go" and "Golang" could both slip through. */
function uniqueByKey(names: string[], skillKey: SkillKey): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = skillKey(name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Each name is looked up several times (lists, groups, profile); the dictionary once is enough. */
function remembered(keyOf: SkillKey): SkillKey {
  const keys = new Map<string, string>();
  return (name) => {
    let key = keys.get(name);
    if (key === undefined) keys.set(name, (key = keyOf(name)));
    return key;
  };
}
