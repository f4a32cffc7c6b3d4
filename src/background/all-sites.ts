import { browser } from 'wxt/browser';
import { JOB_PAGE_SCRIPT } from './page-commands';

/** The optional permission the options page can grant: read postings on every site. */
export const ALL_SITES: { origins: string[] } = { origins: ['<all_urls>'] };
const SCRIPT_ID = 'jobmark-all-sites';

/**
 * With the all-sites permission granted, the content script also runs on every other page
 * (company career sites carrying a JobPosting, embedded Greenhouse boards); without it, only
 * on the known job sites in the manifest. Kept in step with the permission at every start.
 */
export async function syncAllSitesScript(): Promise<void> {
  const granted = await browser.permissions.contains(ALL_SITES);
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (granted && registered.length === 0) {
    await browser.scripting.registerContentScripts([
      { id: SCRIPT_ID, matches: ['<all_urls>'], js: [JOB_PAGE_SCRIPT], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  } else if (!granted && registered.length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  }
}
