import { descriptionSketch } from '../../src/compare/description-sketch';
import fc from 'fast-check';
import { ChangedField } from '../../src/core/posting-history';
import { compareInstants } from '../../src/data/merge-job';
import { SHIPPED_CURRENCY_RATES, type CurrencyRates } from '../../src/compare/currency-rates';
import {
  EmploymentType,
  JobStatus,
  SalaryPeriod,
  SectionKind,
  Seniority,
  Source,
  Workplace,
  LanguageLevel,
  type Profile,
  type RawPosting,
  type SavedJob,
} from '../../src/core';
import { lookupSkill } from '../../src/extract/skills';
import { BadgeCorner } from '../../src/settings/display-settings';
import type { ExportSettings } from '../../src/data/jobmark-export';

/**
 * fast-check arbitraries for the export/import property tests (test support only; nothing
 * in the extension imports it). Every value respects the schemas, and the text is hostile
 * on purpose: markup, quotes, commas, line breaks, emoji, spreadsheet formulas, prototype
 * names, and arbitrary UTF-16 (lone surrogates included).
 */

export const HOSTILE_STRINGS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert("x")</script>',
  '"Quoted", with a comma',
  'line one\nline two\r\nline three',
  '🧑‍💻 Ingénieure — naïve café ✓',
  '=HYPERLINK("http://evil.test","Apply")',
  '+1 555',
  '-2+3',
  '@SUM(A1:A9)',
  '\tTabbed',
  '\rCarriage',
  '__proto__',
  'constructor',
  '',
  ' ',
];

export const hostileText = (maxLength = 60): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
    { weight: 2, arbitrary: fc.string({ maxLength }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength }) },
  );

const nullable = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(arbitrary, { nil: null });

const currencyCode = fc.stringMatching(/^[A-Z]{3}$/);

/** Deal-breakers as the extractor writes them, with hostile sentences. */
const sentence = hostileText(120);
const dealBreakers = fc.record({
  visaSponsorship: nullable(fc.record({ offered: fc.boolean(), sentence })),
  workAuthorization: nullable(
    fc.record({ countries: fc.array(fc.constantFrom('United States', 'Germany', 'European Union'), { maxLength: 2 }), citizenship: fc.boolean(), sentence }),
  ),
  securityClearance: nullable(fc.record({ sentence })),
  languages: fc.array(
    fc.record({ language: fc.constantFrom('German', 'French', 'English'), level: nullable(fc.constantFrom('B2', 'C1', 'fluent', 'native')), sentence }),
    { maxLength: 2 },
  ),
  relocation: nullable(fc.record({ offered: fc.boolean(), sentence })),
  officeDays: nullable(fc.record({ days: fc.integer({ min: 1, max: 5 }), sentence })),
  travelPercent: nullable(fc.record({ percent: fc.integer({ min: 0, max: 100 }), sentence })),
  drivingLicence: nullable(fc.record({ sentence })),
});

/** An amount as the extractors or a user could give one: whole, fractional, tiny or huge. */
const amount = fc.oneof(fc.integer({ min: 0, max: 2_000_000 }), fc.double({ min: 0, max: 1e9, noNaN: true }));

const isoInstant = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T23:59:59Z'), noInvalidDate: true })
  .map((date) => date.toISOString());

/** Timestamps are ISO 8601 as Jobmark writes them; now and then another string (a hand edit). */
const timestamp = fc.oneof({ weight: 5, arbitrary: isoInstant }, { weight: 1, arbitrary: fc.string({ maxLength: 30 }) });

const url = fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), hostileText());

const salary = fc.record({
  min: nullable(amount),
  max: nullable(amount),
  currency: currencyCode,
  period: fc.constantFrom(...SalaryPeriod.options),
  kind: fc.constantFrom('base', 'ote', 'unknown') as fc.Arbitrary<'base' | 'ote' | 'unknown'>,
  origin: fc.constantFrom('employer', 'estimate') as fc.Arbitrary<'employer' | 'estimate'>,
  text: hostileText(),
  alternatives: fc.array(
    fc.record({ min: nullable(amount), max: nullable(amount), currency: currencyCode, period: fc.constantFrom(...SalaryPeriod.options), label: hostileText(20) }),
    { maxLength: 2 },
  ),
});

