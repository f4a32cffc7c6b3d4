import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readSavedJobs } from './support/extension-data';
import { BADGE, openExtensionPage, openPosting, screenshot, useExtensionBrowser } from './support/harness';
import { PAGES } from './support/sites';

/**
 * Issue 4 end to end: postings saved from their pages appear in the popup, compare side by
 * side, follow the profile set on the options page, and stay safe (undo, hostile text).
 * The tests run in order and build on each other, as a user's session would.
 */
const h = useExtensionBrowser();

const ROW = '[data-testid="job-row"]';

async function saveFromPage(url: string, title: string): Promise<void> {
  const page = await openPosting(h.browser, url);
  await expect.poll(() => page.locator(BADGE).textContent()).toContain(title);
  await page.locator(BADGE).getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => page.locator(BADGE).textContent()).toMatch(/Saved/);
  await page.close();
}

async function openPopup(): Promise<Page> {
  const popup = await openExtensionPage(h.browser, 'popup.html');
  await popup.waitForSelector('html[data-jobmark-ready]');
  return popup;
}

function rowTitles(page: Page): Promise<string[]> {
  return page.locator(`${ROW} [data-testid="job-title"]`).allTextContents();
}

const SAVED = [
  [PAGES.greenhouseNew, 'Senior Backend Engineer'],
  [PAGES.lever, 'Staff Frontend Engineer'],
  [PAGES.indeed, 'QA Automation Engineer'],
] as const;

