import { useState } from 'preact/hooks';

export type RereadSaved = (onProgress: (done: number, total: number) => void) => Promise<{ updated: number; skipped: readonly string[] }>;

type RereadState =
  | { phase: 'idle' }
  | { phase: 'running'; done: number; total: number }
  | { phase: 'done'; updated: number; skipped: number }
  | { phase: 'failed'; message: string };

/**
 * "Re-read saved postings": every saved job read again from its stored posting with
 * today's extractors, keeping status and note. Progress and the outcome are announced
 * politely; the list follows on its own as batches are written.
 */
export function RereadButton({ reread }: { reread: RereadSaved }) {
  const [state, setState] = useState<RereadState>({ phase: 'idle' });
  const run = async () => {
    setState({ phase: 'running', done: 0, total: 0 });
    try {
      const result = await reread((done, total) => setState({ phase: 'running', done, total }));
      setState({ phase: 'done', updated: result.updated, skipped: result.skipped.length });
    } catch (error) {
      setState({ phase: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <div class="jm-reread">
      <button type="button" data-testid="reread" disabled={state.phase === 'running'} onClick={() => void run()}>
        Re-read saved postings
      </button>
      <span class="jm-reread-status" role="status" aria-live="polite" data-testid="reread-status">
        {statusWords(state)}
      </span>
    </div>
  );
}

function statusWords(state: RereadState): string {
  switch (state.phase) {
    case 'idle':
      return '';
    case 'running':
      return state.total === 0 ? 'Re-reading…' : `Re-reading… ${state.done} of ${state.total}`;
    case 'done':
      return state.skipped === 0
        ? `Re-read ${state.updated} saved ${state.updated === 1 ? 'posting' : 'postings'}; your notes and statuses are kept.`
        : `Re-read ${state.updated}; ${state.skipped} could not be read again and were left as they were.`;
    case 'failed':
      return `Could not re-read the saved postings: ${state.message}`;
  }
}
