/** What the list area shows when there is no list to show: loading, empty, failed, nothing matches. */

export function LoadingState({ what = 'your saved jobs' }: { what?: string }) {
  return (
    <div class="jm-state" role="status" aria-live="polite" aria-busy="true" data-testid="loading">
      <span class="jm-spinner" aria-hidden="true" />
      {`Loading ${what}…`}
    </div>
  );
}

export interface ErrorStateProps {
  title?: string;
  message: string;
  onRetry(): void;
  /** Back to the list, where this error is not the list's own. */
  onBack?(): void;
}

export function ErrorState({ title = 'Your saved jobs could not be read', message, onRetry, onBack }: ErrorStateProps) {
  return (
    <div class="jm-state jm-state-error" role="alert" data-testid="load-error">
      <p class="jm-state-title">{title}</p>
      <p>{message}</p>
      <button type="button" onClick={onRetry}>
        Try again
      </button>
      {onBack && (
        <button type="button" onClick={onBack}>
          Back to the list
        </button>
      )}
    </div>
  );
}

export function EmptyState({ onFindOnPage }: { onFindOnPage?: () => void }) {
  return (
    <div class="jm-state" data-testid="empty-state">
      <p class="jm-state-title">No saved jobs yet</p>
      <p>Open a job posting and save it with any of these:</p>
      <ul class="jm-how">
        <li>
          the <strong>Save</strong> button on the Jobmark badge in the corner of the page;
        </li>
        <li>
          the keyboard: <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>S</kbd>;
        </li>
        <li>
          right-click the page → <strong>Save job posting to Jobmark</strong>.
        </li>
      </ul>
      {onFindOnPage && (
        <p>
          No badge on a posting?{' '}
          <button type="button" class="jm-link-button" onClick={onFindOnPage}>
            Find a posting on this page
          </button>
        </p>
      )}
    </div>
  );
}

export function NoMatchesState({ onClearFilters }: { onClearFilters(): void }) {
  return (
    <div class="jm-state" data-testid="no-matches">
      <p class="jm-state-title">No saved job matches these filters</p>
      <button type="button" onClick={onClearFilters}>
        Clear filters
      </button>
    </div>
  );
}
