import { useMemo, useState } from 'preact/hooks';
import { createMatcher } from '../../compare/batch-match';
import type { CurrencyRates } from '../../compare/currency-rates';
import { salaryForLocations } from '../../compare/salary-for-location';
import { salaryOnScale, scaleCurrencyFor } from '../../compare/salary-on-scale';
import { buildSkillMatrix } from '../../compare/skill-matrix';
import type { Profile } from '../../core/profile';
import type { JobSummary } from '../../core/saved-job';
import { dealBreakerConflicts, statesEligibility } from '../../compare/deal-breaker-conflicts';
import { CompareLegend } from './compare-legend';
import { ConflictFlags } from '../badge/conflict-flags';
import { FACT_ROWS, type Fact } from './fact-words';
import { JobHeader } from './job-header';
import { SalaryChart } from './salary-chart';
import { SalaryText } from './salary-text';
import { SkillRows } from './skill-rows';
import './compare.css';

/**
 * Columns drawn at first. Side by side stops being readable long before a thousand jobs, and
 * a table of every skill × every job would take seconds to lay out: more are added on demand.
 */
export const COLUMNS_AT_ONCE = 12;

export interface CompareViewProps {
  /** The jobs to set side by side, in column order; meant for two or more. */
  jobs: readonly JobSummary[];
  profile: Profile;
  rates: CurrencyRates;
  /** When given, each column has a button to take its job out of the comparison. */
  onRemove?: (id: string) => void;
}

/**
 * Saved jobs side by side: who they are and how well each fits (with the reasons), the
 * salaries on one scale, the facts in rows, and what each asks for as a skills × jobs table.
 * Props in, events out: it reads nothing itself. Wide comparisons scroll sideways, with
 * the row labels kept in view.
 */
export function CompareView({ jobs: allJobs, profile, rates, onRemove }: CompareViewProps) {
  const [limit, setLimit] = useState(COLUMNS_AT_ONCE);
  const jobs = useMemo(() => allJobs.slice(0, limit), [allJobs, limit]);
  const matches = useMemo(() => {
    const match = createMatcher(profile);
    return jobs.map((job) => match(job));
  }, [jobs, profile]);
  const conflicts = useMemo(() => jobs.map((job) => dealBreakerConflicts(job.dealBreakers, profile.eligibility)), [jobs, profile]);
  const checked = statesEligibility(profile.eligibility);
  const matrix = useMemo(() => buildSkillMatrix(jobs, profile), [jobs, profile]);
  // The scale follows every job asked for, so showing more columns does not change it.
  const currency = useMemo(() => scaleCurrencyFor(profile, allJobs, rates), [profile, allJobs, rates]);
  const salaries = useMemo(
    () => jobs.map((job) => salaryOnScale(salaryForLocations(job.salary, profile.locations), { currency }, rates)),
    [jobs, currency, rates, profile.locations],
  );

  if (jobs.length === 0) {
    return (
      <section class="jmc-compare" aria-label="Comparison">
        <p class="jmc-empty">Choose two or more saved jobs to compare them side by side.</p>
      </section>
    );
  }

  const columns = jobs.length;
  return (
    <section class="jmc-compare" aria-label={`Comparison of ${columns} ${columns === 1 ? 'job' : 'jobs'}`}>
      {columns === 1 && <p class="jmc-hint">Choose one more job to see them side by side.</p>}
      {allJobs.length > columns && (
        <p class="jmc-more">
          <span aria-live="polite">
            Showing {columns} of {allJobs.length} jobs side by side.
          </span>{' '}
          <button type="button" onClick={() => setLimit(columns + COLUMNS_AT_ONCE)}>
            Show {Math.min(COLUMNS_AT_ONCE, allJobs.length - columns)} more
          </button>
        </p>
      )}
      {/* Focusable so keyboard users can scroll a wide comparison with the arrow keys. */}
      <div class="jmc-scroll" role="region" aria-label="Jobs side by side" tabIndex={0}>
        <table class="jmc-table">
          <thead>
            <tr>
              <td class="jmc-corner" />
              {jobs.map((job, i) => (
                <JobHeader key={job.id} job={job} match={matches[i]!} onRemove={onRemove} />
              ))}
            </tr>
          </thead>
          <tbody class="jmc-facts">
            <tr>
              <th scope="row">Conflicts with your profile</th>
              {conflicts.map((found, i) => (
                <td key={jobs[i]!.id} data-testid="compare-conflicts">
                  {found.length > 0 ? (
                    <ConflictFlags conflicts={found} label={`${found.length} found`} />
                  ) : (
                    <span class="jmc-not-stated">{checked ? 'None found' : 'Not checked: your profile states no languages, countries, office days or visa need'}</span>
                  )}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">Salary per year</th>
              {salaries.map((salary, i) => (
                <td key={jobs[i]!.id}>
                  <SalaryText salary={salary} />
                </td>
              ))}
            </tr>
            <tr>
              {/* Closed as a visit last saw it (the page's words, a 404): a job no longer open is no choice. */}
              <th scope="row">Posting</th>
              {jobs.map((job) => (
                <td key={job.id}>
                  <FactText fact={job.closed ? { value: 'Closed', words: job.closed.reason } : { value: 'Not seen closed' }} />
                </td>
              ))}
            </tr>
            {FACT_ROWS.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                {jobs.map((job) => (
                  <td key={job.id}>
                    <FactText fact={row.fact(job)} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <SkillRows matrix={matrix} columns={columns} />
        </table>
      </div>
      <CompareLegend />
      <SalaryChart jobs={jobs.map((job, i) => ({ id: job.id, title: job.title, salary: salaries[i]! }))} currency={currency} />
    </section>
  );
}

function FactText({ fact }: { fact: Fact }) {
  if (fact.value === null) return <span class="jmc-not-stated">Not stated</span>;
  return (
    <>
      <span>{fact.value}</span>
      {fact.words && <span class="jmc-words">“{fact.words}”</span>}
    </>
  );
}
