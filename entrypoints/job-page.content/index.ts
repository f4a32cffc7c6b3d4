import { defineContentScript } from 'wxt/utils/define-content-script';
import { runJobPage } from './run';

export default defineContentScript({
  // The known job sites (INSTALL_MATCHES) are filled into the manifest by wxt.config.ts: named
  // here, the whole site registry would be bundled into the script, which only reads them.
  matches: [],
  runAt: 'document_idle',
  // The badge's CSS goes into its shadow root only (page-badge.tsx passes it to createShadowRootUi);
  // the page's own styles are left alone, so nothing is injected into the page itself.
  cssInjectionMode: 'manual',
  main: (ctx) => runJobPage(ctx),
});
