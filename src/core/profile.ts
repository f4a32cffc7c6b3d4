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

/** Language levels a user can state, lowest first; "native" above C2. */
export const LanguageLevel = z.enum(['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native']);
export type LanguageLevel = z.infer<typeof LanguageLevel>;

/**
 * What the user's side of a job's deal-breakers is: checked against what a posting states
 * (visa sponsorship, right to work, languages, office days). Empty or null says nothing,
 * so it flags nothing.
 */
export const Eligibility = z.object({
  /** Countries (or "European Union") the user may already work in, English names as postings are read into. */
  workCountries: z.array(z.string().trim().min(1).max(100)).max(50),
  /** Human languages the user speaks, each once, with a level. */
  languages: z.array(z.object({ language: z.string().trim().min(1).max(60), level: LanguageLevel })).max(30),
  /** The most days a week in an office the user accepts; null = any. */
  maxOfficeDays: z.number().int().min(0).max(5).nullable(),
  /** The user needs an employer to sponsor a visa. */
  needsSponsorship: z.boolean(),
});
export type Eligibility = z.infer<typeof Eligibility>;

export const NO_ELIGIBILITY: Eligibility = { workCountries: [], languages: [], maxOfficeDays: null, needsSponsorship: false };

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
  /** Profiles saved before deal-breakers read back with nothing stated. */
  eligibility: Eligibility.default(NO_ELIGIBILITY),
});
export type Profile = z.infer<typeof Profile>;

export const EMPTY_PROFILE: Profile = { skills: [], targetSalary: null, workplaces: [], locations: [], eligibility: NO_ELIGIBILITY };
