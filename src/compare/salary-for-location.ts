import type { Salary } from '../core/job';

/**
 * The range that applies where the user may work: when a posting lists ranges by place
 * ("San Francisco", "Zone B", "Remote - Canada") and one alternative's label names a place
 * of the profile, that range stands in for the first; otherwise the first listed. The words
 * stay the posting's; `text` says which range was taken.
 */
export function salaryForLocations(salary: Salary | null, locations: readonly string[]): Salary | null {
  if (!salary || salary.alternatives.length === 0 || locations.length === 0) return salary;
  const places = locations.map(fold).filter((place) => place.length >= 2);
  for (const alternative of salary.alternatives) {
    const label = fold(alternative.label);
    if (label === '' || !places.some((place) => contains(label, place) || contains(place, label))) continue;
    const { min, max, currency, period } = alternative;
    const listed = salary.alternatives.length + 1;
    return { ...salary, min, max, currency, period, text: `${alternative.label} (one of ${listed} ranges listed)` };
  }
  return salary;
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Whole words: "york" is in "new york city", "ny" is not in "sunnyvale". */
function contains(longer: string, shorter: string): boolean {
  return ` ${longer} `.includes(` ${shorter} `);
}
