import { matchPatternCovers } from './match-pattern';
import type { PagePosting } from './page-posting';
import type { SiteAdapter } from './site-adapter';

export interface ExtractOptions {
  /** Where a failing adapter is reported; console.warn unless a test or caller says otherwise. */
  onAdapterError?: (adapterId: string, error: unknown) => void;
}

/**
 * How a list of adapters reads pages: the whole registry (registry.ts) in the background,
 * the CLI and the tests; one reader part of them (reader-parts/) in the part of the
 * content script a page loads.
 */
export interface AdapterSet {
  /** The adapters that may read a page at this URL, in the order to try them (JSON-LD last). */
  findAdapters(url: URL): SiteAdapter[];
  /** The listing sites whose hosts `url` is on: where the content script looks for job cards. */
  listingAdaptersFor(url: URL): SiteAdapter[];
  /**
   * What a page says about its posting (see SiteAdapter.extract): the first matching adapter
   * that finds one wins. An adapter that throws (its site changed under it) is reported with
   * its id and skipped, so one broken site neither breaks the others nor fails silently.
   */
  extractPosting(doc: Document, url: URL, options?: ExtractOptions): { adapter: SiteAdapter; page: PagePosting } | null;
}

export function adapterSet(adapters: readonly SiteAdapter[]): AdapterSet {
  const listing = adapters.filter((adapter) => adapter.listingPostingUrl);
  const findAdapters = (url: URL) => adapters.filter((adapter) => safeMatches(adapter, url));
  return {
    findAdapters,
    listingAdaptersFor: (url) => listing.filter((adapter) => adapter.matches.some((pattern) => matchPatternCovers(pattern, url))),
    extractPosting(doc, url, options = {}) {
      const report = options.onAdapterError ?? defaultReport;
      for (const adapter of findAdapters(url)) {
        try {
          const page = adapter.extract(doc, url);
          if (page) return { adapter, page };
        } catch (error) {
          report(adapter.id, error);
        }
      }
      return null;
    },
  };
}

function safeMatches(adapter: SiteAdapter, url: URL): boolean {
  try {
    return adapter.matchesUrl(url);
  } catch (error) {
    defaultReport(adapter.id, error);
    return false;
  }
}

function defaultReport(adapterId: string, error: unknown): void {
  console.warn(`[jobmark] site adapter "${adapterId}" failed; trying the next one`, error);
}
