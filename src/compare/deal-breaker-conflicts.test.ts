import { describe, expect, it } from 'vitest';
import { type DealBreakers, NO_DEAL_BREAKERS } from '../core/job';
import { type Eligibility, NO_ELIGIBILITY } from '../core/profile';
import { countryName, dealBreakerConflicts } from './deal-breaker-conflicts';

const stated = (facts: Partial<DealBreakers>): DealBreakers => ({ ...NO_DEAL_BREAKERS, ...facts });
const yours = (facts: Partial<Eligibility>): Eligibility => ({ ...NO_ELIGIBILITY, ...facts });
const S = 'The sentence.';

describe('dealBreakerConflicts', () => {
  it('names a language level below the one asked, with both levels and the sentence', () => {
    const job = stated({ languages: [{ language: 'German', level: 'C1', sentence: S }] });
    expect(dealBreakerConflicts(job, yours({ languages: [{ language: 'German', level: 'B1' }] }))).toEqual([
      { kind: 'language', message: 'Requires German C1; your profile says B1', sentence: S },
    ]);
    expect(dealBreakerConflicts(job, yours({ languages: [{ language: 'german', level: 'C2' }] }))).toEqual([]);
    expect(dealBreakerConflicts(job, yours({ languages: [{ language: 'German', level: 'native' }] }))).toEqual([]);
  });

  it('reads "fluent" as C1 and flags a language the profile lacks, but only once the profile lists languages', () => {
    const job = stated({
      languages: [
        { language: 'French', level: 'fluent', sentence: S },
        { language: 'Spanish', level: null, sentence: S },
      ],
    });
    expect(dealBreakerConflicts(job, yours({ languages: [{ language: 'French', level: 'B2' }] })).map((c) => c.message)).toEqual([
      'Requires French (fluent); your profile says B2',
      'Requires Spanish; your profile lists no Spanish',
    ]);
    expect(dealBreakerConflicts(job, NO_ELIGIBILITY)).toEqual([]);
  });

  it('flags refused sponsorship only for a user who needs it', () => {
    const job = stated({ visaSponsorship: { offered: false, sentence: S } });
    expect(dealBreakerConflicts(job, yours({ needsSponsorship: true })).map((c) => c.kind)).toEqual(['visa']);
    expect(dealBreakerConflicts(job, yours({ needsSponsorship: false }))).toEqual([]);
    expect(dealBreakerConflicts(stated({ visaSponsorship: { offered: true, sentence: S } }), yours({ needsSponsorship: true }))).toEqual([]);
  });

  it('flags a right to work or citizenship the profile does not list; the EU is met by a member country', () => {
    const us = stated({ workAuthorization: { countries: ['United States'], citizenship: true, sentence: S } });
    expect(dealBreakerConflicts(us, yours({ workCountries: ['Germany', 'France'] }))).toEqual([
      { kind: 'work-authorization', message: 'Requires citizenship of United States; your profile lists Germany and France', sentence: S },
    ]);
    expect(dealBreakerConflicts(us, yours({ workCountries: ['USA'] }))).toEqual([]);
    const eu = stated({ workAuthorization: { countries: ['European Union'], citizenship: false, sentence: S } });
    expect(dealBreakerConflicts(eu, yours({ workCountries: ['Portugal'] }))).toEqual([]);
    expect(dealBreakerConflicts(eu, yours({ workCountries: ['Canada'] })).map((c) => c.message)).toEqual([
      'Requires the right to work in European Union; your profile lists Canada',
    ]);
    // A permit with no country named, or a profile that names none: nothing to compare.
    expect(dealBreakerConflicts(stated({ workAuthorization: { countries: [], citizenship: false, sentence: S } }), yours({ workCountries: ['Canada'] }))).toEqual([]);
    expect(dealBreakerConflicts(us, NO_ELIGIBILITY)).toEqual([]);
  });

  it('flags more office days than the profile accepts', () => {
    const job = stated({ officeDays: { days: 3, sentence: S } });
    expect(dealBreakerConflicts(job, yours({ maxOfficeDays: 2 })).map((c) => c.message)).toEqual([
      'Asks for 3 days a week in the office; your profile says at most 2 days',
    ]);
    expect(dealBreakerConflicts(job, yours({ maxOfficeDays: 0 })).map((c) => c.message)).toEqual([
      'Asks for 3 days a week in the office; your profile says none',
    ]);
    expect(dealBreakerConflicts(job, yours({ maxOfficeDays: 3 }))).toEqual([]);
    expect(dealBreakerConflicts(job, yours({ maxOfficeDays: null }))).toEqual([]);
  });
});

describe('countryName', () => {
  it('folds what users type to the names postings are read into', () => {
    expect(countryName(' USA ')).toBe('United States');
    expect(countryName('Deutschland')).toBe('Germany');
    expect(countryName('Atlantis')).toBe('Atlantis');
    expect(countryName('constructor')).toBe('constructor');
  });
});
