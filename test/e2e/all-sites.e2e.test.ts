import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, SCREENSHOT_DIR, type ExtensionBrowser } from './support/browser';
import { readSavedJobs } from './support/extension-data';
import { startFixtureServer, type FixtureServer } from './support/server';
import { HOSTS, PAGES, siteRoutes } from './support/sites';

/**
 * With all-sites access granted, a company careers page (no known job site) is read through
 * its schema.org JobPosting; and saving works through the path the keyboard shortcut and the
 * context menu use (the background's `page/save` command to the tab).
 */
const CAREERS = 'https://careers.example.com/jobs/senior-data-engineer?utm_source=newsletter';
const CAREERS_HOST = 'careers.example.com';
let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  const route = siteRoutes();
  server = await startFixtureServer([...HOSTS, CAREERS_HOST], (url, request) =>
    url.host === CAREERS_HOST ? { body: careersPage() } : route(url, request),
  );
  browser = await launchWithExtension([...HOSTS, CAREERS_HOST], server.port, { allSitesGranted: true });
  // The background registers the all-sites content script as it starts; wait for that.
  for (let tries = 0; ; tries++) {
    const registered = await browser.serviceWorker.evaluate(async () => {
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

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function careersPage(): string {
  return readFileSync(path.resolve(import.meta.dirname, '../fixtures/sites/jsonld/career-page.html'), 'utf8');
}

describe('a company careers page, with all-sites access', () => {
  it('gets the badge from its JSON-LD, and the save command saves it', async () => {
    const page = await browser.context.newPage();
    await page.goto(CAREERS);
    const badge = page.locator('jobmark-badge .jm-badge');
    await badge.waitFor({ timeout: 15_000 });
    expect(await badge.textContent()).toContain('Senior Data Engineer');
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'careers-jsonld.png') });

    // What Alt+Shift+S and the context menu do: the background sends the tab `page/save`.
    await browser.serviceWorker.evaluate(async (url) => {
      const api = (globalThis as unknown as { chrome: ChromeTabs }).chrome;
      const [tab] = await api.tabs.query({ url: url.split('?')[0] + '*' });
      await api.tabs.sendMessage(tab!.id!, { type: 'page/save' });
    }, CAREERS);
    await expect.poll(() => badge.textContent()).toMatch(/Saved/);
    const records = await readSavedJobs(browser.serviceWorker);
    expect(records.map((r) => r.title)).toContain('Senior Data Engineer');
    await page.close();
  });

  it('known job sites still get exactly one badge (manifest and dynamic scripts both match)', async () => {
    const page = await browser.context.newPage();
    await page.goto(PAGES.lever);
    await page.locator('jobmark-badge .jm-badge').waitFor({ timeout: 15_000 });
    await page.waitForTimeout(1_000);
    expect(await page.locator('jobmark-badge').count()).toBe(1);
    await page.close();
  });
});
