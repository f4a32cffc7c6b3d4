import type { PagePosting } from '../sites/page-posting';

/**
 * Where the on-demand any-page script (entrypoints/any-page.content) leaves its reader for
 * the job-page content script: both run in the extension's isolated world of the tab, so
 * they share its globals, and the always-on script never bundles Readability.
 */
export const ANY_PAGE_READER = Symbol.for('jobmark.read-any-posting');

export type AnyPageReaderScope = typeof globalThis & {
  [ANY_PAGE_READER]?: (doc: Document, url: URL) => PagePosting | null;
};

/** The any-page reading of this document, or null when the reader was not injected (or finds nothing). */
export function readAnyPageIfInjected(doc: Document, url: URL): PagePosting | null {
  const read = (globalThis as AnyPageReaderScope)[ANY_PAGE_READER];
  if (!read) return null;
  try {
    return read(doc, url);
  } catch (error) {
    console.warn('[jobmark] the any-page reader failed', error);
    return null;
  }
}
