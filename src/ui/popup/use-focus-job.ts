import { useEffect } from 'preact/hooks';
import type { JobRow } from '../../compare/job-list';

/** How long to wait for a restored job to come back before giving up on focusing it. */
const FOCUS_WAIT_MS = 3000;

/**
 * Moves keyboard focus to a job's row once it is on screen: the job put back by Undo (it
 * returns through the live query a moment later) or the first of a newly shown page.
 */
export function useFocusJob(
  root: { current: HTMLElement | null },
  id: string | null,
  rows: readonly JobRow[],
  done: () => void,
): void {
  useEffect(() => {
    if (id === null) return;
    const row = [...(root.current?.querySelectorAll<HTMLElement>('[data-testid="job-row"]') ?? [])].find(
      (element) => element.dataset.jobId === id,
    );
    if (row) {
      row.querySelector<HTMLElement>('.jm-row-title')?.focus();
      done();
      return;
    }
    // Not (yet) on screen: the live query has not delivered it, or a filter hides it.
    const timer = setTimeout(done, FOCUS_WAIT_MS);
    return () => clearTimeout(timer);
  }, [id, rows]);
}
