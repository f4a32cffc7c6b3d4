import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { sendPageCommand } from '../src/messaging/page-commands';
import { syncSiteScripts } from '../src/background/site-scripts';
import { rereadAfterUpdate } from '../src/background/reread-on-update';
import { JOB_DB_NAME, JobDb } from '../src/db/job-db';
import { handleMessage } from '../src/background/handle-message';
import { cachedAnnotateSettings } from '../src/settings/annotate-settings';
import { ASK_SITES, INSTALL_MATCHES } from '../src/sites/registry';
import { contentPartFile } from '../src/content/content-part-files';
import type { ContentPart } from '../src/messaging/protocol';

const SAVE_MENU_ID = 'jobmark-save';

export default defineBackground(() => {
  // Wiring only: every message is parsed and dispatched by src/messaging.
  const db = new JobDb(JOB_DB_NAME);
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
  const context = {
    now: () => new Date(),
    db,
    fetch: (input: RequestInfo | URL, init?: RequestInit) => fetch(input, init),
    openOptionsPage: () => browser.runtime.openOptionsPage(),
    readSettings: cachedAnnotateSettings(),
  };
  browser.runtime.onMessage.addListener((message, sender) => {
    const fromExtensionPage = !sender.tab && sender.url?.startsWith(extensionOrigin) === true;
    const tabId = sender.tab?.id;
    // A part asked for by a content script goes into its own frame, never anywhere else.
    const injectPart =
      tabId === undefined || fromExtensionPage
        ? undefined
        : async (part: ContentPart) => {
            await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [contentPartFile(part)] });
          };
    return handleMessage(message, { ...context, injectPart }, fromExtensionPage ? 'extension' : 'content-script');
  });

  // Saving from the keyboard (commands) and the page's context menu.
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'save-job') void sendPageCommand(tab, { type: 'page/save' });
  });
  browser.runtime.onInstalled.addListener((details) => {
    browser.contextMenus.create({ id: SAVE_MENU_ID, title: 'Save job posting to Jobmark', contexts: ['page', 'selection'] });
    // Better extractors shipped: saved jobs read by older ones are read again.
    void rereadAfterUpdate(details, db, context.now);
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === SAVE_MENU_ID) void sendPageCommand(tab, { type: 'page/save' });
  });

  // The toolbar button opens the popup; its "Find a posting on this page" reads the current
  // tab on demand (activeTab), on any site, with the same page command.

  // Optional access to 'ask' sites and to every site: keep the dynamic content scripts in step.
  const syncScripts = () => void syncSiteScripts(ASK_SITES, INSTALL_MATCHES).catch((error) => console.warn('[jobmark] content scripts not updated', error));
  syncScripts();
  browser.permissions.onAdded.addListener(syncScripts);
  browser.permissions.onRemoved.addListener(syncScripts);
});
