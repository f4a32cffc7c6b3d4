import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, SCREENSHOT_DIR, type ExtensionBrowser } from './browser';
import { startFixtureServer, type FixtureRoute, type FixtureServer } from './server';
import { HOSTS, siteRoutes } from './sites';

/** The badge's box inside its shadow host (Playwright's CSS locators pierce open shadow roots). */
export const BADGE = 'jobmark-badge .jm-badge';

export interface Harness {
  readonly server: FixtureServer;
  readonly browser: ExtensionBrowser;
}

/**
 * One fixture server and one Chromium with the built extension for a test file: started
 * before its tests, closed after them. Extra hosts and routes come before the job sites'.
 */
export function useExtensionBrowser(
  options: { extraHosts?: readonly string[]; route?: FixtureRoute; allSitesGranted?: boolean; grantedOrigins?: readonly string[] } = {},
): Harness {
  let server: FixtureServer | undefined;
  let browser: ExtensionBrowser | undefined;
  const hosts = [...new Set([...HOSTS, ...(options.extraHosts ?? [])])];
  beforeAll(async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const sites = siteRoutes();
    server = await startFixtureServer(hosts, (url, request) => options.route?.(url, request) ?? sites(url, request));
    browser = await launchWithExtension(hosts, server.port, { allSitesGranted: options.allSitesGranted, grantedOrigins: options.grantedOrigins });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error('the fixture server is not started yet (use it inside a test)');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('the browser is not launched yet (use it inside a test)');
      return browser;
    },
  };
}

/** A new tab on `url`, once the badge is there. */
export async function openPosting(browser: ExtensionBrowser, url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.locator(BADGE).waitFor({ timeout: 15_000 });
  return page;
}

/** For a person to look at: test-results/screenshots/<name>.png (git-ignored). */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: options.fullPage });
}

/** An extension page (popup.html, dashboard.html, options.html) in a tab of its own. */
export async function openExtensionPage(browser: ExtensionBrowser, file: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/${file}`);
  return page;
}