const skillName = fc.oneof(fc.constantFrom('Go', 'Golang', 'Rust', 'PostgreSQL', 'Kubernetes', 'AWS', 'GCP', 'React'), hostileText(20));

const rawPosting: fc.Arbitrary<RawPosting> = fc.record({
  source: fc.constantFrom(...Source.options),
  url: nullable(url),
  title: nullable(hostileText()),
  company: nullable(hostileText()),
  location: nullable(hostileText()),
  sections: fc.array(fc.record({ heading: hostileText(), text: hostileText(200) }), { maxLength: 3 }),
  hints: fc.record(
    {
      workplace: nullable(fc.constantFrom(...Workplace.options)),
      employmentType: nullable(fc.constantFrom(...EmploymentType.options)),
      salary: nullable(salary),
      boardSalaryText: nullable(hostileText()),
      postedAt: nullable(timestamp),
      tags: fc.array(hostileText(15), { maxLength: 3 }),
    },
    { requiredKeys: [] },
  ),
});

export const savedJob: fc.Arbitrary<SavedJob> = fc
  .record({
  id: fc.oneof(fc.webUrl(), fc.string({ minLength: 1, maxLength: 20 }).map((s) => `hash:${s}`), fc.string({ unit: 'binary', minLength: 1, maxLength: 20 })),
  url: nullable(url),
  source: fc.constantFrom(...Source.options),
  title: hostileText(),
  company: nullable(hostileText()),
  location: nullable(hostileText()),
  workplace: nullable(fc.constantFrom(...Workplace.options)),
  employmentType: nullable(fc.constantFrom(...EmploymentType.options)),
  seniority: nullable(fc.constantFrom(...Seniority.options)),
  salary: nullable(salary),
  experience: nullable(fc.record({ minYears: fc.integer({ min: 0, max: 30 }), maxYears: nullable(fc.integer({ min: 0, max: 40 })), text: hostileText() })),
  skills: fc.record({
    required: fc.array(skillName, { maxLength: 5 }),
    preferred: fc.array(skillName, { maxLength: 5 }),
    unrecognised: fc.array(hostileText(20), { maxLength: 2 }),
    topics: fc.array(skillName, { maxLength: 2 }),
  }),
  skillGroups: fc.array(fc.record({ anyOf: fc.array(skillName, { minLength: 2, maxLength: 4 }), required: fc.boolean() }), { maxLength: 2 }),
  dealBreakers: dealBreakers,
  sections: fc.array(fc.record({ kind: fc.constantFrom(...SectionKind.options), heading: hostileText(), text: hostileText(200) }), { maxLength: 3 }),
  postedAt: nullable(timestamp),
  postingClosed: nullable(fc.record({ reason: hostileText(60).filter((text) => text.length > 0) })),
  extractorVersion: fc.integer({ min: 0, max: 5 }),
  raw: rawPosting,
  savedAt: timestamp,
  updatedAt: timestamp,
  status: fc.constantFrom(...JobStatus.options),
  note: hostileText(200),
  sameAs: nullable(fc.oneof(fc.webUrl(), fc.string({ minLength: 1, maxLength: 20 }))),
  notSameAs: fc.array(fc.string({ minLength: 1, maxLength: 20 }), { maxLength: 3 }),
  history: fc.array(
    fc.record({
      seenAt: timestamp,
      changes: fc.array(fc.record({ field: fc.constantFrom(...ChangedField.options), before: hostileText(60), after: hostileText(60) }), {
        minLength: 1,
        maxLength: 3,
      }),
    }),
    { maxLength: 2 },
  ),
  closed: nullable(fc.record({ seenAt: timestamp, reason: hostileText(60).filter((text) => text.length > 0) })),
}).map((job): SavedJob => ({
  ...job,
  descriptionSketch: descriptionSketch(job.sections),
  // Versions are stored oldest first, each once, as saving writes them.
  history: [...new Map(job.history.map((version) => [JSON.stringify(version), version])).values()].sort((a, b) => compareInstants(a.seenAt, b.seenAt)),
}));

