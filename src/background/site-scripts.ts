import { browser } from 'wxt/browser';
import type { SiteAdapter } from '../sites/site-adapter';
import { JOB_PAGE_SCRIPT } from '../messaging/page-commands';

/** The optional permission the options page can grant: read postings on every site. */
export const ALL_SITES: { origins: string[] } = { origins: ['<all_urls>'] };
const ALL_SITES_SCRIPT_ID = 'jobmark-all-sites';
const SITE_SCRIPT_PREFIX = 'jobmark-site-';

/** The optional host permission an 'ask' site needs: its match patterns' hosts. */
export function siteOrigins(site: Pick<SiteAdapter, 'matches'>): { origins: string[] } {
  return { origins: [...site.matches] };
}

interface ScriptRegistration {
  id: string;
  matches: string[];
}

/**
 * The content scripts registered at run time, kept in step with what the user granted:
 * with all-sites access, one script on every page (company career sites carrying a JobPosting,
 * embedded Greenhouse boards); otherwise one per granted 'ask' site on that site's patterns.
 * Without either, only the manifest's install-time sites get the content script.
 */
export async function syncSiteScripts(askSites: readonly Pick<SiteAdapter, 'id' | 'matches'>[]): Promise<void> {
  const wanted: ScriptRegistration[] = [];
  if (await browser.permissions.contains(ALL_SITES)) {
    wanted.push({ id: ALL_SITES_SCRIPT_ID, matches: ['<all_urls>'] });
  } else {
    for (const site of askSites) {
      if (await browser.permissions.contains(siteOrigins(site))) wanted.push({ id: SITE_SCRIPT_PREFIX + site.id, matches: [...site.matches] });
    }
  }
  const registered = (await browser.scripting.getRegisteredContentScripts()).filter(
    (script) => script.id === ALL_SITES_SCRIPT_ID || script.id.startsWith(SITE_SCRIPT_PREFIX),
  );
  const stale = registered.filter((script) => !wanted.some((w) => w.id === script.id && sameList(w.matches, script.matches ?? [])));
  if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale.map((script) => script.id) });
  const missing = wanted.filter((w) => !registered.some((script) => script.id === w.id) || stale.some((script) => script.id === w.id));
  if (missing.length > 0) {
    await browser.scripting.registerContentScripts(
      missing.map((w) => ({ id: w.id, matches: w.matches, js: [JOB_PAGE_SCRIPT], runAt: 'document_idle' as const, persistAcrossSessions: true })),
    );
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
