import type { ClosedMark, JobSummary, RawPosting } from '../core';
import { isGoneStatus } from '../core/gone-status';
import { descriptionSketch } from '../compare/description-sketch';
import { postingChanges } from '../compare/posting-changes';
import { setClosed } from '../db/job-writes';
import { dealBreakerConflicts } from '../compare/deal-breaker-conflicts';
import { matchJob } from '../compare/match';
import { highlightTerms } from './highlight-terms';
import { getJobSummary } from '../db/job-reads';
import { canonicalJobUrl } from '../extract/job-id';
import { findSkillMentions } from '../extract/skills';
import { normalizeJob } from '../extract/normalize-job';
import { FILE_READERS } from '../sources/json-ld';
import { readAnnotateSettings, type AnnotateSettings } from '../settings/annotate-settings';
import { assemblePosting } from './assemble-posting';
import { fetchGreenhousePosting } from './greenhouse-api';
import type { HandlerContext } from './handler-context';
import type { AnnotateResponse, BadgeDisplay, RequestOf } from '../messaging/protocol';

/**
 * How long the badge may wait for Greenhouse's API before the page's own text is used. The
 * API is usually ~200 ms away; past this the user would see the badge late for little gain.
 */
export const GREENHOUSE_API_TIMEOUT_MS = 2_500;

/**
 * Everything the content script needs to annotate a page, computed here so the content
 * script carries neither the skill dictionary nor the database: the Job, its match against
 * the profile, the wordings to highlight, whether it is saved, and how to show the badge.
 */
export async function annotatePage(
  request: RequestOf<'page/annotate'>,
  context: HandlerContext,
): Promise<AnnotateResponse> {
  // The saved record is looked up under the id the page's address gives, alongside
  // everything else; normalizeJob below confirms the id (or the lookup is redone).
  const likelyId = canonicalJobUrl(request.page?.url ?? request.pageUrl);
  const savedEarly = likelyId === null ? null : getJobSummary(context.db, likelyId);
  savedEarly?.catch(() => undefined); // a failure is reported where it is awaited
  // Everything that does not depend on the posting is read at once, in parallel.
  const [settings, fromApi] = await Promise.all([
    (context.readSettings ?? readAnnotateSettings)(),
    request.greenhouse
      ? fetchGreenhousePosting(request.greenhouse, { fetch: context.fetch, timeoutMs: GREENHOUSE_API_TIMEOUT_MS })
      : null,
  ]);
  const display = displayOf(settings, request.siteId);
  const gone = fromApi === 'gone';
  const api = gone ? null : fromApi;
  // The JSON-LD mapping runs here, not in the content script, whose size budget it would blow.
  const fromPage = request.page ? assemblePosting(request.page, FILE_READERS) : null;
  const posting = preferApi(api, fromPage, request.pageUrl);
  const pageClosedReason = closedReasonOf(request, gone);
  if (!display.siteEnabled) return { posting: null, display };
  if (!posting || (request.apiRefinement && !api)) {
    // Nothing to show; but a saved job whose page is gone is marked Closed in the list.
    if (pageClosedReason && savedEarly) await markSeen(context, await savedEarly.catch(() => undefined), pageClosedReason, false);
    return { posting: null, display };
  }

  const job = normalizeJob(posting, { now: context.now() });
  const closedReason = pageClosedReason ?? job.postingClosed?.reason ?? null;
  const saved = savedEarly && job.id === likelyId ? await savedEarly : await getJobSummary(context.db, job.id);
  const closed = saved
    ? await markSeen(context, saved, closedReason, !request.refinementFollows)
    : closedReason === null
      ? null
      : { seenAt: context.now().toISOString(), reason: closedReason };
  const mentions = job.sections.flatMap((section) => findSkillMentions(section.text));
  const { sections: _shownByThePageItself, ...badgeJob } = job;
  return {
    posting,
    // Without its section texts: the badge never shows them, and they would double the message.
    job: badgeJob,
    match: matchJob(job, settings.profile),
    conflicts: dealBreakerConflicts(job.dealBreakers, settings.profile.eligibility),
    terms: highlightTerms(job, settings.profile, mentions),
    savedAt: saved?.savedAt ?? null,
    // Compared with the API's reading, not the page's rougher one when the API's follows.
    changes: saved && !request.refinementFollows ? postingChanges(saved, { ...job, descriptionSketch: descriptionSketch(job.sections) }) : [],
    closed: closed ?? null,
    display,
  };
}

/** Why the page says the posting is closed: its own words, the job board's answer, or the HTTP status. */
function closedReasonOf(request: RequestOf<'page/annotate'>, gone: boolean): string | null {
  if (request.closedNotice) return request.closedNotice;
  if (gone) return 'The job board no longer lists this posting.';
  if (isGoneStatus(request.httpStatus)) return `The posting's page is gone (HTTP ${request.httpStatus}).`;
  return null;
}

/**
 * What this visit saw of a saved job's being open, written when it differs from what is
 * stored: closed with the reason, or open again (only when the posting itself was read, so a
 * page that merely failed to show never reopens a closed job). Only what the visit reads
 * anyway counts (the page, and on Greenhouse the board API the badge asks): nothing is ever
 * fetched to find this out. A failed write is logged, never breaks the badge.
 */
async function markSeen(context: HandlerContext, saved: JobSummary | undefined, reason: string | null, postingRead: boolean): Promise<ClosedMark | null> {
  if (!saved) return null;
  if (reason === null && !postingRead) return saved.closed;
  if ((saved.closed?.reason ?? null) === reason) return saved.closed;
  const mark = reason === null ? null : { seenAt: context.now().toISOString(), reason };
  try {
    await setClosed(context.db, saved.id, mark);
  } catch (error) {
    console.warn(`[jobmark] could not mark saved job ${saved.id} ${mark ? 'closed' : 'open'}`, error);
  }
  return mark;
}

/**
 * The API's posting is richer (pay ranges as data, the text behind a cross-origin iframe),
 * but it is saved under the page's address, so the same job saved from the page or the API
 * is one record.
 */
function preferApi(fromApi: RawPosting | null, fromPage: RawPosting | null, pageUrl: string): RawPosting | null {
  if (!fromApi) return fromPage;
  return { ...fromApi, url: fromPage?.url ?? pageUrl };
}

function displayOf(settings: AnnotateSettings, siteId: string): BadgeDisplay {
  return {
    siteEnabled: !settings.disabledSites.includes(siteId),
    highlightsEnabled: settings.highlightsEnabled,
    badgeCollapsed: settings.badgeCollapsed,
    badgeCorner: settings.badgeCorner,
  };
}
