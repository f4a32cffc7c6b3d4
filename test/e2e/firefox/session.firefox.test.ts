import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { readSavedJobs, type ExtensionContext } from '../support/extension-data';
import { PAGES } from '../support/sites';
import { FF_BADGE, firefoxScreenshot, openFirefoxExtensionPage, openFirefoxPosting, textOf, useFirefox } from './firefox';

/**
 * The built Firefox add-on in real headless Firefox ESR, on fixture pages under the job
 * sites' real host names, as one user's session: badge and highlights, the three ways to
 * save, the popup's list and comparison, the dashboard, the options profile, and an export
 * imported into a fresh Firefox profile with nothing lost. The assertions are the Chromium
 * suite's (job-page, popup, options) wherever the feature exists in both.
 */
const h = useFirefox();
const fresh = useFirefox();

const ROW = '[data-testid="job-row"]';
const SAVE = `${FF_BADGE} .jm-save button`;

/** Firefox has no background target: extension code runs in an extension page of the add-on. */
async function extensionPage(): Promise<Page & ExtensionContext> {
  return (await openFirefoxExtensionPage(h.browser, 'popup.html', 'html[data-jobmark-ready]')) as Page & ExtensionContext;
}

async function savedJobs(): Promise<Record<string, unknown>[]> {
  const page = await extensionPage();
  try {
    return await readSavedJobs(page);
  } finally {
    await page.close();
  }
}

function highlightTotal(page: Page): Promise<number> {
  return page.evaluate(() => {
    let total = 0;
    CSS.highlights.forEach((highlight) => (total += highlight.size));
    return total;
  });
}

async function rowTitles(page: Page): Promise<string[]> {
  return page.$$eval(`${ROW} [data-testid="job-title"]`, (titles) => titles.map((title) => title.textContent ?? ''));
}

describe('Firefox: on job pages', () => {
  it('Greenhouse: reads the job-board API (its pay range), matches nothing yet, highlights, and saves once from the badge', async () => {
    const page = await openFirefoxPosting(h.browser, PAGES.greenhouseNew);
    // The page's reading first, then the API's range (€88k–110k), not the page's (€85k–105k).
    await expect.poll(() => textOf(page, FF_BADGE)).toMatch(/88,000/);
    const text = await textOf(page, FF_BADGE);
    expect(text).toContain('Senior Backend Engineer');
    expect(text).toMatch(/skill profile/i);
    expect(h.server.requests.some((u) => u.host === 'boards-api.greenhouse.io' && u.searchParams.get('pay_transparency') === 'true')).toBe(true);
    expect(await highlightTotal(page)).toBeGreaterThan(0);
    await firefoxScreenshot(page, 'greenhouse');

    await page.click(SAVE);
    await expect.poll(() => textOf(page, FF_BADGE)).toMatch(/Saved/);
    const record = (await savedJobs()).find((r) => r.id === 'https://job-boards.greenhouse.io/northwindlabs/jobs/4012345678');
    expect(record).toMatchObject({ title: 'Senior Backend Engineer', company: 'Northwind Labs', status: 'saved', raw: { source: 'greenhouse' } });
    expect(record?.salary).toMatchObject({ min: 88000, max: 110000, currency: 'EUR' });

    // A later visit shows it as saved; the record is still one.
    await page.reload();
    await page.waitForSelector(FF_BADGE);
    await expect.poll(() => textOf(page, FF_BADGE)).toMatch(/Saved/);
    expect((await savedJobs()).filter((r) => r.id === record?.id)).toHaveLength(1);
    await page.close();
  });

  it.each([
    ['lever', PAGES.lever, 'Staff Frontend Engineer'],
    ['linkedin', PAGES.linkedin, 'Platform Engineer'],
  ])('%s: shows one badge with the posting and highlights its skills', async (_name, url, title) => {
    const page = await openFirefoxPosting(h.browser, url);
    await expect.poll(() => textOf(page, FF_BADGE)).toContain(title);
    expect(await highlightTotal(page)).toBeGreaterThan(0);
    expect(await page.$$eval('jobmark-badge', (hosts) => hosts.length)).toBe(1);
    await firefoxScreenshot(page, _name);
    await page.close();
  });

  it('the shortcut and the context menu save through the page/save command to the tab', async () => {
    const pages = [await openFirefoxPosting(h.browser, PAGES.lever), await openFirefoxPosting(h.browser, PAGES.linkedin)];
    // What Alt+Shift+S and "Save job posting to Jobmark" do: the background sends the tab
    // `page/save` (neither can be pressed in a headless browser).
    const sender = await extensionPage();
    await sender.evaluate(async () => {
      const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<unknown> } } }).browser;
      // Without the "tabs" permission Firefox hides tab URLs: send to every tab, and the
      // ones without a content script (this page, the blank first tab) refuse.
      for (const tab of await api.tabs.query({})) {
        if (tab.id !== undefined) await api.tabs.sendMessage(tab.id, { type: 'page/save' }).catch(() => undefined);
      }
    });
    await sender.close();
    for (const page of pages) await expect.poll(() => textOf(page, FF_BADGE)).toMatch(/Saved/);
    const titles = (await savedJobs()).map((r) => r.title);
    expect(titles).toEqual(expect.arrayContaining(['Staff Frontend Engineer', 'Platform Engineer']));
    for (const page of pages) await page.close();
  });
});

