import type { Source } from '../core/job';
import type { PagePosting } from './page-posting';

/**
 * One job site: how to recognise its pages and how to read a posting off one. Each adapter
 * lives in its own file (src/sites/<id>.ts) with fixtures in test/fixtures/sites/<id>/, and
 * reads top to bottom in one screen (DESIGN.md §4.1).
 */
export interface SiteAdapter {
  /** Also the `source` of the posting read from it, so a saved job says which site it came from. */
  readonly id: Source;
  /** Real URL shapes of the site's posting pages; the registry test checks each matches only this adapter. */
  readonly exampleUrls: readonly string[];
  /** Cheap: runs on every navigation, before the page is read. */
  matchesUrl(url: URL): boolean;
  /**
   * What the page says about its posting — the site's fields and the page's JobPosting
   * JSON-LD, still unmapped (makePagePosting) — or null when there is none, or none yet: a
   * page that renders client-side returns null until the posting is in the DOM, and the
   * caller retries. The background turns it into a RawPosting (assemblePosting), so the
   * content script carries no JSON-LD mapping. Reads the `doc` it is given (never the
   * global `document`) and sets nothing as HTML.
   */
  extract(doc: Document, url: URL): PagePosting | null;
}
