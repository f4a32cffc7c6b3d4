import { ashby } from './ashby';
import { bamboohr } from './bamboohr';
import { glassdoor } from './glassdoor';
import { greenhouse } from './greenhouse';
import { indeed } from './indeed';
import { jsonLd } from './json-ld';
import { lever } from './lever';
import { linkedin } from './linkedin';
import { personio } from './personio';
import { recruitee } from './recruitee';
import { seek } from './seek';
import { matchPatternCovers } from './match-pattern';
import type { PagePosting } from './page-posting';
import type { SiteAdapter } from './site-adapter';
import { smartrecruiters } from './smartrecruiters';
import { stepstone } from './stepstone';
import { teamtailor } from './teamtailor';
import { welcomeToTheJungle } from './welcome-to-the-jungle';
import { wellfound } from './wellfound';
import { workable } from './workable';
import { workday } from './workday';

/**
 * Every adapter, in the order they are tried. Site adapters match by URL and no two match the
 * same URL (registry.test.ts checks it); the generic JSON-LD adapter matches every web page
 * and decides by content, so it comes last.
 */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [
  greenhouse,
  lever,
  ashby,
  workable,
  smartrecruiters,
  workday,
  linkedin,
  indeed,
  glassdoor,
  seek,
  stepstone,
  welcomeToTheJungle,
  wellfound,
  teamtailor,
  recruitee,
  personio,
  bamboohr,
  jsonLd,
];

/** The match patterns the manifest's content script runs on from install (matches.ts). */
export const INSTALL_MATCHES: readonly string[] = SITE_ADAPTERS.filter((adapter) => adapter.access === 'install').flatMap((adapter) => adapter.matches);

/** The sites the user grants one by one (optional host permissions); all-sites access is apart. */
export const ASK_SITES: readonly SiteAdapter[] = SITE_ADAPTERS.filter((adapter) => adapter.access === 'ask' && adapter !== jsonLd);

/** The adapters that may read a page at this URL, in the order to try them (JSON-LD last). */
export function findAdapters(url: URL): SiteAdapter[] {
  return SITE_ADAPTERS.filter((adapter) => safeMatches(adapter, url));
}

export interface ExtractOptions {
  /** Where a failing adapter is reported; console.warn unless a test or caller says otherwise. */
  onAdapterError?: (adapterId: string, error: unknown) => void;
}

/** The sites whose search results and board indexes get listing marks. */
export const LISTING_ADAPTERS: readonly SiteAdapter[] = SITE_ADAPTERS.filter((adapter) => adapter.listingPostingUrl);

/** The listing sites whose hosts `url` is on: where the content script looks for job cards. */
export function listingAdaptersFor(url: URL): SiteAdapter[] {
  return LISTING_ADAPTERS.filter((adapter) => adapter.matches.some((pattern) => matchPatternCovers(pattern, url)));
}

/**
 * What a page says about its posting (see SiteAdapter.extract): the first matching adapter
 * that finds one wins. An adapter that
 * throws (its site changed under it) is reported with its id and skipped, so one broken
 * site neither breaks the others nor fails silently.
 */
export function extractPosting(doc: Document, url: URL, options: ExtractOptions = {}): { adapter: SiteAdapter; page: PagePosting } | null {
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
