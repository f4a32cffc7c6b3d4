import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

/** The stored limit (SavedJob.note): longer text would be refused on save. */
export const NOTE_MAX_LENGTH = 10_000;
/** Saves this long after the last keystroke, so a sentence is not written letter by letter. */
export const NOTE_SAVE_DELAY_MS = 800;

export interface NoteFieldProps {
  id: string;
  /** The stored note; when it changes elsewhere (another tab) and nothing is typed here, it is shown. */
  note: string;
  /** Writes the note; the caller reports how it went. */
  onSave(note: string): void;
}

/**
 * A short note on one job. Saved a moment after typing stops, when the field loses focus,
 * and when it is closed with unsaved text — never lost because the user did not press a
 * button.
 */
export function NoteField({ id, note, onSave }: NoteFieldProps) {
  const [draft, setDraft] = useState(note);
  // The text last handed to onSave (or read from storage): what "unsaved" is measured against.
  const saved = useRef(note);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latestDraft = useRef(draft);
  latestDraft.current = draft;
  const save = useRef(onSave);
  save.current = onSave;

  const flush = () => {
    if (pending.current !== null) {
      clearTimeout(pending.current);
      pending.current = null;
    }
    if (latestDraft.current !== saved.current) {
      saved.current = latestDraft.current;
      save.current(latestDraft.current);
    }
  };

  // A note changed elsewhere replaces the shown one only when nothing is being typed here.
  useEffect(() => {
    if (latestDraft.current === saved.current) {
      setDraft(note);
      saved.current = note;
    }
  }, [note]);

  // Closing the detail (or the popup's page going away) must not drop what was typed.
  useLayoutEffect(() => flush, []);

  return (
    <label class="jm-field jm-note">
      <span>Note</span>
      <textarea
        id={id}
        data-testid="note-input"
        value={draft}
        maxLength={NOTE_MAX_LENGTH}
        rows={3}
        placeholder="Contacts, dates, what you liked…"
        onInput={(event) => {
          setDraft(event.currentTarget.value);
          latestDraft.current = event.currentTarget.value;
          if (pending.current !== null) clearTimeout(pending.current);
          pending.current = setTimeout(flush, NOTE_SAVE_DELAY_MS);
        }}
        onBlur={flush}
      />
    </label>
  );
}
