import { useRef, useState } from 'preact/hooks';
import { Profile } from '../../core/profile';
import { ChipList } from './chip-list';
import { SaveStatus, useSaveState } from './save-status';

export interface LocationsSectionProps {
  /** Places the user can work from, as they wrote them. */
  locations: readonly string[];
  onChange(locations: string[]): Promise<void>;
}

// The profile schema's limits (src/core/profile.ts), so the form refuses up front, with a
// reason, what saving would refuse. Zod exposes a string's maximum but not an array's.
const MAX_PLACES = 50;
const MAX_LENGTH = Profile.shape.locations.element.maxLength ?? 200;

/** Places the user can work from: chips, each with its own remove button; Enter adds. */
export function LocationsSection(props: LocationsSectionProps) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [state, run] = useSaveState();
  const input = useRef<HTMLInputElement>(null);

  const add = async (event: Event) => {
    event.preventDefault();
    const place = draft.trim().replace(/\s+/g, ' ');
    const problem = !place
      ? 'Type a place first.'
      : place.length > MAX_LENGTH
        ? `A place can be at most ${MAX_LENGTH} characters.`
        : props.locations.some((p) => p.toLowerCase() === place.toLowerCase())
          ? `${place} is already in the list.`
          : props.locations.length >= MAX_PLACES
            ? `The list holds at most ${MAX_PLACES} places. Remove one first.`
            : null;
    setError(problem);
    if (problem) return;
    if (await run(props.onChange([...props.locations, place]), `Added ${place}.`)) setDraft('');
  };

  const remove = (place: string) => {
    void run(props.onChange(props.locations.filter((p) => p !== place)), `Removed ${place}.`);
    // The chip and its button disappear: keep the keyboard user in the section.
    input.current?.focus();
  };

  return (
    <section aria-labelledby="locations-heading">
      <h2 id="locations-heading">Locations</h2>
      <p class="hint">Cities, countries or regions you can work from, for example “Lisbon”, “EU” or “UTC−5 to UTC+1”.</p>
      <ChipList items={props.locations} label="Your places" empty="No places yet." textOf={(place) => place} onRemove={remove} />
      <form class="inline-form" onSubmit={add} noValidate>
        <div class="field">
          <label class="stacked">
            Add a place
            <input
              ref={input}
              autocomplete="off"
              value={draft}
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={error ? 'place-error' : undefined}
              onInput={(e) => {
                setDraft((e.target as HTMLInputElement).value);
                setError(null);
              }}
            />
          </label>
          {error && (
            <p id="place-error" class="field-error" role="alert">
              {error}
            </p>
          )}
        </div>
        <button type="submit">Add place</button>
      </form>
      <SaveStatus state={state} />
    </section>
  );
}
