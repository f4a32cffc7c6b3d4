import { render } from 'preact';
import { JobsApp } from '../../src/ui/popup/jobs-app';
import { browserJobsServices } from './browser-services';
import type { EarlyReads } from './early-reads';

/** The toolbar popup: the jobs app in its compact layout. Loaded by main.tsx. */
export function mountPopup(early: EarlyReads): void {
  render(<JobsApp layout="popup" services={browserJobsServices('popup', early)} />, document.getElementById('app')!);
}
