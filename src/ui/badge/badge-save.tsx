import { savedAgo } from './badge-format';

export type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved'; savedAt: string }
  | { status: 'error'; message: string };

const BUTTON_TEXT: Record<SaveState['status'], string> = {
  idle: 'Save',
  saving: 'Saving…',
  saved: 'Saved',
  error: 'Try again',
};

/**
 * The save button and its state. The button stays focusable while busy (aria-disabled, not
 * disabled) so keyboard focus is not lost mid-save; the status line is a live region that
 * exists from the start, so screen readers announce each change.
 */
export function BadgeSave({ state, now, onSave, changed = false }: { state: SaveState; now: Date; onSave(): void; changed?: boolean }) {
  // A saved posting that changed can be saved again: the new version, the old one kept in its history.
  const update = changed && state.status === 'saved';
  const busy = state.status === 'saving' || (state.status === 'saved' && !update);
  return (
    <div class="jm-save">
      <button
        type="button"
        class="jm-primary"
        aria-disabled={busy}
        onClick={() => {
          if (!busy) onSave();
        }}
      >
        {update ? 'Update saved job' : BUTTON_TEXT[state.status]}
      </button>
      <p class={state.status === 'error' ? 'jm-status jm-error' : 'jm-status'} aria-live="polite">
        {update ? `${statusText(state, now)}; updating keeps the old version in its history` : statusText(state, now)}
      </p>
    </div>
  );
}

function statusText(state: SaveState, now: Date): string {
  switch (state.status) {
    case 'idle':
      return '';
    case 'saving':
      return 'Saving…';
    case 'saved':
      return `Saved ${savedAgo(state.savedAt, now)}`.trim();
    case 'error':
      return `Not saved: ${state.message}`;
  }
}
