import { useMemo } from 'preact/hooks';
import type { CurrencyRates } from '../../compare/currency-rates';
import { jobRowBuilder, type JobRow } from '../../compare/job-list';
import type { SkillKey } from '../../compare/match-rule';
import type { Profile } from '../../core/profile';
import type { JobSummary } from '../../core/saved-job';

export interface RowsInput {
  jobs: readonly JobSummary[];
  profile: Profile;
  rates: CurrencyRates;
}

/**
 * The list's rows (match, salary on the scale, search text), built once per change of the
 * jobs, the profile, the rates, the scale currency or the skill key (the dictionary's, once
 * it has loaded) — never per keystroke or sort change: sorting and filtering then only
 * compare the rows' precomputed numbers and strings. When only the jobs change (one saved,
 * edited or deleted), the rows of the jobs that did not change are reused.
 */
export function useJobRows(input: RowsInput | null, currency: string, keyOf: SkillKey): JobRow[] {
  const profile = input?.profile;
  const rates = input?.rates;
  const rowOf = useMemo(
    () => (profile && rates ? jobRowBuilder(profile, rates, { currency, keyOf }) : null),
    [profile, rates, currency, keyOf],
  );
  const jobs = input?.jobs;
  return useMemo(() => (jobs && rowOf ? jobs.map(rowOf) : []), [jobs, rowOf]);
}