describe('Firefox: the popup, the dashboard and the options page', () => {
  it('lists the saved jobs, and says a profile is needed for a score', async () => {
    const popup = await extensionPage();
    expect((await rowTitles(popup)).sort()).toEqual(['Platform Engineer', 'Senior Backend Engineer', 'Staff Frontend Engineer']);
    expect(await textOf(popup, ROW)).toMatch(/set up your profile/i);
    // The popup keeps its own width in Firefox too (it sizes to content there).
    expect(await popup.$eval('.jm-layout-popup', (element) => element.getBoundingClientRect().width)).toBeGreaterThan(600);
    await firefoxScreenshot(popup, 'popup-list');
    await popup.close();
  });

  it('the profile saved on the options page changes the badge and the scores live', async () => {
    const job = await openFirefoxPosting(h.browser, PAGES.greenhouseNew);
    const options = await openFirefoxExtensionPage(h.browser, 'options.html', '#skills-heading');
    for (const skill of ['Golang', 'PostgreSQL', 'Kubernetes', 'React']) {
      await options.type('.add-skill input', skill);
      await options.click('.add-skill button[type="submit"]');
      await expect.poll(() => options.$eval('.add-skill input', (input) => (input as HTMLInputElement).value)).toBe('');
    }
    await expect.poll(() => options.$$eval('.skill-name', (names) => names.map((n) => n.textContent))).toEqual(['Go', 'PostgreSQL', 'Kubernetes', 'React']);
    await firefoxScreenshot(options, 'options-profile');
    await expect.poll(() => textOf(job, FF_BADGE), { timeout: 10_000 }).toMatch(/\d+ of \d+ required/);

    const popup = await extensionPage();
    await expect.poll(() => popup.$$eval('[data-testid="match-score"]', (scores) => scores.map((s) => s.textContent ?? ''))).toEqual(expect.arrayContaining([expect.stringMatching(/\d+/)]));
    await popup.select('[data-testid="sort-select"]', 'match');
    await expect.poll(async () => (await rowTitles(popup))[0]).toBe('Senior Backend Engineer');
    await Promise.all([job.close(), options.close(), popup.close()]);
  });

  it('compares the saved jobs side by side', async () => {
    const popup = await extensionPage();
    for (const box of await popup.$$('[data-testid="compare-checkbox"]')) await box.click();
    await popup.click('[data-testid="compare-button"]');
    await popup.waitForSelector('[data-testid="compare-panel"]');
    const text = await textOf(popup, '[data-testid="compare-panel"]');
    for (const title of ['Platform Engineer', 'Senior Backend Engineer', 'Staff Frontend Engineer']) expect(text).toContain(title);
    expect(text).toContain('Kubernetes');
    expect(text).toMatch(/Required/);
    await firefoxScreenshot(popup, 'compare');
    await popup.close();
  });

  it('keeps the status and note the user writes, and the dashboard shows them', async () => {
    const popup = await extensionPage();
    const rows = await popup.$$(ROW);
    for (const row of rows) {
      if ((await row.evaluate((r) => r.textContent ?? '')).includes('Staff Frontend Engineer')) await (await row.$('[data-testid="job-title"]'))!.click();
    }
    await popup.waitForSelector('[data-testid="status-select"]');
    await popup.select('[data-testid="status-select"]', 'applied');
    await popup.type('[data-testid="note-input"]', 'Recruiter call on Tuesday');
    await popup.$eval('[data-testid="note-input"]', (note) => (note as HTMLElement).blur());
    await expect.poll(async () => (await savedJobs()).find((r) => r.title === 'Staff Frontend Engineer')).toMatchObject({ status: 'applied', note: 'Recruiter call on Tuesday' });
    await popup.close();

    const dashboard = await openFirefoxExtensionPage(h.browser, 'dashboard.html', 'html[data-jobmark-ready]');
    expect((await rowTitles(dashboard)).sort()).toEqual(['Platform Engineer', 'Senior Backend Engineer', 'Staff Frontend Engineer']);
    expect(await textOf(dashboard, 'body')).toMatch(/Applied/);
    await firefoxScreenshot(dashboard, 'dashboard');
    await dashboard.close();
  });
});