/** Saved jobs with distinct ids, as a database holds them. */
export const savedJobs = (maxLength = 5): fc.Arbitrary<SavedJob[]> => fc.uniqueArray(savedJob, { maxLength, selector: (job) => job.id });

/** A name as the profile stores it: trimmed, not empty. */
const trimmedName = (maxLength: number) =>
  hostileText(maxLength)
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && s.length <= maxLength);

/**
 * A profile as Jobmark stores it: one entry per skill (the options page stores a skill
 * added again under its dictionary name, replacing the old entry), so no two entries are
 * the same skill by name or alias.
 */
export const profile: fc.Arbitrary<Profile> = fc.record({
  skills: fc.uniqueArray(
    fc.record({
      name: fc.oneof(fc.constantFrom('Go', 'Rust', 'PostgreSQL', 'Kubernetes', 'TypeScript', 'Terraform'), trimmedName(30)),
      level: fc.constantFrom('learning', 'working', 'expert') as fc.Arbitrary<'learning' | 'working' | 'expert'>,
    }),
    { maxLength: 6, selector: (skill) => (lookupSkill(skill.name)?.name ?? skill.name.trim()).toLowerCase() },
  ),
  targetSalary: nullable(
    fc.record({ amount: fc.double({ min: 1, max: 1e7, noNaN: true }), currency: currencyCode, period: fc.constantFrom(...SalaryPeriod.options) }),
  ),
  workplaces: fc.uniqueArray(fc.constantFrom(...Workplace.options)),
  locations: fc.array(trimmedName(40), { maxLength: 3 }),
  eligibility: fc.record({
    workCountries: fc.uniqueArray(fc.constantFrom('United States', 'Germany', 'European Union', 'Canada'), { maxLength: 3 }),
    languages: fc.uniqueArray(
      fc.record({ language: fc.constantFrom('English', 'German', 'French', 'Spanish'), level: fc.constantFrom(...LanguageLevel.options) }),
      { maxLength: 3, selector: (spoken) => spoken.language },
    ),
    maxOfficeDays: nullable(fc.integer({ min: 0, max: 5 })),
    needsSponsorship: fc.boolean(),
  }),
});

/**
 * A rate table as the user can hold one: the shipped table (never stored), or one they
 * edited, dated on or after the shipped table's day (editing stamps the day of the edit).
 */
export const currencyRates: fc.Arbitrary<CurrencyRates> = fc.oneof(
  fc.constant(SHIPPED_CURRENCY_RATES),
  fc
    .record({
      date: fc
        .date({ min: new Date(`${SHIPPED_CURRENCY_RATES.date}T00:00:00Z`), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
        .map((date) => date.toISOString().slice(0, 10)),
      rates: fc.dictionary(currencyCode, fc.double({ min: 1e-6, max: 1e6, noNaN: true }), { maxKeys: 8 }),
    })
    .map(({ date, rates }) => ({ date, base: 'USD' as const, rates: { ...rates, USD: 1 } })),
);

export const exportSettings: fc.Arbitrary<ExportSettings> = fc.record({
  disabledSites: fc.uniqueArray(fc.oneof(fc.constantFrom('lever', 'greenhouse', 'workday', 'linkedin'), trimmedName(30)), { maxLength: 4 }),
  highlightsEnabled: fc.boolean(),
  badgeCollapsed: fc.boolean(),
  badgeCorner: fc.constantFrom(...BadgeCorner.options),
  currencyRates,
});

export interface UserState {
  jobs: SavedJob[];
  profile: Profile;
  settings: ExportSettings;
}

export const userState = (maxJobs = 5): fc.Arbitrary<UserState> =>
  fc.record({ jobs: savedJobs(maxJobs), profile, settings: exportSettings });
