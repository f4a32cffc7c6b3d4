import { describe, expect, it } from 'vitest';
import { FIRST_PAINT_ROWS, PAGE_SIZE } from './first-page';
import { GROW_ROWS, initialListView, listViewReducer, type ListViewAction, type ListViewState } from './list-view-state';

function run(state: ListViewState, ...actions: ListViewAction[]): ListViewState {
  return actions.reduce(listViewReducer, state);
}

describe('the list view state', () => {
  const popup = initialListView('popup', 'saved', []);
  const dashboard = initialListView('dashboard', 'match', ['a', 'b']);

  it('starts with the remembered sort, no filter, the jobs to compare and a first paint of a few rows', () => {
    expect(dashboard).toMatchObject({ sort: 'match', filter: {}, selected: ['a', 'b'], limit: FIRST_PAINT_ROWS });
    expect(dashboard.expanded.size).toBe(0);
  });

  it('fills in the first page a few rows a frame once the first rows are painted, never past it', () => {
    const filling = run(popup, { type: 'fill-first-page' });
    expect(filling.goal).toBe(PAGE_SIZE);
    expect(run(filling, { type: 'grow' }).limit).toBe(FIRST_PAINT_ROWS + GROW_ROWS);
    const full = run(filling, ...Array<ListViewAction>(10).fill({ type: 'grow' }));
    expect(full.limit).toBe(PAGE_SIZE);
    expect(run(full, { type: 'grow' })).toBe(full);
  });

  it('answers a new sort or filter with a screenful (more on the dashboard than in the popup), then the first page again', () => {
    const scrolled = run(dashboard, { type: 'fill-first-page' }, { type: 'show-more' }, { type: 'show-more' });
    for (const action of [{ type: 'sort', sort: 'salary' }, { type: 'filter', filter: { text: 'go' } }] as ListViewAction[]) {
      expect(run(scrolled, action)).toMatchObject({ limit: 24, goal: PAGE_SIZE });
      expect(run(popup, action)).toMatchObject({ limit: FIRST_PAINT_ROWS, goal: PAGE_SIZE });
    }
    expect(run(scrolled, { type: 'filter', filter: { text: 'go' } }, { type: 'filter', filter: {} }).filter).toEqual({});
  });

  it('shows another whole page at once when asked', () => {
    expect(run(popup, { type: 'show-more' })).toMatchObject({ limit: FIRST_PAINT_ROWS + PAGE_SIZE, goal: FIRST_PAINT_ROWS + PAGE_SIZE });
  });

  it('keeps ticked jobs in the order they were ticked; unticking, deselecting and clearing take them out', () => {
    const ticked = run(popup, { type: 'toggle-selected', id: 'x' }, { type: 'toggle-selected', id: 'y' }, { type: 'toggle-selected', id: 'z' });
    expect(ticked.selected).toEqual(['x', 'y', 'z']);
    expect(run(ticked, { type: 'toggle-selected', id: 'y' }).selected).toEqual(['x', 'z']);
    expect(run(ticked, { type: 'deselect', id: 'x' }).selected).toEqual(['y', 'z']);
    expect(run(ticked, { type: 'deselect', id: 'gone' })).toBe(ticked);
    expect(run(ticked, { type: 'clear-selection' }).selected).toEqual([]);
  });

  it('opens and closes a row’s details without touching the others or the selection', () => {
    const open = run(dashboard, { type: 'toggle-expanded', id: 'a' }, { type: 'toggle-expanded', id: 'c' });
    expect([...open.expanded]).toEqual(['a', 'c']);
    expect([...run(open, { type: 'toggle-expanded', id: 'a' }).expanded]).toEqual(['c']);
    expect(open.selected).toEqual(['a', 'b']);
  });
});
