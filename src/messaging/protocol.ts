import { z } from 'zod';
import { ClosedMark, Job, JobStatus, ListingMark, PostingChange, RawPosting, SavedJob } from '../core';
import { Conflict } from '../compare/conflict';
import { MatchResult } from '../compare/match-result';
import { HighlightTerm } from '../core/highlight-term';
import { BadgeCorner } from '../settings/display-settings';
import { PagePosting } from '../sites/page-posting';
import type { ReaderPart } from '../sites/reader-part';

/** A Greenhouse posting the job-board API can be asked for (board token + numeric id). */
export const GreenhouseRef = z.object({
  board: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/),
  id: z.string().regex(/^\d{1,20}$/),
});

/** How the user wants the on-page badge; read by the content script in the annotate answer. */
export const BadgeDisplay = z.object({
  siteEnabled: z.boolean(),
  highlightsEnabled: z.boolean(),
  badgeCollapsed: z.boolean(),
  badgeCorner: BadgeCorner,
});
export type BadgeDisplay = z.infer<typeof BadgeDisplay>;

/**
 * The parts of the content script (src/content/content-parts.ts): a reader part per group of
 * sites (src/sites/reader-part.ts), and the badge. A page may ask for one by its name only.
 */
export const ContentPart = z.enum(['readers-linkedin', 'readers-boards', 'readers-ats', 'readers-ask', 'badge']);
export type ContentPart = z.infer<typeof ContentPart>;
// Fails to compile when the list above and the reader parts drift apart.
type EveryPart = `readers-${ReaderPart}` | 'badge';
const _everyPartListed: [ContentPart, EveryPart] extends [EveryPart, ContentPart] ? true : never = true;
void _everyPartListed;

/** A page sends its cards in batches of at most this many (a results page shows 25 to 60). */
export const MAX_MARKS_PER_REQUEST = 500;

/**
 * Every message between the extension's contexts. Messages are untrusted input (a content
 * script runs inside the job site's page), so each one is parsed with this union before
 * anything acts on it. Types read `noun/verb`.
 */
export const Request = z.discriminatedUnion('type', [
  /** A content script found a posting: turn it into a Job with the one extraction core. */
  z.object({ type: z.literal('posting/analyze'), raw: RawPosting }),
  /**
   * A content script read a page: assemble its posting from the site's fields and JSON-LD
   * (`page`, null when the page shows none), analyse it (asking the Greenhouse API first when
   * `greenhouse` is known) and answer everything the badge and highlights need at once.
   */
  z.object({
    type: z.literal('page/annotate'),
    pageUrl: z.string().url().max(8_192),
    siteId: z.string().min(1).max(40),
    page: PagePosting.nullable(),
    greenhouse: GreenhouseRef.nullable(),
    /**
     * The badge already shows the page's reading and asks only for the Greenhouse API's:
     * when the API has nothing, the answer is `posting: null` and the badge stays as it is.
     */
    apiRefinement: z.boolean().optional(),
    /** The Greenhouse API's reading follows this one: what changed since saving waits for it. */
    refinementFollows: z.boolean().optional(),
    /** The page's own words saying the posting is closed (closed-notice.ts), read from its top. */
    closedNotice: z.string().min(1).max(300).nullable().optional(),
    /** The HTTP status the page came with, when the browser tells it (404 and 410: gone). */
    httpStatus: z.number().int().min(100).max(599).nullable().optional(),
  }),
  /** The badge changed how it wants to be shown (collapse, corner, highlights, this site off). */
  z.object({
    type: z.literal('display/update'),
    highlightsEnabled: z.boolean().optional(),
    badgeCollapsed: z.boolean().optional(),
    badgeCorner: BadgeCorner.optional(),
    disableSite: z.string().min(1).max(40).optional(),
  }),
  /** Content scripts cannot open the options page themselves. */
  z.object({ type: z.literal('options/open') }),
  /** A content script's part, injected into the sender's own frame (a content script cannot). */
  z.object({ type: z.literal('page/inject-part'), part: ContentPart }),
  /** Analyse a posting and save it; saving it again refreshes it and keeps the user's fields. */
  z.object({ type: z.literal('jobs/save'), raw: RawPosting }),
  /** Is the page at this URL saved? (the badge shows "Saved" on later visits) */
  z.object({ type: z.literal('jobs/lookup'), url: z.string().min(1).max(8_192) }),
  /** Listing marks: which of these posting URLs (a page's job cards) are saved, at what status, and whether seen closed. */
  z.object({ type: z.literal('jobs/marks'), urls: z.array(z.string().min(1).max(2_048)).max(MAX_MARKS_PER_REQUEST) }),
  /** Every saved job, newest first. */
  z.object({ type: z.literal('jobs/list') }),
  /** Delete a job; the answer carries it, so the UI can offer "Undo". */
  z.object({ type: z.literal('jobs/delete'), id: z.string().min(1) }),
  /** Undo a delete: put back the record jobs/delete answered with. */
  z.object({ type: z.literal('jobs/restore'), record: SavedJob }),
  /** Change the user's own fields of a saved job. */
  z
    .object({
      type: z.literal('jobs/update'),
      id: z.string().min(1),
      status: JobStatus.optional(),
      note: SavedJob.shape.note.optional(),
    })
    .refine((request) => request.status !== undefined || request.note !== undefined, {
      message: 'give a status or a note to change',
    }),
]);
export type Request = z.infer<typeof Request>;
export type RequestType = Request['type'];
/** The request of one type, e.g. `RequestOf<'jobs/update'>`. */
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

