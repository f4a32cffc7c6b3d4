import { useRef, useState } from 'preact/hooks';
import { countryName } from '../../compare/deal-breaker-conflicts';
import { type Eligibility, LanguageLevel } from '../../core/profile';
import { COUNTRY_NAMES, LANGUAGE_NAMES } from '../../extract/deal-breaker-words';
import { ChipList } from './chip-list';
import { SaveStatus, useSaveState } from './save-status';

export interface EligibilitySectionProps {
  eligibility: Eligibility;
  onChange(eligibility: Eligibility): Promise<void>;
}

/** Suggestions for the two text fields: the names postings are read into. */
const COUNTRY_SUGGESTIONS = [...new Set(Object.values(COUNTRY_NAMES))].sort();
const LANGUAGE_SUGGESTIONS = [...new Set(Object.values(LANGUAGE_NAMES))].sort();
const MAX_COUNTRIES = 50;
const MAX_LANGUAGES = 30;
const LEVEL_LABELS: Record<LanguageLevel, string> = {
  A1: 'A1 (beginner)',
  A2: 'A2 (basic)',
  B1: 'B1 (intermediate)',
  B2: 'B2 (upper intermediate)',
  C1: 'C1 (fluent)',
  C2: 'C2 (proficient)',
  native: 'Native',
};

/**
 * The user's side of a posting's deal-breakers: where they may work, the languages they
 * speak, the office days they accept, and whether they need a visa sponsored. Jobs whose
 * postings ask for more are flagged with the posting's sentence, never scored down.
 */
export function EligibilitySection({ eligibility, onChange }: EligibilitySectionProps) {
  const [state, run] = useSaveState();
  const save = (next: Eligibility, done: string) => run(onChange(next), done);
  return (
    <section aria-labelledby="eligibility-heading">
      <h2 id="eligibility-heading">Deal-breakers</h2>
      <p class="hint">
        Jobs whose postings ask for something you do not meet are flagged in the badge, the list and the comparison, with the
        posting’s own sentence. Flags never change the match score. Leave a part empty to check nothing on it.
      </p>
      <Countries countries={eligibility.workCountries} onChange={(workCountries, done) => save({ ...eligibility, workCountries }, done)} />
      <Languages languages={eligibility.languages} onChange={(languages, done) => save({ ...eligibility, languages }, done)} />
      <label class="stacked">
        Most days a week in an office you accept
        <select
          value={eligibility.maxOfficeDays === null ? '' : String(eligibility.maxOfficeDays)}
          data-testid="max-office-days"
          onChange={(e) => {
            const value = (e.target as HTMLSelectElement).value;
            const maxOfficeDays = value === '' ? null : Number(value);
            void save({ ...eligibility, maxOfficeDays }, maxOfficeDays === null ? 'Any number of office days is fine.' : 'Office days saved.');
          }}
        >
          <option value="">Any</option>
          <option value="0">None (remote only)</option>
          {[1, 2, 3, 4, 5].map((days) => (
            <option key={days} value={String(days)}>
              {days === 1 ? '1 day' : `${days} days`}
            </option>
          ))}
        </select>
      </label>
      <label class="checkbox">
        <input
          type="checkbox"
          checked={eligibility.needsSponsorship}
          data-testid="needs-sponsorship"
          onChange={(e) => {
            const needsSponsorship = (e.target as HTMLInputElement).checked;
            void save({ ...eligibility, needsSponsorship }, needsSponsorship ? 'Saved: you need visa sponsorship.' : 'Saved: you need no visa sponsorship.');
          }}
        />
        I need an employer to sponsor my visa
      </label>
      <SaveStatus state={state} />
    </section>
  );
}

/** A list's change, with the words that confirm it once saved; resolves to whether it was. */
type SaveList<T> = (next: T[], done: string) => Promise<boolean>;

