import { useEffect, useRef, useState } from 'preact/hooks';

/** Where a section's last piece of work stands, as the user reads it. */
export type TaskState =
  | { kind: 'idle' }
  | { kind: 'working'; message: string }
  | { kind: 'done'; message: string }
  | { kind: 'failed'; message: string };


export const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export interface TaskWording<T> {
  /** Shown while the work runs. */
  working?: string;
  done(result: T): string;
  /** Given the error's own message, in full, and the error itself. */
  failed(message: string, error: unknown): string;
}

/**
 * Runs a section's work (a save, an export, an import) and remembers how the last one ended,
 * so the section can say what happened right where the user acted. A newer run supersedes
 * an older one still in flight: only the last one's outcome is shown. Errors are shown,
 * never swallowed; `run` resolves to whether the work succeeded.
 */
export function useTask(): [TaskState, <T>(work: Promise<T>, wording: TaskWording<T>) => Promise<boolean>] {
  const [state, setState] = useState<TaskState>({ kind: 'idle' });
  const latest = useRef(0);
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );
  const run = async <T,>(work: Promise<T>, wording: TaskWording<T>): Promise<boolean> => {
    const ticket = ++latest.current;
    const show = (next: TaskState) => {
      if (mounted.current && ticket === latest.current) setState(next);
    };
    show({ kind: 'working', message: wording.working ?? 'Saving…' });
    try {
      const result = await work;
      show({ kind: 'done', message: wording.done(result) });
      return true;
    } catch (error) {
      show({ kind: 'failed', message: wording.failed(errorMessage(error), error) });
      return false;
    }
  };
  return [state, run];
}

/** useTask for the common case: a write that says `savedMessage`, or "Not saved:" and why. */
export function useSaveState(): [TaskState, (work: Promise<unknown>, savedMessage: string) => Promise<boolean>] {
  const [state, run] = useTask();
  return [state, (work, savedMessage) => run(work, { done: () => savedMessage, failed: (why) => `Not saved: ${why}` })];
}

/**
 * The status line of a section. Always in the DOM (empty when idle) because screen readers
 * announce changes only in a live region that already exists; one region with a fixed role,
 * since changing the role of a live region is announced unreliably.
 */
export function SaveStatus({ state }: { state: TaskState }) {
  return (
    <p class={state.kind === 'failed' ? 'status error' : 'status'} role="status" aria-live="polite">
      {state.kind === 'idle' ? '' : state.message}
    </p>
  );
}
