import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readSavedJobs } from './support/extension-data';
import { BADGE, openExtensionPage, openPosting, screenshot, useExtensionBrowser } from './support/harness';
import { PAGES } from './support/sites';

/**
 * Issue 15, the same job on two sites, end to end in real Chromium: one posting saved from
 * the company's Greenhouse board and from LinkedIn is suggested as one job, shown as one row
 * with two sources once the user confirms (both records kept), and shown apart again.
 */
const h = useExtensionBrowser();

const ROW = '[data-testid="job-row"]';
const TITLE = 'Senior Backend Engineer';

async function saveFromPage(url: string): Promise<void> {
  const page = await openPosting(h.browser, url);
  await expect.poll(() => page.locator(BADGE).textContent()).toContain(TITLE);
  await page.locator(BADGE).getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => page.locator(BADGE).textContent()).toMatch(/Saved/);
  await page.close();
}

async function openPopup(): Promise<Page> {
  const popup = await openExtensionPage(h.browser, 'popup.html');
  await popup.waitForSelector('html[data-jobmark-ready]');
  return popup;
}

describe('the same job saved from two sites', () => {
  it('is suggested, shown as one job with two sources once confirmed, and shown apart again', async () => {
    await saveFromPage(PAGES.greenhouseNew);
    await saveFromPage(PAGES.linkedinNorthwindCopy);

    const popup = await openPopup();
    await expect.poll(() => popup.locator(ROW).count()).toBe(2);
    expect(await popup.locator('[data-testid="same-job-flag"]').count()).toBe(2);

    // From the keyboard: open the LinkedIn row, read the evidence, confirm.
    const linkedinRow = popup.locator(`${ROW}[data-job-id*="linkedin"]`);
    await linkedinRow.getByTestId('job-title').focus();
    await popup.keyboard.press('Enter');
    const suggestion = popup.getByTestId('same-job-suggestion');
    await expect.poll(() => suggestion.textContent()).toMatch(/Possibly the same job as “Senior Backend Engineer” at Northwind Labs, saved from Greenhouse/);
    expect(await suggestion.textContent()).toMatch(/\d+ % of the description is the same/);
    await screenshot(popup, 'popup-same-job-suggested');
    await suggestion.getByTestId('same-job-confirm').focus();
    await popup.keyboard.press('Enter');

    await expect.poll(() => popup.locator(ROW).count()).toBe(1);
    expect(await popup.getByTestId('job-sources').textContent()).toBe('One job, 2 sources: Greenhouse and LinkedIn');
    expect(await popup.locator('[data-testid="same-job-flag"]').count()).toBe(0);
    // Both records are kept; the LinkedIn one points at the Greenhouse one.
    const records = await readSavedJobs(h.browser.serviceWorker);
    expect(records).toHaveLength(2);
    const greenhouse = records.find((record) => record.source === 'greenhouse')!;
    expect(records.find((record) => record.source === 'linkedin')?.sameAs).toBe(greenhouse.id);
    await popup.close();

    // A new popup reads it back as one job; the detail names the other source and shows it apart.
    const again = await openPopup();
    await expect.poll(() => again.locator(ROW).count()).toBe(1);
    await again.getByTestId('job-title').click();
    const source = again.getByTestId('same-job-source');
    await expect.poll(() => source.textContent()).toMatch(/Senior Backend Engineer, from LinkedIn, saved/);
    await screenshot(again, 'popup-same-job-sources');
    await source.getByTestId('same-job-separate').click();
    await expect.poll(() => again.locator(ROW).count()).toBe(2);
    await again.close();
  });
});
