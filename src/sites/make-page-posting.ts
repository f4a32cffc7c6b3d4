import type { Source } from '../core/job';
import type { PagePosting, SiteFields } from './page-posting';
import { jsonLdNodeHasTitle } from './page-json-ld';

/** The generic JSON-LD adapter reads nothing off the DOM. */
export const NO_SITE_FIELDS: SiteFields = { title: null, company: null, location: null, sections: [] };

/**
 * What an adapter returns: the site's fields and the page's JobPosting nodes (collected by
 * pageJobPostingNodes, within the limits the background accepts). Null when neither the site
 * nor any node names the job — a page that renders client-side has no title yet, and the
 * caller retries. The site's fields are sent as read: the schema's limits (page-posting.ts)
 * are far beyond any real posting, so a page that passes them is refused, not half-read
 * (and clipping code would cost the content script's size budget).
 */
export function makePagePosting(source: Source, url: string, jsonLd: unknown[], site: SiteFields): PagePosting | null {
  return site.title || jsonLd.some(jsonLdNodeHasTitle) ? { source, url, site, jsonLd } : null;
}
