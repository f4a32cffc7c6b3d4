import { browser } from 'wxt/browser';
import type { SiteAdapter } from '../sites/site-adapter';
import { JOB_PAGE_SCRIPT } from '../messaging/page-commands';
import { contentPartFile } from '../content/content-part-files';

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
  excludeMatches?: string[];
  js: string[];
}

/**
 * The content scripts registered at run time, kept in step with what the user granted: one
 * per granted 'ask' site on that site's patterns, with the reader part of those sites; and
 * with all-sites access, one on every other page (company career sites carrying a
 * JobPosting, embedded Greenhouse boards) with the 'ats' reader part. The manifest's
 * install-time sites (`installMatches`) keep their own. Without a grant, only they get the
 * content script.
 */
export async function syncSiteScripts(askSites: readonly Pick<SiteAdapter, 'id' | 'matches'>[], installMatches: readonly string[]): Promise<void> {
  const wanted: ScriptRegistration[] = [];
  for (const site of askSites) {
    if (await browser.permissions.contains(siteOrigins(site))) {
      wanted.push({ id: SITE_SCRIPT_PREFIX + site.id, matches: [...site.matches], js: [contentPartFile('readers-ask'), JOB_PAGE_SCRIPT] });
    }
  }
  if (await browser.permissions.contains(ALL_SITES)) {
    const claimed = [...installMatches, ...askSites.flatMap((site) => site.matches)];
    wanted.push({ id: ALL_SITES_SCRIPT_ID, matches: ['<all_urls>'], excludeMatches: claimed, js: [contentPartFile('readers-ats'), JOB_PAGE_SCRIPT] });
  }
  const registered = (await browser.scripting.getRegisteredContentScripts()).filter(
    (script) => script.id === ALL_SITES_SCRIPT_ID || script.id.startsWith(SITE_SCRIPT_PREFIX),
  );
  const stale = registered.filter(
    (script) =>
      !wanted.some(
        (w) => w.id === script.id && sameList(w.matches, script.matches ?? []) && sameList(w.excludeMatches ?? [], script.excludeMatches ?? []) && sameList(w.js.map(withoutLeadingSlash), (script.js ?? []).map(withoutLeadingSlash)),
      ),
  );
  if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale.map((script) => script.id) });
  const missing = wanted.filter((w) => !registered.some((script) => script.id === w.id) || stale.some((script) => script.id === w.id));
  if (missing.length > 0) {
    await browser.scripting.registerContentScripts(
      missing.map((w) => ({ ...w, runAt: 'document_idle' as const, persistAcrossSessions: true })),
    );
  }
}

/** A registered script's files may come back without the leading slash they were given. */
const withoutLeadingSlash = (file: string) => file.replace(/^\//, '');

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
