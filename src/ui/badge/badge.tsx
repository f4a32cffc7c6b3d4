import type { Job, Salary } from '../../core/job';
import type { Conflict } from '../../compare/conflict';
import type { MatchResult } from '../../compare/match-result';
import type { ClosedMark, PostingChange } from '../../core/posting-history';
import { ConflictFlags } from './conflict-flags';
import { PostingNews } from './posting-news';
import {
  annualSalaryLabel,
  cornerLabel,
  nextCorner,
  salaryTags,
  workplaceLabel,
  yearsLabel,
  type Corner,
} from './badge-format';
import { BadgeMatch } from './badge-match';
import { BadgeSave, type SaveState } from './badge-save';

export type { Corner } from './badge-format';
export type { SaveState } from './badge-save';

export interface BadgeProps {
  job: Pick<Job, 'title' | 'salary' | 'experience' | 'workplace'> & { skills?: Pick<Job['skills'], 'topics'> };
  match: MatchResult;
  /** Deal-breakers the profile falls short of; shown apart from the match, never in it. */
  conflicts?: readonly Conflict[];
  /** Since the user saved it: what the posting says differently, and whether it is closed. */
  changes?: readonly PostingChange[];
  closed?: ClosedMark | null;
  save: SaveState;
  /** The clock for "Saved 5 min ago"; passed in so the badge renders the same in tests. */
  now: Date;
  collapsed: boolean;
  corner: Corner;
  highlightsOn: boolean;
  onSave(): void;
  onToggleCollapsed(collapsed: boolean): void;
  onMove(corner: Corner): void;
  onTurnOffSite(): void;
  onToggleHighlights(on: boolean): void;
  onOpenOptions(): void;
}

/**
 * The small panel in a corner of a job page. Props in, events out: it fetches and stores
 * nothing, so the content script decides what each event does. Page text (the title, the
 * salary as written) only ever reaches the DOM as text.
 */
export function Badge(props: BadgeProps) {
  const { job, match, collapsed, corner } = props;
  const to = nextCorner(corner);
  const conflictCount = props.conflicts?.length ?? 0;
  return (
    <aside class={`jm-badge jm-${corner}`} aria-label="Jobmark">
      <div class="jm-head">
        <button
          type="button"
          class="jm-toggle"
          aria-expanded={!collapsed}
          aria-controls="jm-body"
          onClick={() => props.onToggleCollapsed(!collapsed)}
        >
          <span class="jm-brand">Jobmark</span>
          <span class="jm-score">{match.score === null ? '–' : `${match.score}% match`}</span>
          {props.closed && <span class="jm-closed-tag">Closed</span>}
          {conflictCount > 0 && (
            <span class="jm-conflict-count">
              <span aria-hidden="true">⚠ </span>
              {conflictCount === 1 ? '1 conflict' : `${conflictCount} conflicts`}
            </span>
          )}
        </button>
        <button
          type="button"
          class="jm-icon"
          aria-label={`Move to the ${cornerLabel(to)} corner`}
          title={`Move to the ${cornerLabel(to)} corner`}
          onClick={() => props.onMove(to)}
        >
          ⇲
        </button>
      </div>
      <div id="jm-body" class="jm-body" hidden={collapsed}>
        <p class="jm-title">{job.title || 'Untitled posting'}</p>
        <BadgeMatch match={match} onOpenOptions={props.onOpenOptions} />
        <PostingNews closed={props.closed ?? null} changes={props.changes ?? []} />
        <ConflictFlags conflicts={props.conflicts ?? []} />
        <dl class="jm-facts">
          <dt>Salary</dt>
          <dd>{job.salary ? <SalaryFact salary={job.salary} /> : 'Not stated'}</dd>
          {job.experience && (
            <>
              <dt>Experience</dt>
              <dd title={job.experience.text}>{yearsLabel(job.experience)}</dd>
            </>
          )}
          {job.workplace && (
            <>
              <dt>Workplace</dt>
              <dd>{workplaceLabel(job.workplace)}</dd>
            </>
          )}
          {job.skills && job.skills.topics.length > 0 && (
            <>
              {/* Competencies and domains: shown apart, never in the match. */}
              <dt>Topics</dt>
              <dd class="jm-topics" title="Competencies and domains the posting names; not counted in the match">
                {job.skills.topics.join(', ')}
              </dd>
            </>
          )}
        </dl>
        <BadgeSave state={props.save} now={props.now} onSave={props.onSave} changed={(props.changes?.length ?? 0) > 0} />
        <div class="jm-tools">
          <button
            type="button"
            class="jm-link"
            aria-pressed={props.highlightsOn}
            onClick={() => props.onToggleHighlights(!props.highlightsOn)}
          >
            Highlight skills
          </button>
          <button type="button" class="jm-link" onClick={props.onTurnOffSite}>
            Turn off on this site
          </button>
        </div>
      </div>
    </aside>
  );
}

/** As written (so the user sees the posting's own words), then per year for comparison. */
function SalaryFact({ salary }: { salary: Salary }) {
  const perYear = annualSalaryLabel(salary);
  return (
    <>
      <span class="jm-salary-text">{salary.text}</span>
      {salaryTags(salary).map((tag) => (
        <span class="jm-tag" key={tag}>
          {tag}
        </span>
      ))}
      {perYear && <span class="jm-per-year">{`${perYear} a year`}</span>}
    </>
  );
}
