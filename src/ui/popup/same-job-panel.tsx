import { confirmSameJob, type SameJobSuggestion } from '../../compare/duplicate-index';
import type { JobSummary } from '../../core/saved-job';
import type { UserFieldsPatch } from '../../db/job-writes';
import { dateWords, STATUS_LABELS } from './row-words';
import { SOURCE_LABELS } from '../source-words';
import { useWriteStatus, writeStatusText } from './use-write-status';

export interface SameJobPanelProps {
  job: JobSummary;
  /** Saved jobs that may be this job, waiting for the user's answer. */
  suggestions: readonly SameJobSuggestion[];
  /** Saved jobs confirmed as this job, shown in its row. */
  sources: readonly JobSummary[];
  onUpdate(id: string, patch: UserFieldsPatch): Promise<void>;
  /** Absent for a job with no web address. */
  canOpen(job: JobSummary): boolean;
  onOpen(id: string): void;
  /** After two are shown as one: the job whose row now stands for both. */
  onShownAsOne(keptId: string): void;
}

/**
 * "Is this the same job?" in a job's detail: each suggestion with the evidence in words and
 * the user's two answers, and the other sources of a job already shown as one, each with its
 * own status and note (nothing the user wrote on it is hidden) and a way to show it apart
 * again. Every answer is a write of the user's own fields, reported in words.
 */
export function SameJobPanel({ job, suggestions, sources, onUpdate, canOpen, onOpen, onShownAsOne }: SameJobPanelProps) {
  const [write, runWrite] = useWriteStatus();
  if (suggestions.length === 0 && sources.length === 0 && write.kind === 'idle') return null;

  const showAsOne = async (other: JobSummary) => {
    const { id, sameAs } = confirmSameJob(job, other);
    if (await runWrite(() => onUpdate(id, { sameAs }))) onShownAsOne(sameAs);
  };
  const notTheSame = (other: JobSummary) => void runWrite(() => onUpdate(job.id, { notSameAs: [...job.notSameAs, other.id] }));
  const showApart = (source: JobSummary) => void runWrite(() => onUpdate(source.id, { sameAs: null }));

  return (
    <section class="jm-same-job" aria-label="The same job elsewhere" data-testid="same-job-panel">
      {suggestions.map(({ other, evidence }) => (
        <div key={other.id} class="jm-same-job-suggestion" data-testid="same-job-suggestion">
          <p>
            <strong>Possibly the same job</strong>
            {` as “${other.title || 'Untitled posting'}”${other.company ? ` at ${other.company}` : ''}, saved from ${SOURCE_LABELS[other.source]} on ${dateWords(other.savedAt)}: `}
            {evidence.description === null
              ? 'the same title, company and place (a description was too short to compare).'
              : `the same company and place, and ${Math.round(evidence.description * 100)} % of the description is the same.`}
          </p>
          <div class="jm-same-job-actions">
            <button type="button" class="jm-small-button" data-testid="same-job-confirm" onClick={() => void showAsOne(other)}>
              Same job: show as one
            </button>
            <button type="button" class="jm-small-button" data-testid="same-job-refuse" onClick={() => notTheSame(other)}>
              Not the same
            </button>
          </div>
        </div>
      ))}
      {sources.length > 0 && (
        <div class="jm-same-job-sources" data-testid="same-job-sources">
          <h4>Also saved as</h4>
          <ul>
            {sources.map((source) => (
              <li key={source.id} data-testid="same-job-source">
                <span>
                  {`${source.title || 'Untitled posting'}, from ${SOURCE_LABELS[source.source]}, saved ${dateWords(source.savedAt)}`}
                  {source.status !== 'saved' && ` · ${STATUS_LABELS[source.status]}`}
                  {source.note && <span class="jm-muted">{` · note: “${source.note}”`}</span>}
                </span>
                {canOpen(source) && (
                  <button type="button" class="jm-link-button" aria-label={`Open the posting on ${SOURCE_LABELS[source.source]}`} onClick={() => onOpen(source.id)}>
                    Open ↗
                  </button>
                )}
                <button type="button" class="jm-small-button" data-testid="same-job-separate" onClick={() => showApart(source)}>
                  Show separately
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p class={write.kind === 'failed' ? 'jm-write-status jm-error' : 'jm-write-status'} role="status" aria-live="polite">
        {writeStatusText(write)}
      </p>
    </section>
  );
}
