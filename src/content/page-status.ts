import { pageJobPostingNodes } from '../sites/page-json-ld';
import type { SiteAdapter } from '../sites/site-adapter';

/**
 * What the content script can tell the popup about its page, so that a known site whose
 * adapter found nothing is not silent. Carries no page text: only the address, which
 * adapter ran, and which of the signals it reads from were there.
 */
export interface PageStatus {
  url: string;
  /** The site adapter for this address, or null when none claims it (the JSON-LD reader ran). */
  site: { id: string; label: string } | null;
  /**
   * 'reading': still waiting for the page to show its posting; 'badge': shown; 'listing': a
   * results page, no posting to show; 'no-posting': read, and nothing was a posting;
   * 'gave-up': the page never showed one within the time allowed; 'off': the user turned the site off.
   */
  state: 'reading' | 'badge' | 'listing' | 'no-posting' | 'gave-up' | 'off';
  /** How long the script waited for the posting, in ms. */
  waitedMs: number;
  /** Each signal the reading looks for, found or not. */
  signals: Record<string, boolean>;
}

/** The signals every page is checked for, then the adapter's own (SiteAdapter.signals). */
export function pageSignals(doc: Document, url: URL, adapter: SiteAdapter | null): Record<string, boolean> {
  const signals: Record<string, boolean> = {
    'job id in the address': adapter?.matchesUrl(url) ?? false,
    'JSON-LD JobPosting': pageJobPostingNodes(doc).length > 0,
    'h1 heading': doc.querySelector('h1') !== null,
    'document title': doc.title.trim() !== '',
    'main landmark': doc.querySelector('main, [role="main"]') !== null,
  };
  try {
    Object.assign(signals, adapter?.signals?.(doc, url));
  } catch (error) {
    signals['adapter signals readable'] = false;
    console.warn('[jobmark] could not check the site’s signals', error);
  }
  return signals;
}
