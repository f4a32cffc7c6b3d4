import { LEVEL_CREDIT, PREFERRED_WEIGHT, REQUIRED_WEIGHT } from '../../compare/match-rule';
import type { GroupResult, NoScoreReason, SkillHit } from '../../compare/match-result';

/**
 * The match explanation's sentences, apart from the markup so they are tested as strings.
 * The weights come from the rule itself (src/compare/match.ts): if the rule changes, the
 * sentence that states it changes with it.
 */

/** "half", "a quarter", "in full", else a percentage. */
export function shareWords(share: number): string {
  if (share >= 1) return 'in full';
  if (share === 0.5) return 'half';
  if (share === 0.25) return 'a quarter';
  if (share === 0.75) return 'three quarters';
  return `${Math.round(share * 100)}%`;
}

/** The scoring rule in one sentence. */
export function ruleSentence(): string {
  const preferred = shareWords(PREFERRED_WEIGHT / REQUIRED_WEIGHT);
  const learning = shareWords(LEVEL_CREDIT.learning / LEVEL_CREDIT.working);
  return (
    `Each required skill counts in full and each nice-to-have counts ${preferred}; ` +
    `a skill you are still learning earns ${learning} credit, ` +
    'and a "one of" group counts once, through your best skill in it.'
  );
}

export function scoreWords(score: number): string {
  return `${score}% match`;
}

const NO_SCORE: Record<NoScoreReason, string> = {
  'empty-profile': 'No score yet: your skill profile is empty. Add your skills on the options page to see how this job fits.',
  'no-job-skills': 'No score: no skills were recognised in this posting, so there is nothing to compare.',
};

export function noScoreWords(reason: NoScoreReason): string {
  return NO_SCORE[reason];
}

/** True when the profile entry is spelled differently from the job's name for the skill. */
function throughAlias(hit: SkillHit): boolean {
  return hit.profileName.trim().toLowerCase() !== hit.skill.trim().toLowerCase();
}

/** "(expert)", "(learning — half credit)". */
function levelWords(hit: SkillHit): string {
  const credit = LEVEL_CREDIT[hit.level];
  return credit < 1 ? `(${hit.level} — ${shareWords(credit)} credit)` : `(${hit.level})`;
}

/** "Go — from your “Golang” (expert)", or "Go (expert)" when the names agree. */
export function hitWords(hit: SkillHit): string {
  return throughAlias(hit) ? `${hit.skill} — from your “${hit.profileName}” ${levelWords(hit)}` : `${hit.skill} ${levelWords(hit)}`;
}

export function missingWords(skill: string): string {
  return `${skill} — not in your profile`;
}

/** "One of Ruby / Go / Java — met by Go (working)", "… — none in your profile". */
export function groupWords(group: GroupResult): string {
  const members = `One of ${group.anyOf.join(' / ')}`;
  return group.satisfiedBy ? `${members} — met by ${hitWords(group.satisfiedBy)}` : `${members} — none in your profile`;
}

/** "7 of 9 met". */
export function metWords(matched: number, total: number): string {
  return `${matched} of ${total} met`;
}
