import type { Page } from 'playwright-core';
import type { SavedJob } from '../../src/core/saved-job';
import { syntheticJobSummaries } from '../../src/compare/synthetic-job-summaries';
import { launchWithExtension } from '../e2e/support/browser';
import { seedSavedJobs, setProfile } from '../e2e/support/extension-data';
import { HOSTS } from '../e2e/support/sites';

const LOADS = 7;
const SIZES = [1_000, 10_000];

/**
 * The popup's first meaningful paint with N saved jobs, in real Chromium: from navigation
 * start to the list on screen (read from storage, matched against a profile, sorted,
 * rendered, a frame painted), as the popup stamps it on <html data-jobmark-ready>. The
 * median of LOADS loads after a first, uncounted one is printed. Each load starts from a
 * settled browser, as a real popup does: see settle().
 */
export async function benchPopup(): Promise<string[]> {
  const lines: string[] = [];
  for (const size of SIZES) lines.push(`popup-${size}: ${(await medianPopupPaint(size)).toFixed(0)} ms`);
  return lines;
}

async function medianPopupPaint(size: number): Promise<number> {
  // No job site is visited: the fixture hosts only need to resolve somewhere.
  const browser = await launchWithExtension(HOSTS, 9);
  try {
    const page = await browser.context.newPage();
    const popupUrl = `chrome-extension://${browser.extensionId}/popup.html`;
    // The popup creates the database on its first open; then the jobs go in.
    await page.goto(popupUrl);
    await page.waitForSelector('html[data-jobmark-ready]');
    await seedSavedJobs(browser.serviceWorker, savedJobs(size));
    await setProfile(browser.serviceWorker, BENCH_PROFILE);
    const times: number[] = [];
    for (let i = 0; i <= LOADS; i++) {
      await settle(page);
      await page.goto(popupUrl);
      await page.waitForSelector('html[data-jobmark-ready]', { timeout: 30_000 });
      const shown = await page.locator('[data-testid="job-row"]').count();
      if (shown === 0) throw new Error(`popup-${size}: the popup showed no jobs`);
      if (i > 0) times.push(Number(await page.getAttribute('html', 'data-jobmark-ready')));
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)]!;
  } finally {
    await browser.close();
  }
}

/** How long the previous load is given to finish its work before the next one starts. */
const SETTLE_MS = 500;

/**
 * Leaves the popup and lets the browser settle. Right after its first paint the popup goes
 * on working (it loads Dexie and every saved job, then the skill dictionary); a real popup
 * is opened on a browser that is not busy with the last one, so the next load must not
 * start on top of that work, which added 50 ms or more to each measured load.
 */
async function settle(page: Page): Promise<void> {
  await page.goto('about:blank');
  await page.waitForTimeout(SETTLE_MS);
}

/** Invented saved jobs with a few kB of posting text each, like real ones. */
function savedJobs(count: number): SavedJob[] {
  return syntheticJobSummaries(count).map((summary) => {
    const text = `- ${summary.skills.required.join(', ')}\n- ${'Build and run the widget platform with the team. '.repeat(20)}`;
    const sections = [{ kind: 'requirements' as const, heading: 'What you bring', text }];
    return {
      ...summary,
      sections,
      raw: { source: summary.source, url: summary.url, title: summary.title, company: summary.company, location: summary.location, sections: [{ heading: 'What you bring', text }], hints: {} },
    };
  });
}

const BENCH_PROFILE = {
  skills: [
    { name: 'TypeScript', level: 'expert' as const },
    { name: 'Go', level: 'working' as const },
    { name: 'PostgreSQL', level: 'working' as const },
    { name: 'Kubernetes', level: 'learning' as const },
    { name: 'React', level: 'working' as const },
  ],
  targetSalary: { amount: 90_000, currency: 'EUR', period: 'year' as const },
  workplaces: [],
  locations: [],
};
