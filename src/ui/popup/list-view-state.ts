import type { JobFilter, JobSort } from '../../compare/job-list';
import { FIRST_PAINT_ROWS, PAGE_SIZE } from './first-page';
import type { Layout } from './layout';

/**
 * How the user is looking at the list: its order, its filters, how many rows are rendered,
 * which rows are open and which are ticked for comparison. One reducer, so every change
 * that must move together does (a new sort or filter always starts again from a
 * screenful), and the rules can be read and tested without rendering anything.
 */
export interface ListViewState {
  sort: JobSort;
  filter: JobFilter;
  /** How many of the sorted, filtered rows to render now. */
  limit: number;
  /** The page size asked for; `limit` catches up with it a few rows a frame ('grow'). */
  goal: number;
  /** Rows rendered in the frame that answers a new sort or filter (ANSWER_ROWS). */
  answerRows: number;
  /** Rows whose details are open. */
  expanded: ReadonlySet<string>;
  /** Rows ticked for comparison, in the order they were ticked. */
  selected: readonly string[];
}

export type ListViewAction =
  | { type: 'sort'; sort: JobSort }
  | { type: 'filter'; filter: JobFilter }
  | { type: 'show-more' }
  | { type: 'fill-first-page' }
  | { type: 'grow' }
  | { type: 'toggle-expanded'; id: string }
  | { type: 'toggle-selected'; id: string }
  | { type: 'deselect'; id: string }
  | { type: 'clear-selection' };

/**
 * Rows rendered in the frame that answers a new sort or filter: a screenful. The dashboard
 * shows about twenty rows before scrolling, the popup five. Laying out a dashboard row
 * costs about 0.6 ms (measured: 60 ms of layout for a page of 100), so the answer paints
 * with these and the rest of the page follows, GROW_ROWS a frame, below the fold.
 */
const ANSWER_ROWS: Record<Layout, number> = { dashboard: 24, popup: FIRST_PAINT_ROWS };
/** Rows added per frame while the page fills in: each frame stays well under 50 ms. */
export const GROW_ROWS = 25;

export function initialListView(layout: Layout, sort: JobSort, selected: readonly string[]): ListViewState {
  return {
    sort,
    filter: {},
    limit: FIRST_PAINT_ROWS,
    goal: FIRST_PAINT_ROWS,
    answerRows: ANSWER_ROWS[layout],
    expanded: new Set(),
    selected,
  };
}

export function listViewReducer(state: ListViewState, action: ListViewAction): ListViewState {
  switch (action.type) {
    case 'sort':
      return { ...state, sort: action.sort, ...firstPage(state) };
    case 'filter':
      return { ...state, filter: action.filter, ...firstPage(state) };
    case 'show-more':
      // The user asked for the page: it comes at once (focus goes to its first row).
      return { ...state, limit: state.limit + PAGE_SIZE, goal: state.limit + PAGE_SIZE };
    case 'fill-first-page':
      return state.goal >= PAGE_SIZE ? state : { ...state, goal: PAGE_SIZE };
    case 'grow':
      return state.limit >= state.goal ? state : { ...state, limit: Math.min(state.goal, state.limit + GROW_ROWS) };
    case 'toggle-expanded': {
      const expanded = new Set(state.expanded);
      if (!expanded.delete(action.id)) expanded.add(action.id);
      return { ...state, expanded };
    }
    case 'toggle-selected':
      return state.selected.includes(action.id)
        ? { ...state, selected: state.selected.filter((id) => id !== action.id) }
        : { ...state, selected: [...state.selected, action.id] };
    case 'deselect':
      return state.selected.includes(action.id) ? { ...state, selected: state.selected.filter((id) => id !== action.id) } : state;
    case 'clear-selection':
      return state.selected.length === 0 ? state : { ...state, selected: [] };
  }
}

/** A new sort or filter: a screenful in the answering frame, then the first page fills in. */
function firstPage(state: ListViewState): Pick<ListViewState, 'limit' | 'goal'> {
  return { limit: state.answerRows, goal: PAGE_SIZE };
}
