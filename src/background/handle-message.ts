import { findJobByUrl, listJobs } from '../db/job-reads';
import { deleteJob, restoreJob, saveJob, updateUserFields } from '../db/job-writes';
import { jobMarks } from '../db/job-marks';
import { normalizeJob } from '../extract/normalize-job';
import {
  getBadgeCollapsed,
  getBadgeCorner,
  getHighlightsEnabled,
  setBadgeCollapsed,
  setBadgeCorner,
  setHighlightsEnabled,
} from '../settings/display-settings';
import { setSiteEnabled } from '../settings/site-settings';
import { dispatchRequest, type Handlers, type MessageOrigin } from '../messaging/dispatch';
import type { ErrorResponse, Response } from '../messaging/protocol';
import { annotatePage } from './annotate-page';
import type { HandlerContext } from './handler-context';

/** What the background does for each request. */
const HANDLERS: Handlers<HandlerContext> = {
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
  'page/inject-part': async ({ part }, { injectPart }) => {
    if (!injectPart) throw new Error('only a page can be given a part of the content script');
    await injectPart(part);
    return { injected: true };
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

/** Answers a message sent to the background (dispatchRequest: parsed first, refused when a content script may not ask it). */
export function handleMessage(
  message: unknown,
  context: HandlerContext,
  origin: MessageOrigin = 'extension',
): Promise<Response | ErrorResponse> {
  return dispatchRequest(message, HANDLERS, context, origin);
}
