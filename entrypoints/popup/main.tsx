import { render } from 'preact';
import { JobsApp } from '../../src/ui/popup/jobs-app';
import { browserJobsServices } from './browser-services';
import { takeEarlyReads } from './early-reads';
import '../../src/ui/popup/page.css';

// Wiring only: the toolbar popup is the jobs app in its compact layout, painting first from
// the reads /early-reads.js started while this script loaded.
const services = browserJobsServices('popup', takeEarlyReads());
render(<JobsApp layout="popup" services={services} />, document.getElementById('app')!);
