import { SkillLevel } from '../../core/profile';

/** The levels a user can give a skill, least to most, as every level picker lists them. */
export const SKILL_LEVELS: readonly SkillLevel[] = SkillLevel.options;
