import '../../src/ui/popup/page.css';
import { startEarlyReads } from '../popup/early-reads';
import { showStartupFailure } from '../popup/startup-failure';

// Wiring only, as in the popup: start reading, then load the app.
const early = startEarlyReads();
import('./dashboard-app').then(({ mountDashboard }) => mountDashboard(early), showStartupFailure);
