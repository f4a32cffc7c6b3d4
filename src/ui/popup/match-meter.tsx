import type { MatchResult } from '../../compare/match-result';
import { noScoreShort, requiredWords } from './row-words';

/** Score bands for the bar's colour; the number is always printed too, colour is never alone. */
function band(score: number): 'high' | 'mid' | 'low' {
  return score >= 75 ? 'high' : score >= 50 ? 'mid' : 'low';
}

/** The match score as a bar and a number, or in words why there is none. */
export function MatchMeter({ match }: { match: MatchResult }) {
  if (match.score === null) return <span class="jm-no-score">{noScoreShort(match)}</span>;
  return (
    <span class="jm-match" data-testid="match-score">
      <span class="jm-match-figure">
        {`${match.score}%`}
        <span class="jm-visually-hidden"> match</span>
      </span>
      <span class={`jm-match-bar jm-match-${band(match.score)}`} aria-hidden="true">
        <span style={{ width: `${match.score}%` }} />
      </span>
      <span class="jm-match-counts">{requiredWords(match)}</span>
    </span>
  );
}
