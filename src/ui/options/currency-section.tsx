import { useState } from 'preact/hooks';
import { CurrencyCode, MAX_CURRENCY_RATES, type CurrencyRates } from '../../compare/currency-rates';
import { parsePositiveNumber, type ParsedNumber } from './parse-positive-number';
import { SaveStatus, useSaveState } from './save-status';

export interface CurrencySectionProps {
  /** The table in use. */
  rates: CurrencyRates;
  /** The table Jobmark ships, offered as the way back. */
  shipped: CurrencyRates;
  /** YYYY-MM-DD in the user's time zone: an edited table is dated the day it was edited. */
  today: string;
  /** The target salary's currency, which must stay convertible; null when none is set. */
  targetCurrency: string | null;
  onChange(rates: CurrencyRates): Promise<void>;
}

const readRate = (typed: string): ParsedNumber => parsePositiveNumber(typed, { noun: 'rate', example: '0.92' });

/** The exchange-rate table: its date, what it is for, and every rate editable. */
export function CurrencySection(props: CurrencySectionProps) {
  const { rates, shipped } = props;
  const [state, run] = useSaveState();
  const isShipped = sameTable(rates, shipped);
  // The base first, then alphabetical, so a currency is found where the user expects it.
  const codes = Object.keys(rates.rates).sort((a, b) => (a === rates.base ? -1 : b === rates.base ? 1 : a.localeCompare(b)));

  const write = (next: CurrencyRates['rates'], message: string) =>
    run(props.onChange({ date: props.today, base: rates.base, rates: next }), message);

  const remove = (code: string) => {
    const { [code]: _removed, ...rest } = rates.rates;
    void write(rest, `Removed ${code}.`);
  };

  return (
    <section aria-labelledby="currency-heading">
      <h2 id="currency-heading">Currency rates</h2>
      <p class="hint">
        Used only to put salaries in different currencies on one scale, so they can be sorted and drawn side by side.
        A converted salary is always marked as converted; the posting's own words stay next to it. These are not rates
        to make money decisions with.
      </p>
      <p>
        Rates of <strong>{rates.date}</strong> {isShipped ? '(shipped with Jobmark)' : '(edited by you)'}: how many
        units of each currency one US dollar buys.
      </p>
      {/* Scrolls inside its box: fifty-odd rows must not push the rest of the page away. */}
      <div class="rates-scroll">
        <table class="rates">
          <thead>
            <tr>
              <th scope="col">Currency</th>
              <th scope="col">Per 1 {rates.base}</th>
              <th scope="col">
                <span class="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {codes.map((code) =>
              code === rates.base ? (
                <tr key={code}>
                  <th scope="row">{code}</th>
                  <td>1 (the base)</td>
                  <td />
                </tr>
              ) : (
                // Keyed by the stored rate too: when it changes (here, in another tab, by a
                // reset) the row starts again from what is stored.
                <RateRow
                  key={`${code}:${rates.rates[code]}`}
                  code={code}
                  base={rates.base}
                  rate={rates.rates[code]!}
                  onRate={(value) => void write({ ...rates.rates, [code]: value }, `${code} rate saved.`)}
                  onRemove={() => remove(code)}
                  removeRefusal={code === props.targetCurrency ? `${code} is your target salary's currency: change that first.` : null}
                />
              ),
            )}
          </tbody>
        </table>
      </div>
      <AddCurrencyForm
        codes={codes}
        onAdd={(code, value) => write({ ...rates.rates, [code]: value }, `Added ${code}.`)}
      />
      <p class="row-actions">
        <button
          type="button"
          disabled={isShipped}
          onClick={() => void run(props.onChange(shipped), `Rates reset to the shipped table of ${shipped.date}.`)}
        >
          Reset to shipped rates ({shipped.date})
        </button>
      </p>
      <SaveStatus state={state} />
    </section>
  );
}

interface RateRowProps {
  code: string;
  base: string;
  rate: number;
  onRate(value: number): void;
  onRemove(): void;
  /** Why this currency may not be removed, or null. */
  removeRefusal: string | null;
}

