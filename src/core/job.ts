import { z } from 'zod';

/** Where a posting was read from: a file format or the job site it was on. */
export const Source = z.enum([
  'remotewlb',
  'frontmatter',
  'markdown',
  'jsonld',
  'greenhouse',
  'lever',
  'ashby',
  'workable',
  'smartrecruiters',
  'workday',
  'linkedin',
  'indeed',
  'glassdoor',
  'seek',
  'stepstone',
  'welcometothejungle',
  'wellfound',
  'teamtailor',
  'recruitee',
  'personio',
  'bamboohr',
  /** Read by "Find a posting on this page" from a page no adapter knows (src/sites/any-page.ts). */
  'page',
  'html',
  'text',
]);
export type Source = z.infer<typeof Source>;

export const Workplace = z.enum(['remote', 'hybrid', 'onsite']);
export type Workplace = z.infer<typeof Workplace>;

export const EmploymentType = z.enum(['full-time', 'part-time', 'contract', 'internship', 'temporary']);
export type EmploymentType = z.infer<typeof EmploymentType>;

export const Seniority = z.enum([
  'intern',
  'junior',
  'mid',
  'senior',
  'staff',
  'principal',
  'lead',
  'manager',
  'director',
]);
export type Seniority = z.infer<typeof Seniority>;

export const SalaryPeriod = z.enum(['hour', 'day', 'week', 'month', 'year']);
export type SalaryPeriod = z.infer<typeof SalaryPeriod>;

/** Another range the posting lists beside the first: a city, a zone, a tier. */
export const SalaryAlternative = z.object({
  min: z.number().nonnegative().nullable(),
  max: z.number().nonnegative().nullable(),
  currency: z.string().regex(/^[A-Z]{3}$/),
  period: SalaryPeriod,
  /** As the posting names it: "San Francisco", "Zone B", "Tier 2". */
  label: z.string(),
});
export type SalaryAlternative = z.infer<typeof SalaryAlternative>;

/**
 * A pay range as the posting states it. "Up to X" leaves `min` null, "from X" leaves `max`
 * null; `text` keeps the words it came from so the UI can show them verbatim. When the
 * posting lists several ranges, this is the first, and the others are `alternatives`.
 */
export const Salary = z.object({
  min: z.number().nonnegative().nullable(),
  max: z.number().nonnegative().nullable(),
  /** ISO 4217 code, upper case. */
  currency: z.string().regex(/^[A-Z]{3}$/),
  period: SalaryPeriod,
  kind: z.enum(['base', 'ote', 'unknown']),
  /** 'estimate' when a job board guessed it (RemoteWLB's 💰 header), not the employer. */
  origin: z.enum(['employer', 'estimate']),
  text: z.string(),
  /** Records saved before alternatives existed read back with none. */
  alternatives: z.array(SalaryAlternative).default([]),
});
export type Salary = z.infer<typeof Salary>;

export const Experience = z.object({
  minYears: z.number().nonnegative(),
  maxYears: z.number().nonnegative().nullable(),
  text: z.string(),
});
export type Experience = z.infer<typeof Experience>;

export const SectionKind = z.enum([
  'about',
  'responsibilities',
  'requirements',
  'nice-to-have',
  'benefits',
  'compensation',
  'process',
  'other',
]);
export type SectionKind = z.infer<typeof SectionKind>;

export const JobSection = z.object({
  kind: SectionKind,
  heading: z.string(),
  text: z.string(),
});
export type JobSection = z.infer<typeof JobSection>;

export const JobSkills = z.object({
  /** Canonical dictionary names (e.g. "Go", "PostgreSQL"), plus unrecognised names. */
  required: z.array(z.string()),
  preferred: z.array(z.string()),
  /** Names found by pattern in requirement lists but absent from the dictionary. */
  unrecognised: z.array(z.string()),
  /**
   * Competencies and domains the requirements name (software architecture, code review,
   * machine learning): shown apart, never counted as required, preferred or in the match.
   * Records saved before topics existed read back with none.
   */
  topics: z.array(z.string()).default([]),
});
export type JobSkills = z.infer<typeof JobSkills>;

/** "One or more of Ruby, Go, Java": any one member satisfies the group. */
export const SkillGroup = z.object({
  anyOf: z.array(z.string()).min(2),
  required: z.boolean(),
});
export type SkillGroup = z.infer<typeof SkillGroup>;

/** A deal-breaker fact with the sentence of the posting that states it (shown as the reason). */
const Stated = { sentence: z.string().max(600) };

/**
 * What can rule a job out before any skill counts: each as the posting states it, or
 * null / empty when it says nothing. Never part of the match score; shown as flags.
 */
export const DealBreakers = z.object({
  /** Whether the employer sponsors a visa. */
  visaSponsorship: z.object({ offered: z.boolean(), ...Stated }).nullable(),
  /** A required right to work, or citizenship, in these countries (English names; "European Union"). */
  workAuthorization: z.object({ countries: z.array(z.string()).max(20), citizenship: z.boolean(), ...Stated }).nullable(),
  securityClearance: z.object({ ...Stated }).nullable(),
  /** Human languages asked for; level is a CEFR code (A1–C2), "native", "fluent", "professional", "basic" or null. */
  languages: z.array(z.object({ language: z.string(), level: z.string().nullable(), ...Stated })).max(20),
  relocation: z.object({ offered: z.boolean(), ...Stated }).nullable(),
  /** Days a week in the office, as the posting asks (the most it asks when it gives a range). */
  officeDays: z.object({ days: z.number().int().min(1).max(7), ...Stated }).nullable(),
  /** Share of time travelling, in percent (the most it says). */
  travelPercent: z.object({ percent: z.number().min(0).max(100), ...Stated }).nullable(),
  drivingLicence: z.object({ ...Stated }).nullable(),
});
export type DealBreakers = z.infer<typeof DealBreakers>;

export const NO_DEAL_BREAKERS: DealBreakers = {
  visaSponsorship: null,
  workAuthorization: null,
  securityClearance: null,
  languages: [],
  relocation: null,
  officeDays: null,
  travelPercent: null,
  drivingLicence: null,
};

/** The data model the CLI prints and the extension stores (DESIGN.md §3). */
export const Job = z.object({
  /** Stable: the canonical URL when known, else a hash of the content. */
  id: z.string().min(1),
  url: z.string().nullable(),
  source: Source,
  title: z.string(),
  company: z.string().nullable(),
  location: z.string().nullable(),
  workplace: Workplace.nullable(),
  employmentType: EmploymentType.nullable(),
  seniority: Seniority.nullable(),
  salary: Salary.nullable(),
  experience: Experience.nullable(),
  skills: JobSkills,
  skillGroups: z.array(SkillGroup),
  /** Records read before deal-breakers existed read back with none stated. */
  dealBreakers: DealBreakers.default(NO_DEAL_BREAKERS),
  sections: z.array(JobSection),
  /** ISO 8601. */
  postedAt: z.string().nullable(),
  /**
   * The posting says it takes no more applications: its own words ("No longer accepting
   * applications") or a deadline its source states that has passed. Records read before
   * read back with none.
   */
  postingClosed: z.object({ reason: z.string().min(1).max(300) }).nullable().default(null),
  /**
   * Which extractors read it (EXTRACTOR_VERSION when it was read). Saved jobs read by older
   * ones are read again from their raw posting; records from before versions existed are 0.
   */
  extractorVersion: z.number().int().nonnegative().default(0),
});
export type Job = z.infer<typeof Job>;
