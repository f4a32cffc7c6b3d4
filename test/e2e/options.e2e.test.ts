import { describe, expect, it } from 'vitest';
import { BADGE, screenshot, useExtensionBrowser } from './support/harness';
import { PAGES } from './support/sites';

/** The options page drives what the badge shows: the skill profile and the per-site switch. */
const h = useExtensionBrowser();


describe('options page', () => {
  it('the badge links to it, and skills added there change the badge live', async () => {
    const job = await h.browser.context.newPage();
    await job.goto(PAGES.lever);
    await job.locator(BADGE).waitFor({ timeout: 15_000 });
    expect(await job.locator(BADGE).textContent()).toMatch(/skill profile/i);

    // The badge's link opens the options page in a tab.
    const opened = h.browser.context.waitForEvent('page');
    await job.locator(BADGE).getByRole('button', { name: /skill profile/i }).click();
    const options = await opened;
    await options.waitForLoadState();
    expect(options.url()).toBe(`chrome-extension://${h.browser.extensionId}/options.html`);
    await options.getByRole('heading', { name: 'Your skills' }).waitFor();
    expect(await options.getByText('No skills yet').count()).toBe(1);

    // An alias typed by the user is stored under the dictionary's name.
    for (const skill of ['reactjs', 'TypeScript']) {
      await options.getByLabel('Skill', { exact: true }).fill(skill);
      await options.getByRole('button', { name: 'Add', exact: true }).click();
    }
    await expect.poll(() => options.locator('.skill-name').allTextContents()).toEqual(['React', 'TypeScript']);
    await screenshot(options, 'options', { fullPage: true });

    // The job page's badge follows without a reload.
    await expect.poll(() => job.locator(BADGE).textContent(), { timeout: 10_000 }).toMatch(/2 of 3 required/);
    await job.close();
    await options.close();
  });

  it('a site switched off there gets no badge', async () => {
    const options = await h.browser.context.newPage();
    await options.goto(`chrome-extension://${h.browser.extensionId}/options.html`);
    await options.getByLabel('Indeed').uncheck();
    await expect.poll(() => options.getByLabel('Indeed').isChecked()).toBe(false);

    const job = await h.browser.context.newPage();
    await job.goto(PAGES.indeed);
    await job.waitForTimeout(2_500);
    expect(await job.locator('jobmark-badge').count()).toBe(0);

    await options.getByLabel('Indeed').check();
    await job.reload();
    await job.locator(BADGE).waitFor({ timeout: 15_000 });
    await job.close();
    await options.close();
  });
});
