import { useMemo } from 'preact/hooks';
import type { CurrencyRates } from '../../compare/currency-rates';
import { buildJobRows, type JobRow } from '../../compare/job-list';
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
 * it has loaded) — never per keystroke or sort change:
 * sorting and filtering then only compare the rows' precomputed numbers and strings.
 */
export function useJobRows(input: RowsInput | null, currency: string, keyOf: SkillKey): JobRow[] {
  return useMemo(
    () => (input ? buildJobRows(input.jobs, input.profile, input.rates, { currency, keyOf }) : []),
    [input, currency, keyOf],
  );
}
