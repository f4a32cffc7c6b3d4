import { render } from 'preact';
import { JobsApp } from '../../src/ui/popup/jobs-app';
import { browserJobsServices } from './browser-services';
import '../../src/ui/popup/page.css';

// Wiring only: the toolbar popup is the jobs app in its compact layout.
const services = browserJobsServices('popup');
render(<JobsApp layout="popup" services={services} />, document.getElementById('app')!);