/** Countries as chips; a typed "USA" or "Deutschland" is stored as the name postings are read into. */
function Countries({ countries, onChange }: { countries: readonly string[]; onChange: SaveList<string> }) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const add = async (event: Event) => {
    event.preventDefault();
    const country = countryName(draft.replace(/\s+/g, ' '));
    const problem = !country
      ? 'Type a country first.'
      : country.length > 100
        ? 'A country can be at most 100 characters.'
        : countries.some((c) => c.toLowerCase() === country.toLowerCase())
          ? `${country} is already in the list.`
          : countries.length >= MAX_COUNTRIES
            ? `The list holds at most ${MAX_COUNTRIES} countries. Remove one first.`
            : null;
    setError(problem);
    if (problem) return;
    if (await onChange([...countries, country], `Added ${country}.`)) setDraft('');
  };
  const remove = (country: string) => {
    void onChange(countries.filter((c) => c !== country), `Removed ${country}.`);
    input.current?.focus();
  };
  return (
    <fieldset>
      <legend>Countries you may work in without a new visa</legend>
      <ChipList
        items={countries}
        label="Countries you may work in"
        empty="None yet: no right-to-work requirement is checked."
        textOf={(country) => country}
        onRemove={remove}
      />
      <form class="inline-form" onSubmit={add} noValidate>
        <div class="field">
          <label class="stacked">
            Add a country
            <input
              ref={input}
              list="jm-country-names"
              autocomplete="off"
              value={draft}
              data-testid="country-input"
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={error ? 'country-error' : undefined}
              onInput={(e) => {
                setDraft((e.target as HTMLInputElement).value);
                setError(null);
              }}
            />
          </label>
          <datalist id="jm-country-names">
            {COUNTRY_SUGGESTIONS.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
          {error && (
            <p id="country-error" class="field-error" role="alert">
              {error}
            </p>
          )}
        </div>
        <button type="submit">Add country</button>
      </form>
    </fieldset>
  );
}

type Spoken = Eligibility['languages'][number];

/** Languages with a level each; adding one already listed changes its level. */
function Languages({ languages, onChange }: { languages: readonly Spoken[]; onChange: SaveList<Spoken> }) {
  const [draft, setDraft] = useState('');
  const [level, setLevel] = useState<LanguageLevel>('B2');
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const add = async (event: Event) => {
    event.preventDefault();
    const typed = draft.trim().replace(/\s+/g, ' ');
    const key = typed.toLowerCase();
    const language = Object.hasOwn(LANGUAGE_NAMES, key) ? LANGUAGE_NAMES[key]! : typed;
    const others = languages.filter((l) => l.language.toLowerCase() !== language.toLowerCase());
    const problem = !language
      ? 'Type a language first.'
      : language.length > 60
        ? 'A language can be at most 60 characters.'
        : others.length >= MAX_LANGUAGES
          ? `The list holds at most ${MAX_LANGUAGES} languages. Remove one first.`
          : null;
    setError(problem);
    if (problem) return;
    if (await onChange([...others, { language, level }], `Saved ${language} at ${level}.`)) setDraft('');
  };
  const remove = (language: string) => {
    void onChange(languages.filter((l) => l.language !== language), `Removed ${language}.`);
    input.current?.focus();
  };
  return (
    <fieldset>
      <legend>Languages you speak</legend>
      <ChipList
        items={languages}
        label="Languages you speak"
        empty="None yet: no language requirement is checked."
        textOf={(spoken) => `${spoken.language} ${spoken.level}`}
        nameOf={(spoken) => spoken.language}
        onRemove={(spoken) => remove(spoken.language)}
      />
      <form class="inline-form" onSubmit={add} noValidate>
        <div class="field">
          <label class="stacked">
            Language
            <input
              ref={input}
              list="jm-language-names"
              autocomplete="off"
              value={draft}
              data-testid="language-input"
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={error ? 'language-error' : undefined}
              onInput={(e) => {
                setDraft((e.target as HTMLInputElement).value);
                setError(null);
              }}
            />
          </label>
          <datalist id="jm-language-names">
            {LANGUAGE_SUGGESTIONS.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
          {error && (
            <p id="language-error" class="field-error" role="alert">
              {error}
            </p>
          )}
        </div>
        <label class="stacked">
          Level
          <select value={level} data-testid="language-level" onChange={(e) => setLevel(LanguageLevel.parse((e.target as HTMLSelectElement).value))}>
            {LanguageLevel.options.map((option) => (
              <option key={option} value={option}>
                {LEVEL_LABELS[option]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Add language</button>
      </form>
    </fieldset>
  );
}
