import { useEffect, useRef, useState } from 'preact/hooks';

/** How long "Undo" stays offered; long enough to notice a mistake and reach the button. */
export const UNDO_TIMEOUT_MS = 8000;

export interface UndoToastProps {
  /** What happened, e.g. "Deleted “Platform Engineer”". Shown as text. */
  message: string;
  onUndo(): void;
  /** The offer lapsed or was closed: the deletion stands. */
  onDismiss(): void;
  /** Move focus to Undo when shown: the focused Delete button has just disappeared with its row. */
  autoFocus?: boolean;
  timeoutMs?: number;
}

/**
 * A short-lived offer to take back a deletion. The countdown stops while the pointer or the
 * keyboard focus is on it (nobody should lose the offer while reaching for it) and starts
 * again in full when they leave. Escape closes it. Put it in a live region that is always
 * in the page, so its message is announced when it appears.
 */
export function UndoToast({ message, onUndo, onDismiss, autoFocus = false, timeoutMs = UNDO_TIMEOUT_MS }: UndoToastProps) {
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const undoButton = useRef<HTMLButtonElement>(null);
  // The latest callback without restarting the countdown whenever the parent re-renders.
  const dismiss = useRef(onDismiss);
  dismiss.current = onDismiss;

  const paused = hovered || focused;
  useEffect(() => {
    if (paused) return;
    const timer = setTimeout(() => dismiss.current(), timeoutMs);
    return () => clearTimeout(timer);
  }, [paused, message, timeoutMs]);

  useEffect(() => {
    if (autoFocus) undoButton.current?.focus();
  }, [message, autoFocus]);

  return (
    <div
      class="jm-toast"
      data-testid="undo-toast"
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocusIn={() => setFocused(true)}
      onFocusOut={(event) => {
        // Still inside (moving from Undo to Close) keeps the countdown stopped.
        const next = event.relatedTarget as Node | null;
        if (!next || !event.currentTarget.contains(next)) setFocused(false);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onDismiss();
        }
      }}
    >
      <span class="jm-toast-message">{message}</span>
      <button type="button" ref={undoButton} class="jm-toast-undo" data-testid="undo-button" onClick={onUndo}>
        Undo
      </button>
      <button type="button" class="jm-icon-button" aria-label="Close" title="Close" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
