import type { EmploymentType, Seniority } from '../../core/job';
import type { JobSummary } from '../../core/saved-job';
import { workplaceLabel, yearsLabel } from '../badge/badge-format';
import { SOURCE_LABELS } from '../source-words';

/**
 * The comparison's fact rows (years, seniority, workplace, employment type, location, where
 * it was read, the deal-breakers): one
 * short value per job and, where the posting had its own words, those words too.
 */

export interface Fact {
  /** The value in a few words; null when the posting does not say. */
  value: string | null;
  /** The posting's own words behind it, when they say more than the value. */
  words?: string;
}

const SENIORITY: Record<Seniority, string> = {
  intern: 'Intern',
  junior: 'Junior',
  mid: 'Mid-level',
  senior: 'Senior',
  staff: 'Staff',
  principal: 'Principal',
  lead: 'Lead',
  manager: 'Manager',
  director: 'Director',
};

const EMPLOYMENT: Record<EmploymentType, string> = {
  'full-time': 'Full-time',
  'part-time': 'Part-time',
  contract: 'Contract',
  internship: 'Internship',
  temporary: 'Temporary',
};

type FactJob = Pick<JobSummary, 'source' | 'experience' | 'seniority' | 'workplace' | 'employmentType' | 'location' | 'skills' | 'dealBreakers'>;

export interface FactRow {
  label: string;
  fact(job: FactJob): Fact;
}

export const FACT_ROWS: readonly FactRow[] = [
  {
    label: 'Years asked',
    fact: ({ experience }) => {
      if (!experience) return { value: null };
      const value = yearsLabel(experience);
      const words = experience.text.trim();
      return words && words !== value ? { value, words } : { value };
    },
  },
  { label: 'Seniority', fact: ({ seniority }) => ({ value: seniority ? SENIORITY[seniority] : null }) },
  { label: 'Workplace', fact: ({ workplace }) => ({ value: workplace ? workplaceLabel(workplace) : null }) },
  { label: 'Employment', fact: ({ employmentType }) => ({ value: employmentType ? EMPLOYMENT[employmentType] : null }) },
  { label: 'Location', fact: ({ location }) => ({ value: location?.trim() || null }) },
  // Where the column's facts were read: a job board's copy and the company's own page can differ.
  { label: 'Read from', fact: ({ source }) => ({ value: capitalised(SOURCE_LABELS[source]) }) },
  // Deal-breakers as the posting states them; where they meet the profile is the conflicts row.
  {
    label: 'Visa sponsorship',
    fact: ({ dealBreakers: { visaSponsorship: visa } }) =>
      visa ? { value: visa.offered ? 'Offered' : 'Not offered', words: visa.sentence } : { value: null },
  },
  {
    label: 'Right to work',
    fact: ({ dealBreakers: { workAuthorization: asked } }) => {
      if (!asked) return { value: null };
      const where = asked.countries.length > 0 ? asked.countries.join(' or ') : 'a country not named';
      return { value: `${asked.citizenship ? 'Citizenship' : 'Required'}: ${where}`, words: asked.sentence };
    },
  },
  {
    label: 'Languages',
    fact: ({ dealBreakers: { languages } }) => ({
      value: languages.length > 0 ? languages.map((l) => (l.level ? `${l.language} ${l.level}` : l.language)).join(', ') : null,
    }),
  },
  {
    label: 'Office days',
    fact: ({ dealBreakers: { officeDays } }) =>
      officeDays ? { value: `${officeDays.days} a week`, words: officeDays.sentence } : { value: null },
  },
  {
    label: 'Travel',
    fact: ({ dealBreakers: { travelPercent } }) =>
      travelPercent ? { value: `Up to ${travelPercent.percent}%`, words: travelPercent.sentence } : { value: null },
  },
  // Competencies and domains (software architecture, code review): apart from the skills
  // table below, and never in the match.
  { label: 'Topics (not scored)', fact: ({ skills }) => ({ value: skills.topics.length > 0 ? skills.topics.join(', ') : null }) },
];

/** The link a job's title may carry: only web addresses, never `javascript:` or `data:`. */
export function safeJobLink(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** "a company page" as a cell of its own: "A company page". */
function capitalised(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}
