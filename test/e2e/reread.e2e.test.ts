import type { Worker } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readSavedJobs } from './support/extension-data';
import { BADGE, openExtensionPage, openPosting, screenshot, useExtensionBrowser } from './support/harness';
import { PAGES } from './support/sites';

/**
 * Issue 10, part 4, end to end: a saved job that older extractors read (stale fields,
 * extractorVersion 0) is read again from its stored posting, and keeps the user's note and
 * status. The same re-read runs by itself after an update (runtime.onInstalled, reason
 * "update"): src/background/reread-on-update.test.ts, since a headless Chromium cannot be
 * made to update an unpacked extension.
 */
const h = useExtensionBrowser();
const ROW_TITLE = '[data-testid="job-row"] [data-testid="job-title"]';

/** Makes the one saved job look as an older Jobmark left it, with the user's note and status. */
function ageSavedJob(worker: Worker): Promise<void> {
  return worker.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('jobmark');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('jobs', 'readwrite');
          const store = tx.objectStore('jobs');
          const all = store.getAll();
          all.onsuccess = () => {
            for (const row of all.result as Record<string, unknown>[]) {
              store.put({
                ...row,
                title: 'Stale title',
                extractorVersion: 0,
                skills: { required: [], preferred: [], unrecognised: [] },
                skillNames: [],
                note: 'Ask about the on-call rota',
                status: 'applied',
              });
            }
          };
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

describe('re-reading saved postings', () => {
  it('reads a job saved by older extractors again from the dashboard, keeping note and status', async () => {
    const page = await openPosting(h.browser, PAGES.greenhouseNew);
    await expect.poll(() => page.locator(BADGE).textContent()).toContain('Senior Backend Engineer');
    await page.locator(BADGE).getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.locator(BADGE).textContent()).toMatch(/Saved/);
    await page.close();

    const dashboard = await openExtensionPage(h.browser, 'dashboard.html');
    await dashboard.waitForSelector('html[data-jobmark-ready]');
    await ageSavedJob(h.browser.serviceWorker);
    await dashboard.reload();
    await dashboard.waitForSelector('html[data-jobmark-ready]');
    await expect.poll(() => dashboard.locator(ROW_TITLE).allTextContents()).toEqual(['Stale title']);

    await dashboard.getByRole('button', { name: 'Re-read saved postings' }).click();
    await expect.poll(() => dashboard.getByTestId('reread-status').textContent()).toMatch(/Re-read 1 saved posting/);
    await expect.poll(() => dashboard.locator(ROW_TITLE).allTextContents()).toEqual(['Senior Backend Engineer']);
    await screenshot(dashboard, 'dashboard-reread');

    const [saved] = await readSavedJobs(h.browser.serviceWorker);
    expect(saved).toMatchObject({ title: 'Senior Backend Engineer', note: 'Ask about the on-call rota', status: 'applied' });
    expect(saved!.extractorVersion).toBeGreaterThan(0);
    expect((saved!.skills as { required: string[] }).required).toEqual(expect.arrayContaining(['Go', 'PostgreSQL']));
    await dashboard.close();
  });
});
