import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BADGE, openExtensionPage, openPosting, useExtensionBrowser } from './support/harness';

/**
 * Issue 15, deal-breakers, end to end in real Chromium: a language stated on the options page
 * meets a Workable posting that asks for fluent English and Portuguese; the badge flags the
 * missing language with the posting's sentence (never in the match), and so does the popup.
 */
const POSTING_URL = 'https://apply.workable.com/tidewater-software/j/A1B2C3D4E5';
const PAGE = readFileSync(path.resolve(import.meta.dirname, '../fixtures/sites/workable/posting.html'), 'utf8');
const h = useExtensionBrowser({
  extraHosts: ['apply.workable.com'],
  route: (url) => (`${url.origin}${url.pathname}` === POSTING_URL ? { body: PAGE } : undefined),
});

describe('a deal-breaker the profile falls short of', () => {
  it('is flagged with its sentence in the badge and the popup list', async () => {
    const options = await openExtensionPage(h.browser, 'options.html');
    await options.getByTestId('language-input').fill('English');
    await options.getByTestId('language-level').selectOption('C2');
    await options.getByRole('button', { name: 'Add language' }).click();
    await expect.poll(() => options.locator('body').textContent()).toContain('Saved English at C2.');
    await options.close();

    const page = await openPosting(h.browser, POSTING_URL);
    const badge = page.locator(BADGE);
    await expect.poll(() => badge.locator('.jm-conflict-count').textContent()).toContain('1 conflict');
    expect(await badge.textContent()).toContain('Requires Portuguese');
    expect(await badge.textContent()).toContain('Fluent English and Portuguese.');
    await badge.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => badge.textContent()).toMatch(/Saved/);
    await page.close();

    const popup = await openExtensionPage(h.browser, 'popup.html');
    await popup.waitForSelector('html[data-jobmark-ready]');
    await expect.poll(() => popup.getByTestId('conflict-flag').textContent()).toContain('Requires Portuguese');
    await popup.close();
  });
});
