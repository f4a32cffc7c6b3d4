import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ALL_SITES, siteOrigins } from '../../src/background/site-scripts';
import type { SiteAdapter } from '../../src/sites/site-adapter';

export interface SiteAccess {
  /** null while being read. */
  allSites: boolean | null;
  /** Per 'ask' site id; missing while being read. */
  granted: Record<string, boolean>;
  /** Each must be called straight from a click: browsers grant permissions only on a user gesture. */
  requestAllSites(): Promise<unknown>;
  revokeAllSites(): Promise<unknown>;
  requestSite(id: string): Promise<unknown>;
  revokeSite(id: string): Promise<unknown>;
}

/**
 * What the user has granted: all-sites access and each 'ask' site, read again whenever a
 * permission changes (here, in the popup or in the browser's own extension settings).
 */
export function useSiteAccess(askSites: readonly SiteAdapter[], onError: (error: unknown) => void): SiteAccess {
  const [allSites, setAllSites] = useState<boolean | null>(null);
  const [granted, setGranted] = useState<Record<string, boolean>>({});

  useEffect(() => {
    const read = () =>
      // As a promise even if the call throws: a browser without the permissions API still gets the rest of the page.
      Promise.resolve()
        .then(async () => {
          const entries = await Promise.all(askSites.map(async (site) => [site.id, await browser.permissions.contains(siteOrigins(site))] as const));
          setGranted(Object.fromEntries(entries));
          setAllSites(await browser.permissions.contains(ALL_SITES));
        })
        .catch(onError);
    void read();
    browser.permissions.onAdded.addListener(read);
    browser.permissions.onRemoved.addListener(read);
    return () => {
      browser.permissions.onAdded.removeListener(read);
      browser.permissions.onRemoved.removeListener(read);
    };
  }, []);

  const site = (id: string) => {
    const found = askSites.find((candidate) => candidate.id === id);
    if (!found) throw new Error(`unknown site ${id}`);
    return siteOrigins(found);
  };
  return {
    allSites,
    granted,
    requestAllSites: () => browser.permissions.request(ALL_SITES).then(setAllSites),
    revokeAllSites: () => browser.permissions.remove(ALL_SITES).then((removed) => setAllSites(!removed)),
    requestSite: (id) => browser.permissions.request(site(id)).then((ok) => setGranted((g) => ({ ...g, [id]: ok }))),
    revokeSite: (id) => browser.permissions.remove(site(id)).then((removed) => setGranted((g) => ({ ...g, [id]: !removed }))),
  };
}
