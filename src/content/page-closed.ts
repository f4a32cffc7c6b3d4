import { closedNotice } from '../extract/closed-notice';

/** How much of the page's text, from the top, may hold a "no longer accepting applications" banner. */
const TOP_TEXT_CHARS = 6_000;

/**
 * What the page itself says of the posting's being closed: its own words near the top (a
 * banner, the top card), and the HTTP status it was served with when the browser tells it
 * (`initialLoad`: an in-app navigation has no status of its own). Only the words that say
 * "closed" leave the page, never any other text.
 */
export function pageClosedSignals(doc: Document, initialLoad: boolean): { closedNotice: string | null; httpStatus: number | null } {
  return { closedNotice: closedNotice(`${doc.title}\n${topText(doc, TOP_TEXT_CHARS)}`), httpStatus: pageHttpStatus(initialLoad) };
}

/** The HTTP status the document was served with, when the browser tells it; null after an in-app navigation. */
export function pageHttpStatus(initialLoad: boolean): number | null {
  if (!initialLoad) return null;
  const entry = performance.getEntriesByType?.('navigation')[0] as (PerformanceNavigationTiming & { responseStatus?: number }) | undefined;
  const status = entry?.responseStatus;
  return typeof status === 'number' && status >= 100 && status <= 599 ? status : null;
}

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);

/** The page's visible-ish text from the top, one line per text node, up to `limit` characters (a huge page costs no more). */
function topText(doc: Document, limit: number): string {
  if (!doc.body) return '';
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node && text.length < limit; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && SKIPPED.has(parent.tagName.toUpperCase())) continue;
    const value = node.nodeValue?.trim();
    if (value) text += `${value}\n`;
  }
  return text.slice(0, limit);
}
