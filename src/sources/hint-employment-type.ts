import type { EmploymentType } from '../core/job';

/**
 * The employment type a source states, in any of the spellings ATS and schema.org use:
 * "FULL_TIME", "FullTime", "Full-time", "full time employee", "CONTRACTOR", "Intern",
 * arrays of those (the first one that maps wins). Null for "Regular", "OTHER", "PER_DIEM"…:
 * a value the source gives but that names no type is not a guess we make.
 */
export function employmentTypeFrom(value: unknown): EmploymentType | null {
  if (Array.isArray(value)) {
    for (const item of value.slice(0, 10)) {
      const type = employmentTypeFrom(item);
      if (type) return type;
    }
    return null;
  }
  if (typeof value !== 'string' || value.length > 100) return null;
  const words = value.toLowerCase().replace(/[^a-z]+/g, '');
  if (words.startsWith('fulltime') || words === 'permanent') return 'full-time';
  if (words.startsWith('parttime')) return 'part-time';
  if (/^(contract|contractor|freelance|freelancer|consultant)/.test(words)) return 'contract';
  if (/^(temporary|temp|seasonal|fixedterm)/.test(words)) return 'temporary';
  if (/^(intern|internship|trainee|apprentice)/.test(words)) return 'internship';
  return null;
}
