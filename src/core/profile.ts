import { z } from 'zod';
import { SalaryPeriod, Workplace } from './job';

export const SkillLevel = z.enum(['learning', 'working', 'expert']);
export type SkillLevel = z.infer<typeof SkillLevel>;

/** One skill the user has; `name` is the dictionary's canonical name when it has one. */
export const ProfileSkill = z.object({
  name: z.string().trim().min(1).max(100),
  level: SkillLevel,
});
export type ProfileSkill = z.infer<typeof ProfileSkill>;

/** The personal skill profile every match score and badge is computed against. */
export const Profile = z.object({
  skills: z.array(ProfileSkill).max(2000),
  targetSalary: z
    .object({
      amount: z.number().positive(),
      currency: z.string().regex(/^[A-Z]{3}$/),
      period: SalaryPeriod,
    })
    .nullable(),
  /** Workplaces the user would take, most wanted first; empty = no preference. */
  workplaces: z.array(Workplace),
  /** Places the user can work from, as they write them ("Lisbon", "EU", "Remote"). */
  locations: z.array(z.string().trim().min(1).max(200)).max(50),
});
export type Profile = z.infer<typeof Profile>;

export const EMPTY_PROFILE: Profile = { skills: [], targetSalary: null, workplaces: [], locations: [] };
