/*
 * How much of a page a content script may send the background in one PagePosting: the
 * schema (page-posting.ts) refuses more. JSON-LD is collected within these limits
 * (page-json-ld.ts); the site's fields are far below them on any real page. No Zod here:
 * the content script imports this file. (Constants, not one object: the minifier inlines them.)
 */

/** Title, company, location, a salary line: a field longer than this is not one. */
export const MAX_PAGE_FIELD = 10_000;
export const MAX_PAGE_SECTIONS = 500;
export const MAX_PAGE_HEADING = 2_000;
/** All section text together; a real description is a few kilobytes. */
export const MAX_PAGE_SECTIONS_TEXT = 2_000_000;
/** JobPosting nodes; a posting page has one, a job board's search page a handful. */
export const MAX_PAGE_JSON_LD_NODES = 10;
/** All JobPosting nodes together, measured as JSON text. */
export const MAX_PAGE_JSON_LD_CHARS = 500_000;
