import { useEffect, useState } from 'preact/hooks';
import { FIRST_PAINT_ROWS, PAGE_SIZE } from './first-page';
import type { Layout } from './layout';

/**
 * Rows rendered in the frame that answers a new sort or filter: a screenful. The dashboard
 * shows about twenty rows before scrolling, the popup five. Laying out a dashboard row
 * costs about 0.6 ms (measured: 60 ms of layout for a page of 100), so the answer paints
 * with these and the rest of the page follows, GROW_ROWS a frame, below the fold.
 */
const ANSWER_ROWS: Record<Layout, number> = { dashboard: 24, popup: FIRST_PAINT_ROWS };
/** Rows added per frame while the page fills in: each frame stays well under 50 ms. */
const GROW_ROWS = 25;

export interface RowLimit {
  /** How many of the sorted, filtered rows to render now. */
  limit: number;
  /** A new sort or filter: start again from the first page, a screenful first. */
  restart(): void;
  /** "Show more": another page at once (the user asked for it, and focus goes to its first row). */
  showMore(): void;
  /** The first rows are painted: fill in the rest of the first page. */
  fillFirstPage(): void;
}

/** The list's row limit, grown a few rows a frame up to the page the user asked for. */
export function useRowLimit(layout: Layout): RowLimit {
  const [limit, setLimit] = useState(FIRST_PAINT_ROWS);
  // The page size asked for; `limit` catches up with it frame by frame.
  const [goal, setGoal] = useState(FIRST_PAINT_ROWS);
  useEffect(() => {
    if (limit >= goal) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // After the next frame is painted, not before it: the rows shown so far paint first.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setLimit((n) => Math.min(goal, n + GROW_ROWS)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [limit, goal]);
  return {
    limit,
    restart() {
      setLimit(ANSWER_ROWS[layout]);
      setGoal(PAGE_SIZE);
    },
    showMore() {
      setLimit((n) => n + PAGE_SIZE);
      setGoal(limit + PAGE_SIZE);
    },
    fillFirstPage() {
      setGoal((n) => Math.max(n, PAGE_SIZE));
    },
  };
}
