import { useEffect, useMemo, useReducer } from 'preact/hooks';
import type { JobFilter, JobSort } from '../../compare/job-list';
import type { Layout } from './layout';
import { initialListView, listViewReducer, type ListViewState } from './list-view-state';

export interface ListViewActions {
  setSort(sort: JobSort): void;
  setFilter(filter: JobFilter): void;
  clearFilters(): void;
  /** "Show more": another page at once. */
  showMore(): void;
  /** The first rows are painted: fill in the rest of the first page. */
  fillFirstPage(): void;
  toggleExpanded(id: string): void;
  toggleSelected(id: string): void;
  deselect(id: string): void;
  clearSelection(): void;
}

/**
 * The list's view state (list-view-state.ts), with the row limit grown a few rows a frame
 * up to the page the user asked for, each step after the previous rows were painted.
 */
export function useListView(
  layout: Layout,
  /** Read once, on the first render: the remembered sort and the jobs to compare straight away. */
  initial: () => { sort: JobSort; selected: readonly string[] },
): [ListViewState, ListViewActions] {
  const [state, dispatch] = useReducer(listViewReducer, undefined, () => {
    const { sort, selected } = initial();
    return initialListView(layout, sort, selected);
  });
  const { limit, goal } = state;
  useEffect(() => {
    if (limit >= goal) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // After the next frame is painted, not before it: the rows shown so far paint first.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => dispatch({ type: 'grow' }), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [limit, goal]);
  const actions = useMemo<ListViewActions>(
    () => ({
      setSort: (next) => dispatch({ type: 'sort', sort: next }),
      setFilter: (filter) => dispatch({ type: 'filter', filter }),
      clearFilters: () => dispatch({ type: 'filter', filter: {} }),
      showMore: () => dispatch({ type: 'show-more' }),
      fillFirstPage: () => dispatch({ type: 'fill-first-page' }),
      toggleExpanded: (id) => dispatch({ type: 'toggle-expanded', id }),
      toggleSelected: (id) => dispatch({ type: 'toggle-selected', id }),
      deselect: (id) => dispatch({ type: 'deselect', id }),
      clearSelection: () => dispatch({ type: 'clear-selection' }),
    }),
    [],
  );
  return [state, actions];
}
