import type { JobDb } from '../db/job-db';
import type { ContentPart } from '../messaging/protocol';
import type { ReadAnnotateSettings } from '../settings/annotate-settings';

/** What the background's handlers work with; the background builds it once, tests pass fakes. */
export interface HandlerContext {
  /** The clock, passed in so tests control savedAt/updatedAt. */
  now: () => Date;
  /** The saved-jobs database; the background opens it once, tests pass one on fake-indexeddb. */
  db: JobDb;
  /** The network, for the Greenhouse job-board API only (a fake in tests). */
  fetch: typeof fetch;
  /** Opens the options page (a content script cannot). */
  openOptionsPage: () => Promise<void>;
  /**
   * Injects a part of the content script into the frame the message came from; absent where
   * there is no such frame (a message from an extension page, a test without a browser).
   */
  injectPart?: (part: ContentPart) => Promise<void>;
  /** The settings a badge depends on; the background passes a cached reader, tests leave it out. */
  readSettings?: ReadAnnotateSettings;
}