export const AnalyzeResponse = z.object({ job: Job });
export type AnalyzeResponse = z.infer<typeof AnalyzeResponse>;

/** The annotate answer: null posting when the page has none (the content script stays quiet). */
export const AnnotateResponse = z.union([
  z.object({ posting: z.null(), display: BadgeDisplay }),
  z.object({
    /** The posting the job came from (the API's when it answered): what Save sends back. */
    posting: RawPosting,
    job: Job.omit({ sections: true }),
    match: MatchResult,
    /** Where the posting's deal-breakers meet the profile and the user falls short. */
    conflicts: z.array(Conflict).max(40),
    terms: z.array(HighlightTerm).max(200),
    savedAt: z.string().nullable(),
    /** What the posting says differently from the saved job (none when it is not saved). */
    changes: z.array(PostingChange).max(20),
    /** The posting is closed, by the page's words or the job board; null when nothing says so. */
    closed: ClosedMark.nullable(),
    display: BadgeDisplay,
  }),
]);
export type AnnotateResponse = z.infer<typeof AnnotateResponse>;

/** What each request type is answered with when it succeeds. */
export const RESPONSES = {
  'page/annotate': AnnotateResponse,
  'display/update': z.object({ display: BadgeDisplay.omit({ siteEnabled: true }) }),
  'options/open': z.object({ opened: z.literal(true) }),
  'page/inject-part': z.object({ injected: z.literal(true) }),
  'posting/analyze': AnalyzeResponse,
  'jobs/save': z.object({ record: SavedJob, created: z.boolean() }),
  'jobs/lookup': z.object({ record: SavedJob.nullable() }),
  /** Keyed by the URLs asked about; a URL of no saved job is left out. */
  'jobs/marks': z.object({ marks: z.record(z.string(), ListingMark) }),
  'jobs/list': z.object({ records: z.array(SavedJob) }),
  /** `record` is null when there was no such (valid) job. */
  'jobs/delete': z.object({ record: SavedJob.nullable() }),
  'jobs/restore': z.object({ record: SavedJob }),
  /** `record` is null when there was no such (valid) job. */
  'jobs/update': z.object({ record: SavedJob.nullable() }),
} satisfies Record<RequestType, z.ZodType>;

export type ResponseFor<T extends RequestType> = z.infer<(typeof RESPONSES)[T]>;
export type Response = ResponseFor<RequestType>;

/**
 * What a handler answers when the request was malformed or could not be carried out; the
 * message is written for the user (the caller decides how to show it).
 */
export const ErrorResponse = z.object({ error: z.string() });
export type ErrorResponse = z.infer<typeof ErrorResponse>;
