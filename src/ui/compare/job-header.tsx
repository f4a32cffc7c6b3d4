import { useState } from 'preact/hooks';
import type { MatchResult } from '../../compare/match-result';
import type { JobSummary } from '../../core/saved-job';
import { safeJobLink } from './fact-words';
import { MatchExplanation } from './match-explanation';

export interface JobHeaderProps {
  job: Pick<JobSummary, 'id' | 'title' | 'company' | 'url'>;
  match: MatchResult;
  onRemove?: (id: string) => void;
}

/** A job's column head: what it is, how well it fits, and why (folded, opened on demand). */
export function JobHeader({ job, match, onRemove }: JobHeaderProps) {
  const link = safeJobLink(job.url);
  const title = job.title.trim() || 'Untitled job';
  return (
    <th scope="col" class="jmc-job">
      <div class="jmc-job-title">
        {link ? (
          <a href={link} target="_blank" rel="noopener noreferrer">
            {title}
          </a>
        ) : (
          title
        )}
      </div>
      <div class="jmc-job-company">{job.company?.trim() || 'Company not stated'}</div>
      <div class="jmc-job-score">
        <ScoreTag match={match} />
      </div>
      <WhyScore match={match} />
      {onRemove && (
        <button type="button" class="jmc-remove" onClick={() => onRemove(job.id)} aria-label={`Remove ${title} from the comparison`}>
          Remove
        </button>
      )}
    </th>
  );
}

function ScoreTag({ match }: { match: MatchResult }) {
  if (match.score !== null) {
    const band = match.score >= 75 ? 'high' : match.score >= 40 ? 'mid' : 'low';
    return <span class={`jmc-score jmc-score-${band}`}>{match.score}% match</span>;
  }
  return (
    <span class="jmc-score jmc-score-none">
      {match.noScoreReason === 'empty-profile' ? 'No score: add your skills' : 'No score: no skills found'}
    </span>
  );
}

/**
 * Folded by default; the explanation is built only when opened, so comparing many jobs does
 * not pay for explanations nobody reads.
 */
function WhyScore({ match }: { match: MatchResult }) {
  const [open, setOpen] = useState(false);
  return (
    <details class="jmc-why" open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>Why this score</summary>
      {open && <MatchExplanation match={match} />}
    </details>
  );
}
