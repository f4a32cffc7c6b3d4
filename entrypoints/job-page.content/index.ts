import { defineContentScript } from 'wxt/utils/define-content-script';
import { KNOWN_JOB_SITE_MATCHES } from './matches';
import { runJobPage } from './run';

export default defineContentScript({
  matches: KNOWN_JOB_SITE_MATCHES,
  runAt: 'document_idle',
  // The badge's CSS goes into its shadow root only; the page's own styles are left alone.
  // (Loaded while the background analyses the posting, so it costs the badge no time.)
  cssInjectionMode: 'ui',
  main: (ctx) => runJobPage(ctx),
});
