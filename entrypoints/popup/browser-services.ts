import { browser } from 'wxt/browser';
import { sendPageCommand } from '../../src/messaging/page-commands';
import { currencyRatesFromStored, getCurrencyRates, getProfile, profileFromStored, watchCurrencyRates, watchProfile } from '../../src/settings';
import { CURRENCY_RATES_SETTING, PROFILE_SETTING } from '../../src/settings/setting-names';
import type { EarlyReads } from './early-reads';
import type { JobsServices } from '../../src/ui/popup/jobs-services';
import { lazyJobsStore } from './lazy-jobs-store';
import type { Layout } from '../../src/ui/popup/layout';
import { dashboardHash } from '../../src/ui/popup/dashboard-link';
import { PageStatusAnswer } from '../../src/ui/popup/page-problem';

const SORT_KEY = 'jobmark.list-sort';

/** Pages an extension may read; the browser's own pages (chrome://, about:, stores) refuse. */
const READABLE_PAGE = /^(https?|file):/i;

/**
 * The jobs app's services inside the extension, shared by the popup and the dashboard:
 * the saved jobs straight from IndexedDB (extension pages share the background's origin),
 * the profile and rates from browser.storage, and tabs for everything that opens something.
 * The first reads come from `early` when the page started them before its app had loaded.
 */
export function browserJobsServices(layout: Layout, early?: EarlyReads): JobsServices {
  // A popup stays open over a tab it opened only in some browsers; close it so the user
  // sees what they asked for.
  const leavePopup = () => {
    if (layout === 'popup') window.close();
  };
  // The dashboard is an unlisted page: its path is not in WXT's generated list of known pages
  // until the next `wxt prepare`, so it is passed as a plain string.
  const pageUrl = browser.runtime.getURL as (path: string) => string;

  return {
    ...lazyJobsStore(undefined, early?.newestJobs),
    // The skill dictionary (200+ kB) loads after the first paint; until then names compare as written.
    loadSkillKey: () => import('../../src/compare/match').then((module) => module.dictionarySkillKey),
    getProfile: () => early?.takeSetting(PROFILE_SETTING)?.then(profileFromStored) ?? getProfile(),
    watchProfile,
    getCurrencyRates: () => early?.takeSetting(CURRENCY_RATES_SETTING)?.then(currencyRatesFromStored) ?? getCurrencyRates(),
    watchCurrencyRates,
    async openPosting(url) {
      await browser.tabs.create({ url });
      leavePopup();
    },
    async openDashboard(compareIds) {
      await browser.tabs.create({ url: pageUrl('/dashboard.html') + dashboardHash(compareIds) });
      leavePopup();
    },
    async openOptions() {
      await browser.runtime.openOptionsPage();
      leavePopup();
    },
    // The dashboard re-reads saved postings itself (it shares the database's origin); the
    // extraction core loads only when asked.
    rereadSavedPostings:
      layout === 'dashboard'
        ? async (onProgress) => {
            const [{ rereadSavedJobs }, { JobDb, JOB_DB_NAME }] = await Promise.all([
              import('../../src/db/reread-saved-jobs'),
              import('../../src/db/job-db'),
            ]);
            const db = new JobDb(JOB_DB_NAME);
            try {
              return await rereadSavedJobs(db, { now: new Date(), all: true, onProgress });
            } finally {
              db.close();
            }
          }
        : undefined,
    // Only the popup has a "current page": the dashboard is a tab of its own.
    findPostingOnPage:
      layout === 'popup'
        ? async () => {
            const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
            if (tab?.url && !READABLE_PAGE.test(tab.url)) {
              throw new Error('Jobmark cannot read this tab: browsers keep extensions out of their own pages (settings, extension stores, new tab).');
            }
            // The popup's opening granted activeTab on this tab, so even a page outside the
            // known job sites can be read; the content script shows what it found.
            await sendPageCommand(tab, { type: 'page/detect' });
            window.close();
          }
        : undefined,
    pageStatus:
      layout === 'popup'
        ? async () => {
            const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
            // Firefox hides a tab's URL unless the extension may read that site: ask the tab
            // anyway, since a page without the content script simply answers nothing.
            if (tab?.id === undefined || (tab.url !== undefined && !READABLE_PAGE.test(tab.url))) return null;
            // No content script on this tab (a page outside the job sites) answers nothing.
            const answer: unknown = await browser.tabs.sendMessage(tab.id, { type: 'page/status' }).catch(() => null);
            const parsed = PageStatusAnswer.safeParse(answer);
            return parsed.success ? parsed.data : null;
          }
        : undefined,
    copyText: (text) => navigator.clipboard.writeText(text),
    version: manifestVersion(),
    // The page's own localStorage: read synchronously, so the remembered sort applies to
    // the very first render. The popup and the dashboard share it (same extension origin).
    loadSort: () => {
      try {
        return localStorage.getItem(SORT_KEY);
      } catch {
        return null; // storage blocked: the default sort is fine
      }
    },
    saveSort: (sort) => {
      try {
        localStorage.setItem(SORT_KEY, sort);
      } catch {
        // Not remembered; nothing is lost but the preference.
      }
    },
    now: () => new Date(),
  };
}

/** The version in the diagnostic; a browser (or test double) without a manifest reads "unknown". */
function manifestVersion(): string | undefined {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return undefined;
  }
}
