import type { CurrencyRates } from '../../compare/currency-rates';
import type { JobSummary, SavedJob } from '../../core/saved-job';
import type { Profile } from '../../core/profile';
import type { UserFieldsPatch } from '../../db/job-writes';
import type { SkillKey } from '../../compare/match-rule';
import type { PageStatusAnswer } from './page-problem';

/** The saved jobs at one moment. */
export interface JobsSnapshot {
  /** Newest saved first. All of them when `complete`; else only the newest few, to paint sooner. */
  jobs: JobSummary[];
  complete: boolean;
  /**
   * How many jobs are saved in all; null while an incomplete snapshot's count is still
   * coming (it follows in a later snapshot).
   */
  total: number | null;
}

/**
 * Everything the jobs app reads, writes and asks the browser to do, behind one interface.
 * The entrypoints pass the real thing (Dexie + browser.storage + tabs); tests pass a
 * fake-indexeddb database or plain arrays. The app itself never imports `browser`.
 */
export interface JobsServices {
  /**
   * Calls `onJobs` with the saved jobs now (perhaps first an incomplete snapshot of the
   * newest, then all) and again after every change, wherever it was made (another tab, the
   * background); `onError` when reading fails. Returns the function that stops listening.
   */
  watchJobs(onJobs: (snapshot: JobsSnapshot) => void, onError: (error: unknown) => void): () => void;
  /** Returns what was deleted, so it can be put back (undefined when it was already gone). */
  deleteJob(id: string): Promise<SavedJob | undefined>;
  restoreJob(record: SavedJob): Promise<void>;
  updateUserFields(id: string, patch: UserFieldsPatch): Promise<void>;

  getProfile(): Promise<Profile>;
  watchProfile(onChange: (profile: Profile) => void): () => void;
  getCurrencyRates(): Promise<CurrencyRates>;
  watchCurrencyRates(onChange: (rates: CurrencyRates) => void): () => void;

  /** Opens a saved posting's page in a new tab. */
  openPosting(url: string): void | Promise<void>;
  /** Opens the full-tab dashboard, comparing `compareIds` when given. */
  openDashboard(compareIds?: readonly string[]): void | Promise<void>;
  openOptions(): void | Promise<void>;
  /**
   * Reads the page in the active tab for a posting (what the toolbar button did before it
   * had a popup). Absent where there is no "current page" (the dashboard is its own tab).
   */
  findPostingOnPage?(): Promise<void>;
  /**
   * What the current tab's content script says of its page (null where it has none), so a
   * known site whose page read as nothing is not silent. Popup only.
   */
  pageStatus?(): Promise<PageStatusAnswer | null>;
  /** Puts text on the clipboard (the page diagnostic). */
  copyText?(text: string): Promise<void>;
  /** The extension's version, for the diagnostic. */
  version?: string;
  /** The sort the user picked last time (any string: it is checked), and remembering a new one. */
  loadSort?(): string | null;
  saveSort?(sort: string): void;
  /**
   * The skill dictionary's key function (aliases fold: "Golang" is Go), loaded after the
   * first paint because the dictionary is large. Until it arrives, and where this is absent,
   * names compare as written, which the canonical names Jobmark stores need.
   */
  loadSkillKey?(): Promise<SkillKey>;
  /**
   * Reads every saved job again from its stored posting with today's extractors, keeping
   * status and note (the dashboard's "Re-read saved postings"). Absent in the popup.
   */
  rereadSavedPostings?(onProgress: (done: number, total: number) => void): Promise<{ updated: number; skipped: readonly string[] }>;
  /** The clock, for "saved 3 days ago". */
  now(): Date;
}
