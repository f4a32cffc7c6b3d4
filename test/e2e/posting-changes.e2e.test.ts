import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readSavedJobs } from './support/extension-data';
import { BADGE, openExtensionPage, openPosting, screenshot, useExtensionBrowser } from './support/harness';
import { PAGES } from './support/sites';

/**
 * Issue 15, postings that change or close, end to end in real Chromium: a saved Lever posting
 * opened again with another salary and requirement says so in the badge; updating keeps the
 * old version in the job's history; the posting's page later gone (404), or saying it takes no
 * more applications, marks the job Closed in the list. Nothing is fetched without the page open.
 */
const ORIGINAL = readFileSync(path.resolve(import.meta.dirname, '../fixtures/sites/lever/posting.html'), 'utf8');
const CHANGED = ORIGINAL.replace('CA$160,000 - CA$190,000 a year', 'CA$170,000 - CA$200,000 a year').replace(
  '<li>Deep knowledge of React.</li>',
  '<li>Deep knowledge of React.</li>\n            <li>Production experience with Kafka.</li>',
);
const CLOSED_BANNER = CHANGED.replace(
  '<div class="posting-headline">',
  '<div class="posting-closed-banner">This job is no longer accepting applications.</div>\n          <div class="posting-headline">',
);
const GONE = '<!DOCTYPE html><html><head><title>Not found</title></head><body><h1>Sorry, we couldn\'t find anything here</h1></body></html>';

let version: 'original' | 'changed' | 'closed' | 'gone' = 'original';
const h = useExtensionBrowser({
  route: (url) => {
    if (`${url.origin}${url.pathname}` !== PAGES.lever) return undefined;
    if (version === 'gone') return { body: GONE, status: 404 };
    return { body: version === 'original' ? ORIGINAL : version === 'changed' ? CHANGED : CLOSED_BANNER };
  },
});
const TITLE = 'Staff Frontend Engineer';

async function openPopup(): Promise<Page> {
  const popup = await openExtensionPage(h.browser, 'popup.html');
  await popup.waitForSelector('html[data-jobmark-ready]');
  return popup;
}

describe('a saved posting that changes, then closes', () => {
  it('says what changed, keeps the old version on update, and is marked Closed once its page says so', async () => {
    const first = await openPosting(h.browser, PAGES.lever);
    await expect.poll(() => first.locator(BADGE).textContent()).toContain(TITLE);
    await first.locator(BADGE).getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => first.locator(BADGE).textContent()).toMatch(/Saved/);
    expect(await first.locator(BADGE).getByTestId('badge-changes').count()).toBe(0);
    await first.close();

    version = 'changed';
    const again = await openPosting(h.browser, PAGES.lever);
    const changes = again.locator(BADGE).getByTestId('badge-changes');
    await expect.poll(() => changes.textContent()).toContain('Salary: CA$160K–CA$190K a year → CA$170K–CA$200K a year');
    expect(await changes.textContent()).toMatch(/Required skills: .+ → .*Kafka/);
    await screenshot(again, 'badge-posting-changed');
    await again.locator(BADGE).getByRole('button', { name: 'Update saved job' }).click();
    await expect.poll(() => again.locator(BADGE).getByTestId('badge-changes').count()).toBe(0);
    await again.close();

    const [record] = await readSavedJobs(h.browser.serviceWorker);
    expect(record?.salary).toMatchObject({ min: 170_000, max: 200_000 });
    expect(record?.history).toEqual([
      { seenAt: expect.any(String), changes: expect.arrayContaining([{ field: 'salary', before: 'CA$160K–CA$190K a year', after: 'CA$170K–CA$200K a year' }]) },
    ]);

    // The page now says it takes no more applications: the badge says so, the list marks it.
    version = 'closed';
    const closed = await openPosting(h.browser, PAGES.lever);
    await expect.poll(() => closed.locator(BADGE).getByTestId('badge-closed').textContent()).toBe('Closed: This job is no longer accepting applications.');
    await closed.close();
    const popup = await openPopup();
    await expect.poll(() => popup.getByTestId('closed-tag').count()).toBe(1);
    await popup.getByTestId('job-title').click();
    expect(await popup.getByTestId('closed-detail').textContent()).toContain('This job is no longer accepting applications.');
    expect(await popup.getByTestId('posting-version').count()).toBe(1);
    await screenshot(popup, 'popup-posting-history');
    await popup.close();

    // Open again; then the page is gone (404): still Closed, now for that reason.
    version = 'original';
    const reopened = await openPosting(h.browser, PAGES.lever);
    await expect.poll(async () => (await readSavedJobs(h.browser.serviceWorker))[0]?.closed).toBeNull();
    await reopened.close();
    version = 'gone';
    const gone = await h.browser.context.newPage();
    await gone.goto(PAGES.lever);
    await expect.poll(async () => (await readSavedJobs(h.browser.serviceWorker))[0]?.closed).toMatchObject({ reason: "The posting's page is gone (HTTP 404)." });
    await gone.close();
  });
});
