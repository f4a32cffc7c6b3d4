import type { MatchResult } from '../../compare/match-result';
import { countLines } from './badge-format';

/** The match in words: counts, the missing skills by name, or why there is no score. */
export function BadgeMatch({ match, onOpenOptions }: { match: MatchResult; onOpenOptions(): void }) {
  if (match.noScoreReason === 'empty-profile') {
    return (
      <div class="jm-match">
        <p>Add your skills to see how well you match.</p>
        <button type="button" class="jm-primary" onClick={onOpenOptions}>
          Set up your skill profile
        </button>
      </div>
    );
  }
  if (match.noScoreReason === 'no-job-skills') {
    return (
      <div class="jm-match">
        <p>No skills recognised in this posting.</p>
      </div>
    );
  }
  return (
    <div class="jm-match">
      {countLines(match.counts).map((line) => (
        <p key={line}>{line}</p>
      ))}
      {match.missingRequired.length > 0 && (
        <p class="jm-missing">
          <span class="jm-label">Missing: </span>
          {match.missingRequired.join(', ')}
        </p>
      )}
    </div>
  );
}
