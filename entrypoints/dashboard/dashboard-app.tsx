import { render } from 'preact';
import { JobsApp } from '../../src/ui/popup/jobs-app';
import { browserJobsServices } from '../popup/browser-services';
import type { EarlyReads } from '../popup/early-reads';
import { compareIdsFromHash } from '../../src/ui/popup/dashboard-link';

/**
 * The dashboard: the same app as the popup, with the whole tab and more columns. Opened from
 * the popup's comparison, it starts on that comparison (#compare=…). Loaded by main.tsx.
 */
export function mountDashboard(early: EarlyReads): void {
  render(
    <JobsApp layout="dashboard" services={browserJobsServices('dashboard', early)} initialCompareIds={compareIdsFromHash(location.hash)} />,
    document.getElementById('app')!,
  );
}
