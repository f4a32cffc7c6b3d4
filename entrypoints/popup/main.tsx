import '../../src/ui/popup/page.css';
import { startEarlyReads } from './early-reads';
import { showStartupFailure } from './startup-failure';

// Wiring only. This first script is small: it starts reading the saved jobs and settings,
// then loads the app, so reading and loading overlap (the popup is opened to be looked at
// at once).
const early = startEarlyReads();
import('./popup-app').then(({ mountPopup }) => mountPopup(early), showStartupFailure);
