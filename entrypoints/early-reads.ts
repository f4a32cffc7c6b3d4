import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { publishEarlyReads } from './popup/early-reads';

// Built as the classic script /early-reads.js, the first thing popup.html and
// dashboard.html load: it starts reading the saved jobs and settings while the rest of the
// page is still loading. Their module scripts pick the reads up with takeEarlyReads().
export default defineUnlistedScript(publishEarlyReads);
