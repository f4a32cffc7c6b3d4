import { useEffect, useRef } from 'preact/hooks';
import type { CurrencyRates } from '../../compare/currency-rates';
import type { Profile } from '../../core/profile';
import type { JobSummary } from '../../core/saved-job';
import { CompareView } from '../compare/compare-view';
import type { Layout } from './layout';

export interface ComparePanelProps {
  jobs: readonly JobSummary[];
  profile: Profile;
  rates: CurrencyRates;
  layout: Layout;
  onBack(): void;
  /** Takes one job out of the comparison. */
  onRemove(id: string): void;
  /** In the popup: carry the comparison over to a full tab. */
  onOpenDashboard?: () => void;
}

/** The ticked jobs side by side, with the way back to the list. */
export function ComparePanel({ jobs, profile, rates, layout, onBack, onRemove, onOpenDashboard }: ComparePanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Keyboard and screen-reader users arrive at the top of what just replaced the list.
  useEffect(() => heading.current?.focus(), []);

  return (
    <section class="jm-compare" aria-labelledby="jm-compare-heading" data-testid="compare-panel">
      <div class="jm-compare-head">
        <button type="button" data-testid="back-to-list" onClick={onBack}>
          ← Back to the list
        </button>
        <h2 id="jm-compare-heading" tabIndex={-1} ref={heading}>
          {`Comparing ${jobs.length} ${jobs.length === 1 ? 'job' : 'jobs'}`}
        </h2>
        {layout === 'popup' && onOpenDashboard && jobs.length > 0 && (
          <button type="button" data-testid="compare-in-dashboard" onClick={onOpenDashboard}>
            Open in the dashboard
          </button>
        )}
      </div>
      <CompareView jobs={jobs} profile={profile} rates={rates} onRemove={onRemove} />
    </section>
  );
}
