import { defineContentScript } from 'wxt/utils/define-content-script';
import { KNOWN_JOB_SITE_MATCHES } from './matches';
import { runJobPage } from './run';

export default defineContentScript({
  matches: KNOWN_JOB_SITE_MATCHES,
  runAt: 'document_idle',
  // The badge's CSS goes into its shadow root only (run.tsx passes it to createShadowRootUi);
  // the page's own styles are left alone, so nothing is injected into the page itself.
  cssInjectionMode: 'manual',
  main: (ctx) => runJobPage(ctx),
});
