import { useId } from 'preact/hooks';
import { JOB_SORT_LABELS, type JobFilter, type JobSort } from '../../compare/job-list';
import type { Workplace } from '../../core/job';
import { JobStatus } from '../../core/saved-job';
import { workplaceLabel } from '../badge/badge-format';
import { StatusOptions } from './status-options';

export interface ListControlsProps {
  sort: JobSort;
  filter: JobFilter;
  /** The scale currency: the minimum salary is typed in it, per year. */
  currency: string;
  /** "12 of 40 jobs", announced as it changes. */
  countText: string;
  activeFilters: number;
  onSort(sort: JobSort): void;
  onFilter(filter: JobFilter): void;
  onClearFilters(): void;
}

const SORTS = Object.keys(JOB_SORT_LABELS) as JobSort[];
const WORKPLACES: readonly Workplace[] = ['remote', 'hybrid', 'onsite'];

/** Sort and filter the saved jobs. Each control is a labelled native input, usable by keyboard. */
export function ListControls(props: ListControlsProps) {
  const { filter, onFilter } = props;
  const id = useId();
  const workplaces = filter.workplaces ?? [];
  const toggleWorkplace = (workplace: Workplace) =>
    onFilter({
      ...filter,
      workplaces: workplaces.includes(workplace) ? workplaces.filter((w) => w !== workplace) : [...workplaces, workplace],
    });

  return (
    <div class="jm-controls" role="search" aria-label="Sort and filter saved jobs">
      <div class="jm-controls-row">
        <label class="jm-field jm-search">
          <span>Search</span>
          <input
            type="search"
            value={filter.text ?? ''}
            placeholder="Title, company, skill, note…"
            data-testid="search-input"
            onInput={(event) => onFilter({ ...filter, text: event.currentTarget.value })}
          />
        </label>
        <label class="jm-field">
          <span>Sort by</span>
          <select
            value={props.sort}
            data-testid="sort-select"
            onChange={(event) => props.onSort(event.currentTarget.value as JobSort)}
          >
            {SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {JOB_SORT_LABELS[sort]}
              </option>
            ))}
          </select>
        </label>
        <label class="jm-field">
          <span>Status</span>
          <select
            value={filter.statuses?.[0] ?? ''}
            data-testid="status-filter"
            onChange={(event) => {
              const value = event.currentTarget.value;
              onFilter({ ...filter, statuses: value ? [JobStatus.parse(value)] : [] });
            }}
          >
            <option value="">Any status</option>
            <StatusOptions />
          </select>
        </label>
      </div>
      <div class="jm-controls-row">
        <div class="jm-toggle-group" role="group" aria-labelledby={`${id}-workplace`}>
          <span id={`${id}-workplace`} class="jm-group-label">
            Workplace
          </span>
          {WORKPLACES.map((workplace) => (
            <button
              key={workplace}
              type="button"
              class="jm-toggle"
              aria-pressed={workplaces.includes(workplace)}
              data-testid={`workplace-${workplace}`}
              onClick={() => toggleWorkplace(workplace)}
            >
              {workplaceLabel(workplace)}
            </button>
          ))}
        </div>
        <label class="jm-check">
          <input
            type="checkbox"
            checked={filter.hasSalary === true}
            data-testid="has-salary"
            onChange={(event) => onFilter({ ...filter, hasSalary: event.currentTarget.checked })}
          />
          States a salary
        </label>
        <label class="jm-check">
          <input
            type="checkbox"
            checked={filter.hideConflicts === true}
            data-testid="hide-conflicts"
            onChange={(event) => onFilter({ ...filter, hideConflicts: event.currentTarget.checked })}
          />
          Hide jobs that conflict with your profile
        </label>
        <label class="jm-check">
          <input
            type="checkbox"
            checked={filter.hideClosed === true}
            data-testid="hide-closed"
            onChange={(event) => onFilter({ ...filter, hideClosed: event.currentTarget.checked })}
          />
          Hide closed postings
        </label>
        <label class="jm-field jm-min-salary">
          <span>{`Min salary per year (${props.currency})`}</span>
          <input
            type="number"
            min={0}
            step={1000}
            inputMode="numeric"
            value={filter.minSalary ?? ''}
            data-testid="min-salary"
            onInput={(event) => onFilter({ ...filter, minSalary: parseAmount(event.currentTarget.value) })}
          />
        </label>
      </div>
      <div class="jm-controls-row jm-count-row">
        <p class="jm-count" aria-live="polite" data-testid="job-count">
          {props.countText}
        </p>
        {props.activeFilters > 0 && (
          <button type="button" class="jm-link-button" data-testid="clear-filters" onClick={props.onClearFilters}>
            {`Clear filters (${props.activeFilters})`}
          </button>
        )}
      </div>
    </div>
  );
}

/** A typed amount, or null while the field is empty or holds no usable number. */
export function parseAmount(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const amount = Number(trimmed);
  return Number.isFinite(amount) && amount >= 0 ? amount : null;
}
