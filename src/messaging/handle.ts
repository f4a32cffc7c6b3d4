import { describeIssues } from '../db/describe-issues';
import type { JobDb } from '../db/job-db';
import { deleteJob, findJobByUrl, listJobs, restoreJob, saveJob, updateUserFields } from '../db/jobs';
import { jobMarks } from '../db/job-marks';
import { StorageError } from '../db/storage-error';
import { normalizeJob } from '../extract/normalize-job';
import {
  getBadgeCollapsed,
  getBadgeCorner,
  getHighlightsEnabled,
  setBadgeCollapsed,
  setBadgeCorner,
  setHighlightsEnabled,
} from '../settings/display-settings';
import type { ReadAnnotateSettings } from '../settings/annotate-settings';
import { setSiteEnabled } from '../settings/site-settings';
import { annotatePage } from './annotate-page';
import { Request, type ErrorResponse, type RequestOf, type RequestType, type Response, type ResponseFor } from './protocol';

export interface HandlerContext {
  /** The clock, passed in so tests control savedAt/updatedAt. */
  now: () => Date;
  /** The saved-jobs database; the background opens it once, tests pass one on fake-indexeddb. */
  db: JobDb;
  /** The network, for the Greenhouse job-board API only (a fake in tests). */
  fetch: typeof fetch;
  /** Opens the options page (a content script cannot). */
  openOptionsPage: () => Promise<void>;
  /** The settings a badge depends on; the background passes a cached reader, tests leave it out. */
  readSettings?: ReadAnnotateSettings;
}

type Handlers = { [T in RequestType]: (request: RequestOf<T>, context: HandlerContext) => Promise<ResponseFor<T>> };

const HANDLERS: Handlers = {
  'page/annotate': annotatePage,
  'display/update': async ({ highlightsEnabled, badgeCollapsed, badgeCorner, disableSite }) => {
    if (highlightsEnabled !== undefined) await setHighlightsEnabled(highlightsEnabled);
    if (badgeCollapsed !== undefined) await setBadgeCollapsed(badgeCollapsed);
    if (badgeCorner !== undefined) await setBadgeCorner(badgeCorner);
    if (disableSite !== undefined) await setSiteEnabled(disableSite, false);
    const [h, c, corner] = await Promise.all([getHighlightsEnabled(), getBadgeCollapsed(), getBadgeCorner()]);
    return { display: { highlightsEnabled: h, badgeCollapsed: c, badgeCorner: corner } };
  },
  'options/open': async (_, { openOptionsPage }) => {
    await openOptionsPage();
    return { opened: true };
  },
  'posting/analyze': async ({ raw }, { now }) => ({ job: normalizeJob(raw, { now: now() }) }),
  'jobs/save': async ({ raw }, { now, db }) => {
    const at = now();
    return saveJob(db, { job: normalizeJob(raw, { now: at }), raw }, at);
  },
  'jobs/lookup': async ({ url }, { db }) => ({ record: (await findJobByUrl(db, url)) ?? null }),
  'jobs/marks': async ({ urls }, { db }) => ({ marks: await jobMarks(db, urls) }),
  'jobs/list': async (_, { db }) => ({ records: await listJobs(db) }),
  'jobs/delete': async ({ id }, { db }) => ({ record: (await deleteJob(db, id)) ?? null }),
  'jobs/restore': async ({ record }, { db }) => ({ record: await restoreJob(db, record) }),
  'jobs/update': async ({ id, status, note }, { db }) => ({
    record: (await updateUserFields(db, id, { status, note })) ?? null,
  }),
};

/** Who sent a message: the extension's own pages, or a content script inside a job site's page. */
export type MessageOrigin = 'extension' | 'content-script';

/**
 * What a content script may ask. It runs inside pages we do not control, so a compromised
 * page context must not be able to list, delete or rewrite the user's saved jobs.
 */
const CONTENT_SCRIPT_REQUESTS: ReadonlySet<RequestType> = new Set([
  'page/annotate',
  'jobs/save',
  'jobs/lookup',
  'jobs/marks',
  'display/update',
  'options/open',
]);

/**
 * Parses an incoming message, then dispatches it. A malformed message gets an error answer
 * and a log line naming what was wrong; it never reaches a handler half-parsed. A handler
 * that fails answers `{ error }` too — a storage failure with the StorageError's message for
 * the user — so the sender always hears back instead of waiting on a rejected promise.
 */
export async function handleMessage(
  message: unknown,
  context: HandlerContext,
  origin: MessageOrigin = 'extension',
): Promise<Response | ErrorResponse> {
  const parsed = Request.safeParse(message);
  if (!parsed.success) {
    const error = `rejected message: ${describeIssues(parsed.error)}`;
    console.warn(`[jobmark] ${error}`);
    return { error };
  }
  const request = parsed.data;
  if (origin === 'content-script' && !CONTENT_SCRIPT_REQUESTS.has(request.type)) {
    const error = `rejected message: a content script may not send ${request.type}`;
    console.warn(`[jobmark] ${error}`);
    return { error };
  }
  try {
    const handler = HANDLERS[request.type] as (request: Request, context: HandlerContext) => Promise<Response>;
    return await handler(request, context);
  } catch (error) {
    console.error(`[jobmark] ${request.type} failed`, error);
    if (error instanceof StorageError) return { error: error.message };
    const detail = error instanceof Error ? error.message : String(error);
    return { error: `Jobmark could not complete ${request.type}: ${detail}` };
  }
}
