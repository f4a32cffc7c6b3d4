import type { DealBreakers } from '../core/job';
import type { Eligibility, LanguageLevel } from '../core/profile';
import { COUNTRY_NAMES } from '../extract/deal-breaker-words';
import type { Conflict } from './conflict';

export type { Conflict } from './conflict';

/**
 * Where a posting's deal-breakers meet the user's eligibility and the user falls short: a
 * plain sentence for each ("Requires German C1; your profile says B1") with the posting's
 * own sentence beside it. Shown as flags, never folded into the match score: a user may
 * still apply, and the sentence lets them judge (a "nice to have" read as a requirement).
 * A profile that says nothing on a kind raises nothing on it.
 */
export function dealBreakerConflicts(stated: DealBreakers, eligibility: Eligibility): Conflict[] {
  const conflicts: Conflict[] = [];
  const visa = stated.visaSponsorship;
  if (eligibility.needsSponsorship && visa !== null && !visa.offered) {
    conflicts.push({ kind: 'visa', message: 'No visa sponsorship; your profile says you need it', sentence: visa.sentence });
  }
  const authorization = stated.workAuthorization;
  if (authorization !== null && authorization.countries.length > 0 && eligibility.workCountries.length > 0) {
    const yours = new Set(eligibility.workCountries.map(countryKey));
    const covered = authorization.countries.some(
      (country) => yours.has(countryKey(country)) || (country === EU && eligibility.workCountries.some(isInEu)),
    );
    if (!covered) {
      const what = authorization.citizenship ? 'citizenship of' : 'the right to work in';
      conflicts.push({
        kind: 'work-authorization',
        message: `Requires ${what} ${listed(authorization.countries, 'or')}; your profile lists ${listed(eligibility.workCountries, 'and')}`,
        sentence: authorization.sentence,
      });
    }
  }
  if (eligibility.languages.length > 0) {
    for (const asked of stated.languages) {
      const spoken = eligibility.languages.find((l) => fold(l.language) === fold(asked.language));
      const needed = asked.level === null ? null : RANK_OF_ASKED[asked.level];
      if (spoken === undefined) {
        const level = asked.level === null ? '' : ` ${levelWords(asked.level)}`;
        conflicts.push({
          kind: 'language',
          message: `Requires ${asked.language}${level}; your profile lists no ${asked.language}`,
          sentence: asked.sentence,
        });
      } else if (needed !== undefined && needed !== null && RANK[spoken.level] < needed) {
        conflicts.push({
          kind: 'language',
          message: `Requires ${asked.language} ${levelWords(asked.level!)}; your profile says ${spoken.level}`,
          sentence: asked.sentence,
        });
      }
    }
  }
  const office = stated.officeDays;
  if (office !== null && eligibility.maxOfficeDays !== null && office.days > eligibility.maxOfficeDays) {
    const most = eligibility.maxOfficeDays === 0 ? 'none' : `at most ${days(eligibility.maxOfficeDays)}`;
    conflicts.push({ kind: 'office-days', message: `Asks for ${days(office.days)} a week in the office; your profile says ${most}`, sentence: office.sentence });
  }
  return conflicts;
}

/** Whether the profile states anything a deal-breaker can be checked against. */
export function statesEligibility(eligibility: Eligibility): boolean {
  return eligibility.workCountries.length > 0 || eligibility.languages.length > 0 || eligibility.maxOfficeDays !== null || eligibility.needsSponsorship;
}

const EU = 'European Union';
/** EU members by their English names, so "Germany" in a profile meets "EU work authorisation". */
const EU_MEMBERS = new Set(
  [
    'Austria', 'Belgium', 'Bulgaria', 'Croatia', 'Cyprus', 'Czech Republic', 'Czechia', 'Denmark', 'Estonia', 'Finland',
    'France', 'Germany', 'Greece', 'Hungary', 'Ireland', 'Italy', 'Latvia', 'Lithuania', 'Luxembourg', 'Malta',
    'Netherlands', 'Poland', 'Portugal', 'Romania', 'Slovakia', 'Slovenia', 'Spain', 'Sweden',
  ].map(fold),
);
function isInEu(country: string): boolean {
  return EU_MEMBERS.has(countryKey(country));
}

/** A country as the user or a posting wrote it ("USA", "U.S.", "Deutschland"), folded to its stored English name. */
export function countryName(written: string): string {
  const key = fold(written);
  return Object.hasOwn(COUNTRY_NAMES, key) ? COUNTRY_NAMES[key]! : written.trim();
}
function countryKey(written: string): string {
  return fold(countryName(written));
}

const RANK: Record<LanguageLevel, number> = { A1: 1, A2: 2, B1: 3, B2: 4, C1: 5, C2: 6, native: 7 };
/** A posting's level words on the same scale: "fluent" is read as C1, "professional" as B2, "basic" as A2. */
const RANK_OF_ASKED: Record<string, number> = { ...RANK, basic: 2, professional: 4, fluent: 5 };

function levelWords(level: string): string {
  return /^[ABC][12]$/.test(level) ? level : level === 'native' ? '(native)' : `(${level})`;
}

function days(count: number): string {
  return count === 1 ? '1 day' : `${count} days`;
}

function listed(names: readonly string[], last: 'or' | 'and'): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${last} ${names.at(-1)}`;
}

function fold(name: string): string {
  return name.trim().toLowerCase();
}
