import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSavedJobs, type ExtensionContext } from '../support/extension-data';
import { PAGES } from '../support/sites';
import { FF_BADGE, firefoxScreenshot, openFirefoxExtensionPage, openFirefoxPosting, textOf, useFirefox } from './firefox';

/**
 * Firefox with all-sites access granted: a company careers page (no known job site) is read
 * through its schema.org JobPosting and highlighted, saving works through the command the
 * shortcut and the context menu send, and a known site still gets exactly one badge. The
 * assertions are the Chromium suite's (all-sites.e2e).
 */
const CAREERS = 'https://careers.example.com/jobs/senior-data-engineer?utm_source=newsletter';
const CAREERS_HOST = 'careers.example.com';
const h = useFirefox({
  extraHosts: [CAREERS_HOST],
  route: (url) => (url.host === CAREERS_HOST ? { body: careersPage() } : undefined),
  allSitesGranted: true,
});

function careersPage(): string {
  return readFileSync(path.resolve(import.meta.dirname, '../../fixtures/sites/jsonld/career-page.html'), 'utf8');
}

describe('Firefox: a company careers page, with all-sites access', () => {
  it('gets the badge and highlights from its JSON-LD, and the save command saves it', async () => {
    // The background registers the all-sites content script as it starts: the first visit
    // may come before that, so reload until the badge shows (it must within a few tries).
    const page = await h.browser.newPage();
    for (let tries = 0; ; tries++) {
      await page.goto(CAREERS);
      if (await page.waitForSelector(FF_BADGE, { timeout: 3_000 }).catch(() => null)) break;
      if (tries > 5) throw new Error('no badge on the careers page: the all-sites content script never ran');
    }
    await expect.poll(() => textOf(page, FF_BADGE)).toContain('Senior Data Engineer');
    const highlighted = await page.evaluate(() => {
      let total = 0;
      CSS.highlights.forEach((highlight) => (total += highlight.size));
      return total;
    });
    expect(highlighted).toBeGreaterThan(0);
    await firefoxScreenshot(page, 'careers-jsonld');

    const sender = await openFirefoxExtensionPage(h.browser, 'popup.html', 'html[data-jobmark-ready]');
    await sender.evaluate(async () => {
      const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<unknown> } } }).browser;
      for (const tab of await api.tabs.query({})) {
        if (tab.id !== undefined) await api.tabs.sendMessage(tab.id, { type: 'page/save' }).catch(() => undefined);
      }
    });
    await expect.poll(() => textOf(page, FF_BADGE)).toMatch(/Saved/);
    expect((await readSavedJobs(sender as typeof sender & ExtensionContext)).map((r) => r.title)).toContain('Senior Data Engineer');
    await Promise.all([sender.close(), page.close()]);
  });

  it('known job sites still get exactly one badge (manifest and dynamic scripts both match)', async () => {
    const page = await openFirefoxPosting(h.browser, PAGES.lever);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await page.$$eval('jobmark-badge', (hosts) => hosts.length)).toBe(1);
    await page.close();
  });
});