describe('Firefox: export, then import into a fresh profile', () => {
  it('moves every job, status, note and the profile, and importing twice duplicates nothing', async () => {
    const options = await openFirefoxExtensionPage(h.browser, 'options.html', '#data-heading');
    // The export goes to the browser's downloads as a Blob; the test keeps the Blob's text.
    await options.evaluate(() => {
      const create = URL.createObjectURL.bind(URL);
      (window as unknown as { exported: Promise<string>[] }).exported = [];
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        if (blob instanceof Blob) (window as unknown as { exported: Promise<string>[] }).exported.push(blob.text());
        return create(blob);
      };
    });
    const buttons = await options.$$('button');
    for (const button of buttons) if ((await button.evaluate((b) => b.textContent)) === 'Export everything (JSON)') await button.click();
    await expect.poll(() => options.evaluate(() => (window as unknown as { exported: unknown[] }).exported.length)).toBe(1);
    const exported = await options.evaluate(() => (window as unknown as { exported: Promise<string>[] }).exported[0]!);
    await options.close();
    const before = await savedJobs();
    expect(before).toHaveLength(3);

    const target = await openFirefoxExtensionPage(fresh.browser, 'options.html', '#data-heading');
    expect(await textOf(target, 'body')).toMatch(/No saved jobs yet/);
    for (let round = 0; round < 2; round++) {
      // What choosing the file in the file picker gives the page.
      await target.$eval(
        'input[type="file"]',
        (input, text) => {
          const transfer = new DataTransfer();
          transfer.items.add(new File([text], 'jobmark-export.json', { type: 'application/json' }));
          (input as HTMLInputElement).files = transfer.files;
          input.dispatchEvent(new Event('change', { bubbles: true }));
        },
        exported,
      );
      await expect.poll(() => textOf(target, 'body')).toMatch(/3 saved jobs/);
    }
    const after = await readSavedJobs(target as Page & ExtensionContext);
    const essentials = (records: Record<string, unknown>[]) =>
      records.map((r) => ({ id: r.id, title: r.title, company: r.company, status: r.status, note: r.note, salary: r.salary })).sort((a, b) => String(a.id).localeCompare(String(b.id)));
    expect(essentials(after)).toEqual(essentials(before));
    const profile = await target.evaluate(async () => {
      const api = (globalThis as unknown as { browser: { storage: { local: { get(key: string): Promise<Record<string, { skills: { name: string }[] }>> } } } }).browser;
      return (await api.storage.local.get('profile')).profile;
    });
    expect(profile?.skills.map((s) => s.name)).toEqual(['Go', 'PostgreSQL', 'Kubernetes', 'React']);
    await firefoxScreenshot(target, 'imported');
    await target.close();
  });
});
