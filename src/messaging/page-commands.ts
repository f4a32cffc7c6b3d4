import { browser, type Browser } from 'wxt/browser';

/** The content script's built file, as WXT names it; injected into pages outside `matches`. */
export const JOB_PAGE_SCRIPT = '/content-scripts/job-page.js';
/** The any-page reader (Readability inside), injected only when the user asks: entrypoints/any-page.content. */
export const ANY_PAGE_SCRIPT = '/content-scripts/any-page.js';

/** Messages the background sends to a tab's content script. */
export type PageCommand = { type: 'page/save' } | { type: 'page/detect' } | { type: 'page/status' };

/**
 * Runs a command in the tab's content script. On a page outside the known job sites there
 * is no content script yet: the user's gesture (toolbar, shortcut, context menu) granted
 * activeTab, so it is injected first and then asked again.
 */
export async function sendPageCommand(tab: Browser.tabs.Tab | undefined, command: PageCommand): Promise<void> {
  const tabId = tab?.id;
  if (tabId === undefined || tabId < 0) return;
  if (command.type !== 'page/status') {
    // The user's gesture lets the any-page reader in: the content script falls back to it
    // when no site adapter reads the page. Where it cannot run, the adapters still may.
    try {
      await browser.scripting.executeScript({ target: { tabId }, files: [ANY_PAGE_SCRIPT] });
    } catch {
      // Protected pages refuse scripts; the message below then reports what it can.
    }
  }
  try {
    await browser.tabs.sendMessage(tabId, command);
    return;
  } catch {
    // No content script in this tab yet: inject it below.
  }
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [JOB_PAGE_SCRIPT] });
    await browser.tabs.sendMessage(tabId, command);
  } catch (error) {
    // Pages the browser protects (the Web Store, about:, PDF viewer) cannot be scripted.
    console.warn(`[jobmark] cannot run Jobmark on this tab: ${error instanceof Error ? error.message : String(error)}`);
  }
}
