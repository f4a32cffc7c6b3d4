import { render } from 'preact';
import { JOB_DB_NAME, JobDb } from '../../src/db/job-db';
import { JobsApp } from '../../src/ui/popup/jobs-app';
import { browserJobsServices } from './browser-services';
import '../../src/ui/popup/page.css';

// Wiring only: the toolbar popup is the jobs app in its compact layout.
const services = browserJobsServices(new JobDb(JOB_DB_NAME), 'popup');
render(<JobsApp layout="popup" services={services} />, document.getElementById('app')!);
