import { Fragment } from 'preact';
import { useId } from 'preact/hooks';
import type { JobRow } from '../../compare/job-list';
import { describeScaledSalary } from '../../compare/salary-format';
import { JobStatus } from '../../core/saved-job';
import type { UserFieldsPatch } from '../../db/job-writes';
import { savedAgo } from '../badge/badge-format';
import { ConflictFlags } from '../badge/conflict-flags';
import { FACT_ROWS } from '../compare/fact-words';
import { MatchExplanation } from '../compare/match-explanation';
import { NoteField } from './note-field';
import { PostingHistorySection } from './posting-history-section';
import { SameJobPanel, type SameJobPanelProps } from './same-job-panel';
import { dateWords } from './row-words';
import { StatusOptions } from './status-options';
import { useWriteStatus, writeStatusText } from './use-write-status';

export interface JobDetailProps {
  row: JobRow;
  now: Date;
  onUpdate(id: string, patch: UserFieldsPatch): Promise<void>;
  /** Absent when the job has no web address to open. */
  onOpen?: () => void;
  /** The same job elsewhere: suggestions to answer and confirmed other sources. */
  sameJob: Omit<SameJobPanelProps, 'job' | 'onUpdate'>;
}

/**
 * One job opened up in the list: the user's status and note (each saved as it changes, with
 * "Saved" or the reason it was not), the salary in the posting's words, the facts, and the
 * match score explaining itself.
 */
export function JobDetail({ row, now, onUpdate, onOpen, sameJob }: JobDetailProps) {
  const { job, match, salary } = row;
  const [write, runWrite] = useWriteStatus();
  const ids = useId();
  const update = (patch: UserFieldsPatch) => void runWrite(() => onUpdate(job.id, patch));

  return (
    <div class="jm-detail">
      <div class="jm-detail-own">
        <label class="jm-field">
          <span>Status</span>
          <select
            value={job.status}
            data-testid="status-select"
            onChange={(event) => update({ status: JobStatus.parse(event.currentTarget.value) })}
          >
            <StatusOptions />
          </select>
        </label>
        <NoteField id={`${ids}-note`} note={job.note} onSave={(note) => update({ note })} />
        <p
          class={write.kind === 'failed' ? 'jm-write-status jm-error' : 'jm-write-status'}
          role="status"
          aria-live="polite"
          data-testid="write-status"
        >
          {writeStatusText(write)}
        </p>
      </div>
      <div class="jm-detail-facts">
        <ConflictFlags conflicts={row.conflicts} />
        <SameJobPanel job={job} onUpdate={onUpdate} {...sameJob} />
        <PostingHistorySection job={job} />
        <dl class="jm-facts">
          <dt>Saved</dt>
          <dd>
            {dateWords(job.savedAt)} <span class="jm-muted">({savedAgo(job.savedAt, now)})</span>
          </dd>
          {job.company && (
            <>
              <dt>Company</dt>
              <dd>{job.company}</dd>
            </>
          )}
          <dt>Salary</dt>
          <dd>
            {salary ? (
              describeScaledSalary(salary).map((line) => (
                <span key={line} class="jm-line">
                  {line}
                </span>
              ))
            ) : (
              <span class="jm-muted">The posting states no salary.</span>
            )}
          </dd>
          {FACT_ROWS.map(({ label, fact }) => {
            const { value, words } = fact(job);
            if (value === null) return null;
            return (
              <Fragment key={label}>
                <dt>{label}</dt>
                <dd>
                  {value}
                  {words && <span class="jm-muted">{` — “${words}”`}</span>}
                </dd>
              </Fragment>
            );
          })}
        </dl>
        {onOpen && (
          <button type="button" class="jm-link-button" onClick={onOpen}>
            Open the posting ↗
          </button>
        )}
      </div>
      <div class="jm-detail-match">
        <MatchExplanation match={match} />
      </div>
    </div>
  );
}
