import { useLayoutEffect, useState } from 'preact/hooks';
import type { CurrencyRates } from '../../compare/currency-rates';
import type { Profile } from '../../core/profile';
import type { JobsServices, JobsSnapshot } from './jobs-services';
import { readAndWatch } from '../read-and-watch';
import { errorText } from './use-write-status';

export interface JobsData {
  /** null until first read. */
  jobs: JobsSnapshot | null;
  profile: Profile | null;
  rates: CurrencyRates | null;
  /** Why reading failed (a StorageError's message is written for the user); null when fine. */
  error: string | null;
  /** Reads everything again after a failure. */
  retry(): void;
}

/**
 * The saved jobs, the profile and the currency rates, each kept live: a job saved in
 * another tab, a skill added on the options page or an edited rate shows at once.
 * Subscribed in layout effects, right after the first commit rather than a frame later:
 * reading starts as early as it can, which the first paint is waiting for.
 */
export function useJobsData(services: JobsServices): JobsData {
  const [jobs, setJobs] = useState<JobsSnapshot | null>(null);
  const [profile, setProfile] = useState<Profile | null>(null);
  const [rates, setRates] = useState<CurrencyRates | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useLayoutEffect(
    () =>
      services.watchJobs(
        (next) => {
          setJobs(next);
          setError(null);
        },
        (failure) => setError(errorText(failure)),
      ),
    [services, attempt],
  );

  useLayoutEffect(
    () => readAndWatch(() => services.getProfile(), (on) => services.watchProfile(on), setProfile, (e) => setError(`Could not read your profile: ${errorText(e)}`)),
    [services, attempt],
  );
  useLayoutEffect(
    () =>
      readAndWatch(() => services.getCurrencyRates(), (on) => services.watchCurrencyRates(on), setRates, (e) =>
        setError(`Could not read the currency rates: ${errorText(e)}`),
      ),
    [services, attempt],
  );

  return {
    jobs,
    profile,
    rates,
    error,
    retry: () => {
      setError(null);
      setAttempt((n) => n + 1);
    },
  };
}
