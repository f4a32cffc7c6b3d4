/*
 * The match rule without the skill dictionary, so a page can score jobs before the dictionary
 * (200+ kB) has loaded; match.ts adds the dictionary's keys and `matchJob`.
 */
import type { Job, SkillGroup } from '../core/job';
import type { Profile, SkillLevel } from '../core/profile';
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

/**
 * Names compared as written, ignoring case and outer spaces. What the stored names need when
 * they are the dictionary's own (the extractors and the options page store canonical names);
 * `dictionarySkillKey` (match.ts) also folds aliases, at the price of loading the dictionary.
 */
export const plainSkillKey: SkillKey = (name) => name.trim().toLowerCase();

/** The profile's skills by key, with the entry (as typed) and level that count for each. */
export type OwnedSkills = ReadonlyMap<string, { profileName: string; level: SkillLevel }>;

/** No job names a group in most postings: one shared empty set instead of one per job. */
const NO_KEYS: ReadonlySet<string> = new Set();

/** THE rule, for a profile already resolved to keys. Shared by `matchJob` and `createMatcher`. */
export function matchOwned(job: Pick<Job, 'skills' | 'skillGroups'>, owned: OwnedSkills, skillKey: SkillKey): MatchResult {
  const requiredGroups: SkillGroup[] = [];
  const preferredGroups: SkillGroup[] = [];
  let inRequiredGroup: Set<string> | null = null;
  let inPreferredGroup: Set<string> | null = null;
  for (const group of job.skillGroups) {
    if (group.required) requiredGroups.push(group);
    else preferredGroups.push(group);
    const keys = group.required ? (inRequiredGroup ??= new Set()) : (inPreferredGroup ??= new Set());
    for (const member of group.anyOf) keys.add(skillKey(member));
  }
  const requiredGroupKeys = inRequiredGroup ?? NO_KEYS;
  const preferredGroupKeys = inPreferredGroup ?? NO_KEYS;

  const required = tally();
  const preferred = tally();
  const requiredKeys = new Set<string>();
  for (const name of job.skills.required) {
    const key = skillKey(name);
    // Job lists are deduplicated by the extractor, but "Go" and "Golang" could both slip through.
    if (requiredKeys.has(key)) continue;
    requiredKeys.add(key);
    if (!requiredGroupKeys.has(key)) countSingle(required, name, owned.get(key));
  }
  const preferredKeys = new Set<string>();
  for (const name of job.skills.preferred) {
    const key = skillKey(name);
    if (preferredKeys.has(key)) continue;
    preferredKeys.add(key);
    // Counted once: as required when the job also requires it, as a group when in one.
    if (requiredKeys.has(key) || requiredGroupKeys.has(key) || preferredGroupKeys.has(key)) continue;
    countSingle(preferred, name, owned.get(key));
  }
  for (const group of requiredGroups) countGroup(required, group, owned, skillKey);
  for (const group of preferredGroups) countGroup(preferred, group, owned, skillKey);

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

  const missingRequired = required.result.missing.slice();
  for (const group of required.result.groups) if (!group.satisfiedBy) missingRequired.push(group.anyOf.join(' / '));

  return {
    score: noScoreReason ? null : Math.round((100 * earned) / weightTotal),
    noScoreReason,
    required: required.result,
    preferred: preferred.result,
    missingRequired,
    counts,
  };
}

/** The profile by key; when the user listed a skill twice ("Go", "Golang"), the higher level wins. */
export function ownedSkills(profile: Pick<Profile, 'skills'>, skillKey: SkillKey): OwnedSkills {
  const owned = new Map<string, { profileName: string; level: SkillLevel }>();
  for (const { name, level } of profile.skills) {
    const key = skillKey(name);
    const previous = owned.get(key);
    if (!previous || LEVEL_CREDIT[level] > LEVEL_CREDIT[previous.level]) owned.set(key, { profileName: name, level });
  }
  return owned;
}

/** One side (required or preferred) of a match, as it is counted. */
interface Tally {
  result: RequirementResult;
  credit: number;
  matchedCount: number;
  total: number;
}

function tally(): Tally {
  return { result: { matched: [], missing: [], groups: [] }, credit: 0, matchedCount: 0, total: 0 };
}

/** A skill counted on its own (not through a group); `have` is the profile's entry for it, if any. */
function countSingle(side: Tally, skill: string, have: { profileName: string; level: SkillLevel } | undefined): void {
  side.total++;
  if (!have) {
    side.result.missing.push(skill);
    return;
  }
  side.result.matched.push({ skill, profileName: have.profileName, level: have.level });
  side.credit += LEVEL_CREDIT[have.level];
  side.matchedCount++;
}

/** An any-of group: one requirement, satisfied by its best-levelled member. */
function countGroup(side: Tally, group: SkillGroup, owned: OwnedSkills, skillKey: SkillKey): void {
  let best: SkillHit | null = null;
  for (const member of group.anyOf) {
    const have = owned.get(skillKey(member));
    if (have && (!best || LEVEL_CREDIT[have.level] > LEVEL_CREDIT[best.level])) {
      best = { skill: member, profileName: have.profileName, level: have.level };
    }
  }
  side.total++;
  // A copy: the result is handed to the UI and must not alias the job's own array.
  side.result.groups.push({ anyOf: group.anyOf.slice(), satisfiedBy: best });
  if (best) {
    side.credit += LEVEL_CREDIT[best.level];
    side.matchedCount++;
  }
}

/**
 * A key function that asks `keyOf` once per distinct name. Each name is looked up several
 * times per job (lists, groups, profile) and, in a batch, across jobs; the dictionary once
 * is enough.
 */
export function remembered(keyOf: SkillKey): SkillKey {
  const keys = new Map<string, string>();
  return (name) => {
    let key = keys.get(name);
    if (key === undefined) keys.set(name, (key = keyOf(name)));
    return key;
  };
}

/** Matches one job against the profile a matcher was made for. */
export type JobMatcher = (job: Pick<Job, 'skills' | 'skillGroups'>) => MatchResult;

/** `createMatcher` (batch-match.ts) with the key function given: the profile resolved once. */
export function matcherFor(profile: Pick<Profile, 'skills'>, keyOf: SkillKey): JobMatcher {
  const skillKey = remembered(keyOf);
  const owned = ownedSkills(profile, skillKey);
  return (job) => matchOwned(job, owned, skillKey);
}
