import { changeWords } from '../../compare/change-words';
import type { JobSummary } from '../../core/saved-job';
import { dateWords } from './row-words';

/**
 * A saved job's life as a posting: closed (when and why), and every time it was saved again
 * with other content, what changed, old → new, newest first. Nothing when neither happened.
 */
export function PostingHistorySection({ job }: { job: Pick<JobSummary, 'closed' | 'history'> }) {
  if (!job.closed && job.history.length === 0) return null;
  return (
    <section class="jm-history" aria-label="The posting's history" data-testid="posting-history">
      {job.closed && (
        <p class="jm-history-closed" data-testid="closed-detail">
          <strong>Closed</strong>
          {` (seen ${dateWords(job.closed.seenAt)}): ${job.closed.reason}`}
        </p>
      )}
      {job.history.length > 0 && (
        <>
          <h4>Changes to the posting</h4>
          <ol reversed>
            {[...job.history].reverse().map((version, i) => (
              <li key={`${version.seenAt}-${i}`} data-testid="posting-version">
                <span class="jm-history-date">{dateWords(version.seenAt)}</span>
                <ul>
                  {version.changes.map((change) => (
                    <li key={change.field}>{changeWords(change)}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
