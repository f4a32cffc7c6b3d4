import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const EXTENSION_DIR = path.resolve(import.meta.dirname, '../../../.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../../../test-results/screenshots');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  close(): Promise<void>;
}

/**
 * Headless Chromium with the built extension loaded (DESIGN.md §5): a persistent context is
 * the only kind that runs extensions, and without --disable-extensions-except the extension
 * is silently not loaded. Every host in `hosts` resolves to the local fixture server.
 */
export async function launchWithExtension(
  hosts: readonly string[],
  port: number,
  options: { allSitesGranted?: boolean; grantedOrigins?: readonly string[] } = {},
): Promise<ExtensionBrowser> {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`no built extension at ${EXTENSION_DIR}: run \`npm run build\` first`);
  }
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'jobmark-profile-'));
  const granted = [...(options.allSitesGranted ? ['<all_urls>'] : []), ...(options.grantedOrigins ?? [])];
  const extensionDir = granted.length > 0 ? withGranted(userDataDir, granted) : EXTENSION_DIR;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--host-resolver-rules=${hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ')}, EXCLUDE localhost`,
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The built extension as it is once the user has granted optional host access on the options
 * page: all sites (`<all_urls>`) or one 'ask' site's patterns. Headless Chromium cannot click
 * the browser's permission prompt, so the copy lists those origins as granted; everything
 * after the grant (the background registering the content script for them) runs as shipped.
 */
function withGranted(workDir: string, origins: readonly string[]): string {
  const dir = path.join(workDir, 'extension-granted');
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifestFile = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ...origins];
  writeFileSync(manifestFile, JSON.stringify(manifest));
  return dir;
}
