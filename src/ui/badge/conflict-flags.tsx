import type { Conflict } from '../../compare/deal-breaker-conflicts';

export interface ConflictFlagsProps {
  conflicts: readonly Conflict[];
  /** Shown before the list, e.g. the job's title in the compare view; defaults to "Conflicts with your profile". */
  label?: string;
}

/**
 * A job's deal-breaker conflicts as plain text: what conflicts, then the posting's own
 * sentence, so the user can judge a "nice to have" read as a requirement. Rendered as
 * text, never as HTML; nothing at all when there is no conflict.
 */
export function ConflictFlags({ conflicts, label = 'Conflicts with your profile' }: ConflictFlagsProps) {
  if (conflicts.length === 0) return null;
  return (
    <div class="jm-conflicts" data-testid="conflict-flags">
      <p class="jm-conflicts-label">
        <span aria-hidden="true">⚠ </span>
        {label}
      </p>
      <ul>
        {conflicts.map((conflict) => (
          <li key={`${conflict.kind}:${conflict.message}`} data-testid="conflict">
            <span class="jm-conflict-message">{conflict.message}.</span>{' '}
            <span class="jm-conflict-sentence">The posting says: “{conflict.sentence}”</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A one-line summary for a list row: the first conflict, and how many more. */
export function conflictSummary(conflicts: readonly Conflict[]): string | null {
  const first = conflicts[0];
  if (first === undefined) return null;
  return conflicts.length === 1 ? first.message : `${first.message} (+${conflicts.length - 1} more)`;
}
