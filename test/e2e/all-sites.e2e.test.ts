import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSavedJobs } from './support/extension-data';
import { BADGE, openPosting, screenshot, useExtensionBrowser } from './support/harness';
import { PAGES } from './support/sites';

/**
 * With all-sites access granted, a company careers page (no known job site) is read through
 * its schema.org JobPosting; and saving works through the path the keyboard shortcut and the
 * context menu use (the background's `page/save` command to the tab).
 */
const CAREERS = 'https://careers.example.com/jobs/senior-data-engineer?utm_source=newsletter';
const CAREERS_HOST = 'careers.example.com';
const h = useExtensionBrowser({
  extraHosts: [CAREERS_HOST],
  route: (url) => (url.host === CAREERS_HOST ? { body: careersPage() } : undefined),
  allSitesGranted: true,
});

beforeAll(async () => {
  // The background registers the all-sites content script as it starts; wait for that.
  for (let tries = 0; ; tries++) {
    const registered = await h.browser.serviceWorker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: ChromeScripting }).chrome;
      return (await api.scripting.getRegisteredContentScripts()).length;
    });
    if (registered > 0) break;
    if (tries > 50) throw new Error('the all-sites content script was never registered');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}, 60_000);

interface ChromeScripting {
  scripting: { getRegisteredContentScripts(): Promise<unknown[]> };
}
interface ChromeTabs {
  tabs: {
    query(filter: { url: string }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
}

function careersPage(): string {
  return readFileSync(path.resolve(import.meta.dirname, '../fixtures/sites/jsonld/career-page.html'), 'utf8');
}

describe('a company careers page, with all-sites access', () => {
  it('gets the badge from its JSON-LD, and the save command saves it', async () => {
    const page = await openPosting(h.browser, CAREERS);
    const badge = page.locator(BADGE);
    expect(await badge.textContent()).toContain('Senior Data Engineer');
    await screenshot(page, 'careers-jsonld');

    // What Alt+Shift+S and the context menu do: the background sends the tab `page/save`.
    await h.browser.serviceWorker.evaluate(async (url) => {
      const api = (globalThis as unknown as { chrome: ChromeTabs }).chrome;
      const [tab] = await api.tabs.query({ url: url.split('?')[0] + '*' });
      await api.tabs.sendMessage(tab!.id!, { type: 'page/save' });
    }, CAREERS);
    await expect.poll(() => badge.textContent()).toMatch(/Saved/);
    const records = await readSavedJobs(h.browser.serviceWorker);
    expect(records.map((r) => r.title)).toContain('Senior Data Engineer');
    await page.close();
  });

  it('known job sites keep the manifest script (the all-sites one leaves them out) and get exactly one badge', async () => {
    const registered = (await h.browser.serviceWorker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: ChromeScripting }).chrome;
      return api.scripting.getRegisteredContentScripts();
    })) as { id: string; js?: string[]; excludeMatches?: string[] }[];
    const allSites = registered.find((script) => script.id === 'jobmark-all-sites');
    expect(allSites?.js?.map((file) => file.replace(/^\//, ''))).toEqual(['page-readers-ats.js', 'content-scripts/job-page.js']);
    expect(allSites?.excludeMatches).toContain('https://jobs.lever.co/*');
    const page = await openPosting(h.browser, PAGES.lever);
    await page.waitForTimeout(1_000);
    expect(await page.locator('jobmark-badge').count()).toBe(1);
    await page.close();
  });
});
