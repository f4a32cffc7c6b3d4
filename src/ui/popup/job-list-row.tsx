import type { SameJobSuggestion } from '../../compare/duplicate-index';
import type { JobRow } from '../../compare/job-list';
import type { JobSummary } from '../../core/saved-job';
import type { UserFieldsPatch } from '../../db/job-writes';
import { yearsLabel } from '../badge/badge-format';
import { conflictSummary } from '../badge/conflict-flags';
import { JobDetail } from './job-detail';
import type { Layout } from './layout';
import { MatchMeter } from './match-meter';
import { STATUS_LABELS, dateWords, placeWords } from './row-words';
import { SalaryCell } from './salary-cell';
import { sourcesWords } from '../source-words';

export interface JobListRowProps {
  row: JobRow;
  layout: Layout;
  /** Columns of the table, for the detail row to span. */
  columns: number;
  expanded: boolean;
  selected: boolean;
  now: Date;
  onToggleExpanded(id: string): void;
  onToggleSelected(id: string): void;
  /** `byKeyboard`: the Delete button was pressed with a key, so focus must go somewhere useful. */
  onDelete(id: string, byKeyboard: boolean): void;
  /** Absent when the job has no web address to open. */
  onOpen?: (id: string) => void;
  onUpdate(id: string, patch: UserFieldsPatch): Promise<void>;
  /** Saved jobs that may be this job (not yet answered), and those confirmed as it. */
  sameJobSuggestions: readonly SameJobSuggestion[];
  sameJobSources: readonly JobSummary[];
  canOpenJob(job: JobSummary): boolean;
  onOpenJob(id: string): void;
  onShownAsOne(keptId: string): void;
}

/**
 * One saved job in the list, and its detail when opened. Everything from the posting
 * (title, company, place, salary words) is rendered as text.
 */
export function JobListRow(props: JobListRowProps) {
  const { row, layout, expanded, selected } = props;
  const { job } = row;
  const title = job.title || 'Untitled posting';
  const detailId = `jm-detail-${domSafe(job.id)}`;
  const place = placeWords(job);
  const years = job.experience ? yearsLabel(job.experience) : null;
  const dashboard = layout === 'dashboard';
  const onOpen = props.onOpen;
  const conflict = conflictSummary(row.conflicts);
  const sources = props.sameJobSources;
  const suggestions = props.sameJobSuggestions;

  return (
    <>
      <tr class={selected ? 'jm-row jm-selected' : 'jm-row'} data-testid="job-row" data-job-id={job.id}>
        <td class="jm-cell-select">
          <input
            type="checkbox"
            checked={selected}
            aria-label={`Compare ${title}`}
            data-testid="compare-checkbox"
            onChange={() => props.onToggleSelected(job.id)}
          />
        </td>
        <td class="jm-cell-job">
          <button
            type="button"
            class="jm-row-title"
            aria-expanded={expanded}
            aria-controls={detailId}
            data-testid="job-title"
            onClick={() => props.onToggleExpanded(job.id)}
          >
            {/* The open/closed arrow is drawn by CSS from aria-expanded: the button's text is the title alone. */}
            <span class="jm-title-text">{title}</span>
          </button>
          {job.closed && (
            <span class="jm-closed-tag" data-testid="closed-tag" title={job.closed.reason}>
              Closed
            </span>
          )}
          {!dashboard && job.status !== 'saved' && <span class={`jm-status jm-status-${job.status}`}>{STATUS_LABELS[job.status]}</span>}
          <span class="jm-sub">
            {[job.company, dashboard ? null : place, dashboard ? null : years].filter((part) => part).join(' · ')}
          </span>
          {sources.length > 0 && (
            <span class="jm-sources" data-testid="job-sources">
              {`One job, ${sources.length + 1} sources: ${sourcesWords([job.source, ...sources.map((source) => source.source)])}`}
            </span>
          )}
          {suggestions.length > 0 && (
            <span class="jm-same-flag" data-testid="same-job-flag">
              {suggestions.length === 1 ? 'Possibly the same job as another you saved' : `Possibly the same job as ${suggestions.length} others you saved`}
            </span>
          )}
          {conflict && (
            <span class="jm-conflict-flag" data-testid="conflict-flag">
              <span aria-hidden="true">⚠ </span>
              <span class="jm-visually-hidden">Conflict: </span>
              {conflict}
            </span>
          )}
        </td>
        {dashboard && <td class="jm-cell-place">{place || <span class="jm-muted">—</span>}</td>}
        <td class="jm-cell-salary">
          <SalaryCell salary={row.salary} />
        </td>
        {dashboard && (
          <td class="jm-cell-years" title={job.experience?.text}>
            {years ?? <span class="jm-muted">—</span>}
          </td>
        )}
        <td class="jm-cell-match">
          <MatchMeter match={row.match} />
        </td>
        {dashboard && (
          <td class="jm-cell-status">
            <span class={`jm-status jm-status-${job.status}`}>{STATUS_LABELS[job.status]}</span>
          </td>
        )}
        {dashboard && <td class="jm-cell-saved">{dateWords(job.savedAt)}</td>}
        <td class="jm-cell-actions">
          {onOpen && (
            <button
              type="button"
              class="jm-small-button"
              aria-label={`Open the posting: ${title}`}
              data-testid="open-button"
              onClick={() => onOpen(job.id)}
            >
              Open
            </button>
          )}
          <button
            type="button"
            class="jm-small-button jm-danger"
            aria-label={`Delete ${title}`}
            data-testid="delete-button"
            // detail 0: activated from the keyboard (Enter/Space), not by a pointer.
            onClick={(event) => props.onDelete(job.id, event.detail === 0)}
          >
            Delete
          </button>
        </td>
      </tr>
      {expanded && (
        <tr class="jm-detail-row" id={detailId}>
          <td colSpan={props.columns}>
            <JobDetail
              row={row}
              now={props.now}
              onUpdate={props.onUpdate}
              onOpen={onOpen ? () => onOpen(job.id) : undefined}
              sameJob={{
                suggestions,
                sources,
                canOpen: props.canOpenJob,
                onOpen: props.onOpenJob,
                onShownAsOne: props.onShownAsOne,
              }}
            />
          </td>
        </tr>
      )}
    </>
  );
}

/** Job ids are URLs; an element id only needs to be unique and free of spaces. */
function domSafe(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, (char) => `_${char.charCodeAt(0).toString(16)}`);
}
