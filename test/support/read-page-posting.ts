import type { RawPosting } from '../../src/core/raw-posting';
import type { JsonLdReaders } from '../../src/sources/json-ld-posting';
import { assemblePosting } from '../../src/background/assemble-posting';
import { DOM_READERS } from './dom-readers';
import { extractPosting, type ExtractOptions } from '../../src/sites/registry';

/**
 * A page's posting in one call, for tests and Node tools: what the content script reads
 * (extractPosting) assembled as the background would (assemblePosting). The extension
 * itself splits the two across the message (page side, background side).
 * DOM readers by default; pass FILE_READERS (src/sources/json-ld.ts) to read as the
 * background does.
 */
export function readPagePosting(doc: Document, url: URL, options: ExtractOptions & { readers?: JsonLdReaders } = {}): RawPosting | null {
  const found = extractPosting(doc, url, options);
  return found ? assemblePosting(found.page, options.readers ?? DOM_READERS) : null;
}
