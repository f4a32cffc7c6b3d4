import { changeWords } from '../../compare/change-words';
import type { ClosedMark, PostingChange } from '../../core/posting-history';

/**
 * What is new about a posting since the user saved it: it closed (in the page's own words,
 * or why Jobmark thinks so), or its text changed (field by field, old → new). Text only.
 */
export function PostingNews({ closed, changes }: { closed: ClosedMark | null; changes: readonly PostingChange[] }) {
  if (!closed && changes.length === 0) return null;
  return (
    <div class="jm-news">
      {closed && (
        <p class="jm-closed" data-testid="badge-closed">
          <strong>Closed: </strong>
          {closed.reason}
        </p>
      )}
      {changes.length > 0 && (
        <div class="jm-changes" data-testid="badge-changes">
          <p class="jm-changes-label">Changed since you saved it:</p>
          <ul>
            {changes.map((change) => (
              <li key={change.field}>{changeWords(change)}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
