import { statSync } from 'node:fs';
import path from 'node:path';
import { EXTENSION_DIR, launchWithExtension } from '../e2e/support/browser';
import { startFixtureServer } from '../e2e/support/server';
import { HOSTS, PAGES, siteRoutes } from '../e2e/support/sites';

const LOADS = 25;

/** The built content script's size: it ships into every job page the user opens. */
export function benchContentScriptSize(): string[] {
  const file = path.join(EXTENSION_DIR, 'content-scripts/job-page.js');
  return [`content-script: ${(statSync(file).size / 1024).toFixed(1)} kB`];
}

/**
 * From the content script's start to a rendered badge on the Greenhouse fixture, in real
 * Chromium (the content script stamps the time on the badge's host). The first load wakes
 * the service worker and is not counted; the median of the rest is printed.
 */
export async function benchBadgeTime(): Promise<string[]> {
  const server = await startFixtureServer(HOSTS, siteRoutes());
  const browser = await launchWithExtension(HOSTS, server.port);
  try {
    const page = await browser.context.newPage();
    const times: number[] = [];
    for (let i = 0; i <= LOADS; i++) {
      await page.goto(PAGES.greenhouseClassic);
      const host = page.locator('jobmark-badge[data-ready-ms]');
      await host.waitFor({ state: 'attached', timeout: 15_000 });
      if (i > 0) times.push(Number(await host.getAttribute('data-ready-ms')));
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)]!;
    return [`badge: ${median.toFixed(1)} ms`, `badge-p90: ${times[Math.floor(times.length * 0.9)]!.toFixed(1)} ms`];
  } finally {
    await browser.close();
    await server.close();
  }
}