function RateRow(props: RateRowProps) {
  const [draft, setDraft] = useState(String(props.rate));
  const [error, setError] = useState<string | null>(null);
  const errorId = `rate-error-${props.code}`;
  // Committed on change (Enter or leaving the field), not on every keystroke: "0." on the
  // way to "0.92" must not be refused, and nothing is saved half-typed.
  const commit = (typed: string) => {
    setDraft(typed);
    const parsed = readRate(typed);
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    setError(null);
    if (parsed.value !== props.rate) props.onRate(parsed.value);
  };
  return (
    <tr>
      <th scope="row">{props.code}</th>
      <td>
        <input
          class="rate-input"
          inputMode="decimal"
          autocomplete="off"
          aria-label={`${props.code} per 1 ${props.base}`}
          value={draft}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? errorId : undefined}
          onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
          onChange={(e) => commit((e.target as HTMLInputElement).value)}
        />
        {error && (
          <p id={errorId} class="field-error" role="alert">
            {error}
          </p>
        )}
      </td>
      <td>
        <button
          type="button"
          aria-label={`Remove ${props.code}`}
          onClick={() => (props.removeRefusal ? setError(props.removeRefusal) : props.onRemove())}
        >
          Remove
        </button>
      </td>
    </tr>
  );
}

function AddCurrencyForm(props: { codes: readonly string[]; onAdd(code: string, rate: number): Promise<boolean> }) {
  const [code, setCode] = useState('');
  const [rate, setRate] = useState('');
  const [codeError, setCodeError] = useState<string | null>(null);
  const [rateError, setRateError] = useState<string | null>(null);

  const add = async (event: Event) => {
    event.preventDefault();
    const upper = code.trim().toUpperCase();
    const nextCodeError = !CurrencyCode.safeParse(upper).success
      ? 'Enter a 3-letter ISO 4217 code, for example SEK.'
      : props.codes.includes(upper)
        ? `${upper} is already in the table: edit its rate above.`
        : props.codes.length >= MAX_CURRENCY_RATES
          ? `The table holds at most ${MAX_CURRENCY_RATES} currencies.`
          : null;
    const parsed = readRate(rate);
    setCodeError(nextCodeError);
    setRateError(parsed.ok ? null : parsed.error);
    if (nextCodeError || !parsed.ok) return;
    if (await props.onAdd(upper, parsed.value)) {
      setCode('');
      setRate('');
    }
  };

  return (
    <form class="inline-form" onSubmit={add} noValidate>
      <div class="field">
        <label class="stacked">
          New currency code
          <input
            autocomplete="off"
            maxLength={3}
            size={5}
            value={code}
            aria-invalid={codeError ? 'true' : undefined}
            aria-describedby={codeError ? 'new-currency-code-error' : undefined}
            onInput={(e) => setCode((e.target as HTMLInputElement).value)}
          />
        </label>
        {codeError && (
          <p id="new-currency-code-error" class="field-error" role="alert">
            {codeError}
          </p>
        )}
      </div>
      <div class="field">
        <label class="stacked">
          Its rate per 1 USD
          <input
            inputMode="decimal"
            autocomplete="off"
            size={10}
            value={rate}
            aria-invalid={rateError ? 'true' : undefined}
            aria-describedby={rateError ? 'new-currency-rate-error' : undefined}
            onInput={(e) => setRate((e.target as HTMLInputElement).value)}
          />
        </label>
        {rateError && (
          <p id="new-currency-rate-error" class="field-error" role="alert">
            {rateError}
          </p>
        )}
      </div>
      <button type="submit">Add currency</button>
    </form>
  );
}

function sameTable(a: CurrencyRates, b: CurrencyRates): boolean {
  const codes = Object.keys(a.rates);
  return (
    a.date === b.date &&
    codes.length === Object.keys(b.rates).length &&
    codes.every((code) => Object.hasOwn(b.rates, code) && b.rates[code] === a.rates[code])
  );
}
