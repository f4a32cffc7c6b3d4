import { useEffect, useState } from 'preact/hooks';
import type { CurrencyRates } from '../../src/compare/currency-rates';
import { FALLBACK_SCALE_CURRENCY, scaleCurrencyFor } from '../../src/compare/scale-currency';
import type { Profile } from '../../src/core/profile';
import type { JobDb } from '../../src/db/job-db';
import { listJobSummaries } from '../../src/db/job-summaries';

/**
 * The currency a new target salary starts in: the one most saved jobs pay in
 * (scaleCurrencyFor), so a user looking at euro jobs is offered euros. Read only while no
 * target is set, and again when the number of saved jobs or the rate table changes.
 */
export function useSuggestedCurrency(
  db: JobDb,
  profile: Profile | null,
  rates: CurrencyRates | null,
  jobCount: number | null,
  onError: (error: unknown) => void,
): string {
  const [currency, setCurrency] = useState(FALLBACK_SCALE_CURRENCY);
  const needed = profile !== null && profile.targetSalary === null && rates !== null && jobCount !== null && jobCount > 0;
  useEffect(() => {
    if (!needed || !rates) return;
    let active = true;
    listJobSummaries(db).then((jobs) => {
      if (active) setCurrency(scaleCurrencyFor({ targetSalary: null }, jobs, rates));
    }, onError);
    return () => {
      active = false;
    };
  }, [needed, jobCount, rates]);
  return currency;
}
