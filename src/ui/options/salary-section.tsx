import { useEffect, useState } from 'preact/hooks';
import type { SalaryPeriod } from '../../core/job';
import type { Profile } from '../../core/profile';
import { parsePositiveNumber } from './parse-positive-number';
import { SaveStatus, useSaveState } from './save-status';

export type TargetSalary = NonNullable<Profile['targetSalary']>;

export interface SalarySectionProps {
  target: TargetSalary | null;
  /** The codes the currency table can convert (only those can put salaries on one scale). */
  currencies: readonly string[];
  /** Preselected while no target is set. */
  defaultCurrency: string;
  onSave(target: TargetSalary): Promise<void>;
  onClear(): Promise<void>;
}

/** The periods offered; a stored target in another period (a week) is offered too. */
const PERIODS: readonly SalaryPeriod[] = ['year', 'month', 'day', 'hour'];
const PERIOD_LABELS: Record<SalaryPeriod, string> = {
  year: 'per year',
  month: 'per month',
  week: 'per week',
  day: 'per day',
  hour: 'per hour',
};

/** What the user wants to earn: the currency salaries are compared in, and the bar they are held to. */
export function SalarySection(props: SalarySectionProps) {
  const { target } = props;
  const [amount, setAmount] = useState(target ? String(target.amount) : '');
  const [currency, setCurrency] = useState(target?.currency ?? props.defaultCurrency);
  const [period, setPeriod] = useState<SalaryPeriod>(target?.period ?? 'year');
  const [error, setError] = useState<string | null>(null);
  const [state, run] = useSaveState();

  // The stored target can change under the form (another tab, an import): show what is stored.
  const stored = target ? `${target.amount} ${target.currency} ${target.period}` : '';
  useEffect(() => {
    setAmount(target ? String(target.amount) : '');
    setCurrency(target?.currency ?? props.defaultCurrency);
    setPeriod(target?.period ?? 'year');
    setError(null);
  }, [stored]);
  // Until a target exists, follow the suggested currency as the saved jobs reveal it.
  useEffect(() => {
    if (!target) setCurrency(props.defaultCurrency);
  }, [props.defaultCurrency]);

  const currencies = props.currencies.includes(currency) ? props.currencies : [...props.currencies, currency].sort();
  const periods = PERIODS.includes(period) ? PERIODS : [...PERIODS, period];

  const save = (event: Event) => {
    event.preventDefault();
    const parsed = parsePositiveNumber(amount, { noun: 'amount', example: '90000 or 90k' });
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    setError(null);
    void run(props.onSave({ amount: parsed.value, currency, period }), 'Target salary saved.');
  };

  const clear = () => {
    setError(null);
    void run(props.onClear(), 'Target salary cleared.');
  };

  return (
    <section aria-labelledby="salary-heading">
      <h2 id="salary-heading">Target salary</h2>
      <p class="hint">
        {target
          ? `Jobs are held to ${formatTarget(target)}. Salaries are compared in ${target.currency}, per year.`
          : `No target set. Salaries are compared in ${props.defaultCurrency}, per year.`}
      </p>
      <form class="inline-form" onSubmit={save} noValidate>
        <div class="field">
          <label class="stacked">
            Target amount
            <input
              inputMode="decimal"
              autocomplete="off"
              value={amount}
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={error ? 'salary-amount-error' : undefined}
              onInput={(e) => setAmount((e.target as HTMLInputElement).value)}
            />
          </label>
          {error && (
            <p id="salary-amount-error" class="field-error" role="alert">
              {error}
            </p>
          )}
        </div>
        <label class="stacked">
          Target currency
          <select value={currency} onChange={(e) => setCurrency((e.target as HTMLSelectElement).value)}>
            {currencies.map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </select>
        </label>
        <label class="stacked">
          Target period
          <select value={period} onChange={(e) => setPeriod((e.target as HTMLSelectElement).value as SalaryPeriod)}>
            {periods.map((p) => (
              <option key={p} value={p}>
                {PERIOD_LABELS[p]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Save target salary</button>
        {target && (
          <button type="button" onClick={clear}>
            Clear target salary
          </button>
        )}
      </form>
      <SaveStatus state={state} />
    </section>
  );
}

function formatTarget(target: TargetSalary): string {
  return `${target.amount.toLocaleString('en-US')} ${target.currency} ${PERIOD_LABELS[target.period]}`;
}
