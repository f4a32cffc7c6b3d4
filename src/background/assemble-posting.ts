import type { RawPosting } from '../core/raw-posting';
import { mapJsonLdPosting, type JsonLdReaders } from '../sources/json-ld-posting';
import type { PagePosting } from '../sites/page-posting';
import { sitePosting } from './site-posting';

/**
 * A page's posting from what its content script sent: the first JobPosting node that maps
 * is the base and the site's fields fill what it misses (generic first, site second —
 * sitePosting). The generic JSON-LD adapter reads no site fields, so its posting is the
 * mapped node as it is, saved under the node's own URL when it names one. Null without a
 * title. Pure: the background passes FILE_READERS (src/sources/json-ld.ts); tests of page
 * fixtures may pass the DOM readers (test/support/dom-readers.ts).
 */
export function assemblePosting(page: PagePosting, readers: JsonLdReaders): RawPosting | null {
  const base = firstJsonLdPosting(page.jsonLd, readers, page.url);
  if (page.source === 'jsonld') return base;
  return sitePosting(page.source, page.url, base, page.site);
}

/** The first node that maps to a posting (it has a title); `fallbackUrl` when it names no URL. */
export function firstJsonLdPosting(nodes: readonly unknown[], readers: JsonLdReaders, fallbackUrl: string): RawPosting | null {
  for (const node of nodes) {
    const posting = mapJsonLdPosting(node, readers, fallbackUrl);
    if (posting) return posting;
  }
  return null;
}
