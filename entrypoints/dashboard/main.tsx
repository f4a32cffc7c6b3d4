import { render } from 'preact';
import { JobsApp } from '../../src/ui/popup/jobs-app';
import { browserJobsServices } from '../popup/browser-services';
import { takeEarlyReads } from '../popup/early-reads';
import { compareIdsFromHash } from '../../src/ui/popup/dashboard-link';
import '../../src/ui/popup/page.css';

// Wiring only: the same app as the popup, with the whole tab and more columns. Opened from
// the popup's comparison, it starts on that comparison (#compare=…).
const services = browserJobsServices('dashboard', takeEarlyReads());
render(
  <JobsApp layout="dashboard" services={services} initialCompareIds={compareIdsFromHash(location.hash)} />,
  document.getElementById('app')!,
);
