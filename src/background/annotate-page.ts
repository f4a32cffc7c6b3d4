import type { RawPosting } from '../core';
import { dealBreakerConflicts } from '../compare/deal-breaker-conflicts';
import { matchJob } from '../compare/match';
import { highlightTerms } from './highlight-terms';
import { getJob } from '../db/job-reads';
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
  const savedEarly = likelyId === null ? null : getJob(context.db, likelyId);
  savedEarly?.catch(() => undefined); // a failure is reported where it is awaited
  // Everything that does not depend on the posting is read at once, in parallel.
  const [settings, fromApi] = await Promise.all([
    (context.readSettings ?? readAnnotateSettings)(),
    request.greenhouse
      ? fetchGreenhousePosting(request.greenhouse, { fetch: context.fetch, timeoutMs: GREENHOUSE_API_TIMEOUT_MS })
      : null,
  ]);
  const display = displayOf(settings, request.siteId);
  if (request.apiRefinement && !fromApi) return { posting: null, display };
  // The JSON-LD mapping runs here, not in the content script, whose size budget it would blow.
  const fromPage = request.page ? assemblePosting(request.page, FILE_READERS) : null;
  const posting = preferApi(fromApi, fromPage, request.pageUrl);
  if (!posting || !display.siteEnabled) return { posting: null, display };

  const job = normalizeJob(posting, { now: context.now() });
  const saved = savedEarly && job.id === likelyId ? await savedEarly : await getJob(context.db, job.id);
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
    display,
  };
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
