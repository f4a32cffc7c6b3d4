import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { SCREENSHOT_DIR } from '../support/browser';
import { startFixtureServer, type FixtureRoute, type FixtureServer } from '../support/server';
import { HOSTS, siteRoutes } from '../support/sites';

export const FIREFOX_EXTENSION_DIR = path.resolve(import.meta.dirname, '../../../.output/firefox-mv2');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The add-on id in the manifest (wxt.config.ts, browser_specific_settings.gecko.id). */
const GECKO_ID = 'jobmark@jobmark.dev';
/** A fixed moz-extension:// origin, so the tests can open the extension's pages. */
export const EXTENSION_UUID = '6a1f0c3e-2b4d-4e8f-9a7b-3c5d1e0f2a4b';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;
/** The badge's box inside its shadow host (Puppeteer's `>>>` pierces shadow roots). */
export const FF_BADGE = 'jobmark-badge >>> .jm-badge';

export interface FirefoxHarness {
  readonly server: FixtureServer;
  readonly browser: Browser;
}

/**
 * One fixture server and one headless Firefox ESR with the built Firefox extension for a
 * test file (DESIGN.md §5): Puppeteer over WebDriver BiDi, the add-on installed as a
 * temporary one, every fixture host resolved to 127.0.0.1 and port 443 sent to the server.
 */
export function useFirefox(options: { extraHosts?: readonly string[]; route?: FixtureRoute; allSitesGranted?: boolean } = {}): FirefoxHarness {
  let server: FixtureServer | undefined;
  let browser: Browser | undefined;
  let workDir: string | undefined;
  const hosts = [...new Set([...HOSTS, ...(options.extraHosts ?? [])])];
  beforeAll(async () => {
    if (!existsSync(FIREFOX)) throw new Error(`no Firefox at ${FIREFOX}: apt-get install -y firefox-esr (or set FIREFOX_PATH)`);
    if (!existsSync(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) throw new Error(`no Firefox build at ${FIREFOX_EXTENSION_DIR}: run \`npm run build:firefox\``);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const sites = siteRoutes();
    server = await startFixtureServer(hosts, (url, request) => options.route?.(url, request) ?? sites(url, request));
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      acceptInsecureCerts: true,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'network.dns.localDomains': hosts.join(','),
        'network.socket.forcePort': `443=${server.port}`,
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
        // Nothing of Firefox's own reaches out: no updates, telemetry or remote settings.
        'app.update.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'toolkit.telemetry.enabled': false,
        'browser.shell.checkDefaultBrowser': false,
      },
    });
    workDir = mkdtempSync(path.join(tmpdir(), 'jobmark-firefox-'));
    await browser.installExtension(options.allSitesGranted ? withAllSitesGranted(workDir) : FIREFOX_EXTENSION_DIR);
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });
  return {
    get server() {
      if (!server) throw new Error('the fixture server is not started yet (use it inside a test)');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('Firefox is not launched yet (use it inside a test)');
      return browser;
    },
  };
}

/** A new tab on a job page, once the badge is there. */
export async function openFirefoxPosting(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForSelector(FF_BADGE, { timeout: 15_000 });
  return page;
}

/**
 * An extension page (popup.html, dashboard.html, options.html) in a tab. Extension pages send
 * no BiDi load events, so it waits for `ready`, a selector the page sets once drawn.
 */
export async function openFirefoxExtensionPage(browser: Browser, file: string, ready = 'body'): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${EXTENSION_ORIGIN}/${file}`, { waitUntil: [] });
  await page.waitForSelector(ready, { timeout: 15_000 });
  return page;
}

/** The text of the first element matching `selector` (shadow-piercing `>>>` allowed). */
export async function textOf(page: Page, selector: string): Promise<string> {
  const element = await page.$(selector);
  return element ? ((await element.evaluate((node) => node.textContent)) ?? '') : '';
}

export async function firefoxScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `firefox-${name}.png`) as `${string}.png` });
}

/**
 * The Firefox build as it is once the user granted all-sites access on the options page: a
 * headless browser cannot click the permission prompt, so the copy lists `<all_urls>` among
 * the permissions (MV2); what follows the grant (the background registering the content
 * script everywhere) runs as shipped.
 */
function withAllSitesGranted(workDir: string): string {
  const dir = path.join(workDir, 'extension-all-sites');
  cpSync(FIREFOX_EXTENSION_DIR, dir, { recursive: true });
  const manifestFile = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { permissions?: string[] };
  manifest.permissions = [...(manifest.permissions ?? []), '<all_urls>'];
  writeFileSync(manifestFile, JSON.stringify(manifest));
  return dir;
}

