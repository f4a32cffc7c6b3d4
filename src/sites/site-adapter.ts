import type { Source } from '../core/job';
import type { PagePosting } from './page-posting';

/**
 * One job site, registered once: how it is named, where the content script runs for it, how
 * to recognise its pages and how to read a posting off one. Each adapter lives in its own file
 * (src/sites/<id>.ts) with fixtures in test/fixtures/sites/<id>/, and reads top to bottom in
 * one screen (DESIGN.md §4.1). The manifest's matches, the options page's site list and the
 * popup's labels are all derived from the registry (registry.ts), so a site is one entry there.
 */
export interface SiteAdapter {
  /** Also the `source` of the posting read from it, so a saved job says which site it came from. */
  readonly id: Source;
  /** How the site is named to the user (options page, popup, diagnostics). */
  readonly label: string;
  /**
   * Match patterns of the site's pages (https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns).
   * Sites granted at install go into the manifest's content-script matches; the registry test
   * fails when an example URL is not covered by one of them.
   */
  readonly matches: readonly string[];
  /**
   * 'install': the content script runs there from install (the big boards and ATS hosts).
   * 'ask': the user grants the site on the options page or from the popup (optional host
   * permission), because its host also serves private apps (an HR system's employee pages).
   */
  readonly access: 'install' | 'ask';
  /** Real URL shapes of the site's posting pages; the registry test checks each matches only this adapter. */
  readonly exampleUrls: readonly string[];
  /** Posting URLs on other hosts (company pages embedding the site's board): read only with all-sites access. */
  readonly embeddedExampleUrls?: readonly string[];
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
  /**
   * What the adapter reads from, each found on the page or not (an "About the job" heading, a
   * /company/ link): the diagnostic the popup offers to copy when the page reads as nothing.
   * Names only, never page text.
   */
  signals?(doc: Document, url: URL): Record<string, boolean>;
  /**
   * Listing marks: on the site's search results and board indexes, where a card's job link
   * leads, as the address that posting is saved under — so a card of a saved job can show
   * its status. Null for links that are not postings. Sites without it get no marks.
   */
  listingPostingUrl?(link: URL): string | null;
  /** Real URL shapes of the site's listings (search results, board indexes): never a badge there. */
  readonly listingExampleUrls?: readonly string[];
}
