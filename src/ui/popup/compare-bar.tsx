import type { Layout } from './layout';

/** From this many jobs on, a comparison is easier to read in a full tab than in the popup. */
export const DASHBOARD_SUGGESTED_FROM = 4;

export interface CompareBarProps {
  count: number;
  layout: Layout;
  onCompare(): void;
  onClear(): void;
  onOpenDashboard?: () => void;
}

/** The selection and what to do with it, kept in view below the list. */
export function CompareBar({ count, layout, onCompare, onClear, onOpenDashboard }: CompareBarProps) {
  const ready = count >= 2;
  return (
    <div class="jm-compare-bar" role="region" aria-label="Compare selected jobs">
      <p class="jm-compare-count" aria-live="polite">
        {count === 0 ? 'Tick two or more jobs to compare them.' : count === 1 ? '1 job selected: tick one more.' : `${count} jobs selected`}
      </p>
      {count > 0 && (
        <button type="button" class="jm-link-button" onClick={onClear}>
          Clear selection
        </button>
      )}
      {layout === 'popup' && onOpenDashboard && count >= DASHBOARD_SUGGESTED_FROM && (
        <button type="button" onClick={onOpenDashboard} data-testid="compare-in-dashboard">
          Compare in the dashboard
        </button>
      )}
      <button type="button" class="jm-primary" disabled={!ready} data-testid="compare-button" onClick={onCompare}>
        {ready ? `Compare ${count} jobs` : 'Compare'}
      </button>
    </div>
  );
}