describe('the popup', () => {
  it('starts empty, and says how to save a job', async () => {
    const popup = await openPopup();
    expect(await popup.locator(ROW).count()).toBe(0);
    expect(await popup.locator('body').textContent()).toMatch(/No saved jobs yet/i);
    await screenshot(popup, 'popup-empty');
    await popup.close();
  });

  it('lists the postings saved from their pages, and a new save appears while it is open', async () => {
    for (const [url, title] of SAVED.slice(0, 2)) await saveFromPage(url, title);
    const popup = await openPopup();
    expect((await rowTitles(popup)).sort()).toEqual(['Senior Backend Engineer', 'Staff Frontend Engineer']);

    // Saved in another tab while the popup is open: it appears without a reload (liveQuery).
    await saveFromPage(...SAVED[2]);
    await expect.poll(() => rowTitles(popup).then((t) => t.sort())).toEqual(SAVED.map(([, title]) => title).sort());
    // With no profile yet there is no score, and the popup says why.
    expect(await popup.locator(ROW).first().textContent()).toMatch(/set up your profile/i);
    await screenshot(popup, 'popup-list');
    await popup.close();
  });

  it('follows the profile set on the options page: the scores and the badge change', async () => {
    const popup = await openPopup();
    const job = await openPosting(h.browser, PAGES.greenhouseNew);
    expect(await job.locator(BADGE).textContent()).toMatch(/skill profile/i);

    const options = await openExtensionPage(h.browser, 'options.html');
    for (const skill of ['Golang', 'PostgreSQL', 'Kubernetes', 'React']) {
      await options.getByLabel('Skill', { exact: true }).fill(skill);
      await options.getByRole('button', { name: 'Add', exact: true }).click();
    }
    await expect.poll(() => options.locator('.skill-name').allTextContents()).toEqual(['Go', 'PostgreSQL', 'Kubernetes', 'React']);
    await screenshot(options, 'options-profile', { fullPage: true });

    // Both follow without a reload.
    await expect.poll(() => job.locator(BADGE).textContent(), { timeout: 10_000 }).toMatch(/\d+ of \d+ required/);
    await expect
      .poll(() => popup.locator('[data-testid="match-score"]').allTextContents(), { timeout: 10_000 })
      .toEqual(expect.arrayContaining([expect.stringMatching(/\d+/)]));
    expect(await popup.locator(ROW).filter({ hasText: 'Senior Backend Engineer' }).textContent()).not.toMatch(/set up your profile/i);

    // Sorted by match, the backend job (Go, PostgreSQL, Kubernetes) leads.
    await popup.locator('[data-testid="sort-select"]').selectOption('match');
    await expect.poll(async () => (await rowTitles(popup))[0]).toBe('Senior Backend Engineer');
    await Promise.all([job.close(), options.close(), popup.close()]);
  });

  it('compares the saved jobs side by side', async () => {
    const popup = await openPopup();
    const boxes = popup.locator('[data-testid="compare-checkbox"]');
    for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).check();
    await popup.locator('[data-testid="compare-button"]').click();
    const view = popup.locator('.jm-compare, [data-testid="compare-view"]').first();
    await view.waitFor();
    const text = (await view.textContent()) ?? '';
    for (const [, title] of SAVED) expect(text).toContain(title);
    // The skills × jobs matrix names the backend job's skills, marked required or nice to have.
    expect(text).toContain('Kubernetes');
    expect(text).toMatch(/Required/);
    await screenshot(popup, 'popup-compare', { fullPage: true });
    await popup.close();
  });

  it('keeps the status and note the user writes', async () => {
    const popup = await openPopup();
    const row = popup.locator(ROW).filter({ hasText: 'Staff Frontend Engineer' });
    await row.locator('[data-testid="job-title"]').click();
    await popup.locator('[data-testid="status-select"]').first().selectOption('applied');
    const note = popup.locator('[data-testid="note-input"]').first();
    await note.fill('Recruiter call on Tuesday');
    await note.blur();
    await expect
      .poll(async () => (await readSavedJobs(h.browser.serviceWorker)).find((r) => r.title === 'Staff Frontend Engineer'))
      .toMatchObject({ status: 'applied', note: 'Recruiter call on Tuesday' });
    await popup.close();
  });

  it('deletes with undo, and the undo gives the record back as it was', async () => {
    const popup = await openPopup();
    const before = await readSavedJobs(h.browser.serviceWorker);
    const row = popup.locator(ROW).filter({ hasText: 'Staff Frontend Engineer' });
    await row.locator('[data-testid="delete-button"]').click();
    await expect.poll(() => rowTitles(popup)).not.toContain('Staff Frontend Engineer');
    await popup.locator('[data-testid="undo-button"]').click();
    await expect.poll(() => rowTitles(popup)).toContain('Staff Frontend Engineer');
    const after = await readSavedJobs(h.browser.serviceWorker);
    const byTitle = (records: Record<string, unknown>[]) => records.find((r) => r.title === 'Staff Frontend Engineer');
    expect(byTitle(after)).toEqual(byTitle(before));
    expect(after).toHaveLength(before.length);
    await popup.close();
  });

  it('shows a hostile saved title as text, and the dashboard lists everything', async () => {
    const page = await openPosting(h.browser, PAGES.hostile);
    await page.locator(BADGE).getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.locator(BADGE).textContent()).toMatch(/Saved/);
    await page.close();

    const dialogs: string[] = [];
    const popup = await openPopup();
    popup.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await expect.poll(() => rowTitles(popup)).toContain('<img src=x onerror=alert(1)>');
    expect(await popup.locator(`${ROW} img`).count()).toBe(0);

    const dashboard = await openExtensionPage(h.browser, 'dashboard.html');
    await dashboard.waitForSelector('html[data-jobmark-ready]');
    await expect.poll(() => dashboard.locator(ROW).count()).toBe(4);
    expect(await dashboard.locator(`${ROW} img`).count()).toBe(0);
    await screenshot(dashboard, 'dashboard', { fullPage: true });

    // Pay in context: opened from the keyboard, every job is either drawn or named as having no salary.
    await dashboard.getByText('Pay in context').focus();
    await dashboard.keyboard.press('Enter');
    const summary = (await dashboard.getByTestId('pay-summary').textContent()) ?? '';
    const drawn = Number(/^(\d+) jobs? of 4 drawn/.exec(summary)?.[1]);
    expect(drawn).toBeGreaterThan(0);
    expect(await dashboard.locator('[data-testid="pay-plot"] [data-job-id]').count()).toBe(drawn);
    const noSalary = dashboard.getByTestId('pay-no-salary');
    const unstated = (await noSalary.count()) === 0 ? 0 : Number(/\((\d+)\)/.exec((await noSalary.textContent()) ?? '')?.[1]);
    expect(drawn + unstated).toBe(4);
    expect(await dashboard.locator('[data-testid="pay-in-context"] img').count()).toBe(0);

    // A target set on the options page appears in the open plot, and the words say where each job stands.
    const options = await openExtensionPage(h.browser, 'options.html');
    await options.getByLabel('Target amount').fill('120000');
    await options.getByLabel('Target currency').selectOption('USD');
    await options.getByLabel('Target period').selectOption('year');
    await options.getByRole('button', { name: 'Save target salary' }).click();
    await expect.poll(() => dashboard.getByTestId('pay-summary').textContent()).toMatch(/against your target of \$120K: \d+ at or above it/);
    expect(await dashboard.getByTestId('pay-target').count()).toBe(1);
    await screenshot(dashboard, 'dashboard-pay-in-context', { fullPage: true });
    await options.close();
    expect(dialogs).toEqual([]);
    await Promise.all([popup.close(), dashboard.close()]);
  });
});
