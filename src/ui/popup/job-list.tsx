import type { DuplicateIndex } from '../../compare/duplicate-index';
import type { JobRow } from '../../compare/job-list';
import type { JobSummary } from '../../core/saved-job';
import type { UserFieldsPatch } from '../../db/job-writes';
import { JobListRow } from './job-list-row';
import { PAGE_SIZE } from './first-page';
import type { Layout } from './layout';


export interface JobListProps {
  /** Filtered and sorted; only the first `limit` are rendered. */
  rows: readonly JobRow[];
  /** How many rows the list has in all (more than `rows` while the rest are still being built). */
  total: number;
  limit: number;
  layout: Layout;
  expanded: ReadonlySet<string>;
  selected: ReadonlySet<string>;
  now: Date;
  onShowMore(): void;
  onToggleExpanded(id: string): void;
  onToggleSelected(id: string): void;
  onDelete(id: string, byKeyboard: boolean): void;
  onOpen(id: string): void;
  onUpdate(id: string, patch: UserFieldsPatch): Promise<void>;
  /** Whether a job has a web address to open. */
  canOpen(job: JobSummary): boolean;
  /** Which jobs are one job (confirmed) or may be (suggested). */
  duplicates: DuplicateIndex;
  onShownAsOne(keptId: string): void;
}

const NONE: readonly never[] = [];

const POPUP_COLUMNS = ['Compare', 'Job', 'Salary per year', 'Match', 'Actions'];
const DASHBOARD_COLUMNS = ['Compare', 'Job', 'Location', 'Salary per year', 'Years', 'Match', 'Status', 'Saved', 'Actions'];

/**
 * The saved jobs as a table. Never renders thousands of rows: the first page, then a
 * "Show more" button — a list that long is searched and sorted, not scrolled.
 */
export function JobList(props: JobListProps) {
  const { rows, limit, layout } = props;
  const columns = layout === 'dashboard' ? DASHBOARD_COLUMNS : POPUP_COLUMNS;
  const visible = rows.slice(0, limit);
  const left = Math.max(0, props.total - visible.length);
  return (
    <div class="jm-list">
      <table class={`jm-table jm-table-${layout}`}>
        <caption class="jm-visually-hidden">Saved jobs</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" class={column === 'Compare' || column === 'Actions' ? 'jm-visually-hidden-th' : undefined}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {visible.map((row) => (
            <JobListRow
              key={row.job.id}
              row={row}
              layout={layout}
              columns={columns.length}
              expanded={props.expanded.has(row.job.id)}
              selected={props.selected.has(row.job.id)}
              now={props.now}
              onToggleExpanded={props.onToggleExpanded}
              onToggleSelected={props.onToggleSelected}
              onDelete={props.onDelete}
              onOpen={props.canOpen(row.job) ? props.onOpen : undefined}
              onUpdate={props.onUpdate}
              sameJobSuggestions={props.duplicates.suggestions.get(row.job.id) ?? NONE}
              sameJobSources={props.duplicates.sources.get(row.job.id) ?? NONE}
              canOpenJob={props.canOpen}
              onOpenJob={props.onOpen}
              onShownAsOne={props.onShownAsOne}
            />
          ))}
        </tbody>
      </table>
      {/* Not during the first paint: the rest of the page is only a frame away. */}
      {left > 0 && limit >= PAGE_SIZE && (
        <button type="button" class="jm-show-more" data-testid="show-more" onClick={props.onShowMore}>
          {`Show ${Math.min(PAGE_SIZE, left)} more (${left.toLocaleString('en')} not shown)`}
        </button>
      )}
    </div>
  );
}
