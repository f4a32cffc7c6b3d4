// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserJobsServices } from './browser-services';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(window, 'close').mockImplementation(() => {});
  localStorage.clear();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('browserJobsServices', () => {
  it('opens the dashboard on the comparison, and closes the popup', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await browserJobsServices('popup').openDashboard(['https://jobs.example.test/1', 'b']);
    expect(create.mock.calls[0]![0].url).toMatch(/\/dashboard\.html#compare=https%3A%2F%2Fjobs\.example\.test%2F1,b$/);
    expect(window.close).toHaveBeenCalledOnce();
  });

  it('keeps the dashboard open when it opens a posting', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await browserJobsServices('dashboard').openPosting('https://jobs.example.test/1');
    expect(create).toHaveBeenCalledWith({ url: 'https://jobs.example.test/1' });
    expect(window.close).not.toHaveBeenCalled();
  });

  it('offers to read the current page only in the popup', () => {
    expect(browserJobsServices('popup').findPostingOnPage).toBeTypeOf('function');
    expect(browserJobsServices('dashboard').findPostingOnPage).toBeUndefined();
  });

  it('asks the current tab to look for a posting, then closes the popup', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7, url: 'https://careers.example.test/jobs/1' } as never]);
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    await browserJobsServices('popup').findPostingOnPage!();
    // The generic reader goes in first, so the content script can fall back to it.
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['/content-scripts/any-page.js'] });
    expect(send).toHaveBeenCalledWith(7, { type: 'page/detect' });
    expect(window.close).toHaveBeenCalledOnce();
  });

  it('says so instead of closing when the tab is one of the browser’s own pages', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7, url: 'chrome://settings' } as never]);
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
    await expect(browserJobsServices('popup').findPostingOnPage!()).rejects.toThrow('cannot read this tab');
    expect(send).not.toHaveBeenCalled();
    expect(window.close).not.toHaveBeenCalled();
  });

  it('asks the current tab how its reading went, and takes only a well-formed answer', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7, url: 'https://www.linkedin.com/jobs/view/1' } as never]);
    const answer = { url: 'https://www.linkedin.com/jobs/view/1', site: { id: 'linkedin', label: 'LinkedIn' }, state: 'gave-up', waitedMs: 8000, signals: { title: false } };
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValueOnce(answer).mockResolvedValueOnce({ state: 'hacked' });
    const services = browserJobsServices('popup');
    await expect(services.pageStatus!()).resolves.toMatchObject({ state: 'gave-up', site: { id: 'linkedin' } });
    await expect(services.pageStatus!()).resolves.toBeNull();
    expect(send).toHaveBeenCalledWith(7, { type: 'page/status' });
    expect(browserJobsServices('dashboard').pageStatus).toBeUndefined();
  });

  it('puts the manifest version in the diagnostic', () => {
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ version: '1.4.2' } as never);
    expect(browserJobsServices('popup').version).toBe('1.4.2');
  });

  it('remembers the sort picked, for the popup and the dashboard alike', () => {
    expect(browserJobsServices('popup').loadSort!()).toBeNull();
    browserJobsServices('popup').saveSort!('salary');
    expect(browserJobsServices('dashboard').loadSort!()).toBe('salary');
  });
});
