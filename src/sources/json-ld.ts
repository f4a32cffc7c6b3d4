import type { RawPosting } from '../core/raw-posting';
import { descriptionToSections } from './html-description';
import { scanHtml } from './html-tokens';
import { jobPostingNodes } from './json-ld-nodes';
import { mapJsonLdPosting, type JsonLdReaders } from './json-ld-posting';
import { parseJsonLenient } from './json-lenient';
import { textField } from './text-field';

/*
 * JSON-LD in files and saved pages. The field mapping itself lives in json-ld-posting.ts,
 * free of any HTML parser, and takes its text readers as an argument; the extension's
 * background maps the nodes a content script collected with the same FILE_READERS.
 */
export { jobPostingNodes } from './json-ld-nodes';
export { looksLikeJsonLd, numberFrom } from './json-ld-posting';

/** htmlparser2 for descriptions, the entities table for one-line fields: no DOM needed. */
export const FILE_READERS: JsonLdReaders = { sections: descriptionToSections, text: textField };

/**
 * The JobPosting JSON-LD blocks of an HTML page, each parsed on its own (a broken block is
 * skipped, not thrown) and flattened through arrays and @graph.
 */
export function extractJsonLdPostings(html: string): unknown[] {
  return jsonLdBlocks(html).flatMap(jobPostingNodes);
}

/** Every JSON-LD block of a page that parses, whatever its type. */
export function jsonLdBlocks(html: string): unknown[] {
  const blocks: unknown[] = [];
  let collecting: string[] | null = null;
  scanHtml(html, {
    openTag(name, attributes) {
      if (name === 'script' && (attributes.type ?? '').toLowerCase().includes('ld+json')) collecting = [];
    },
    closeTag(name) {
      if (name !== 'script' || collecting === null) return;
      const parsed = parseJsonLenient(collecting.join(''));
      if (parsed !== undefined) blocks.push(parsed);
      collecting = null;
    },
    text(text) {
      collecting?.push(text);
    },
  });
  return blocks;
}

/** The titled postings of parsed JSON-LD (an object, an array or a @graph). */
export function parseJsonLd(value: unknown, fallbackUrl: string | null = null): RawPosting[] {
  return jobPostingNodes(value).flatMap((node) => {
    const posting = jsonLdToPosting(node, fallbackUrl);
    return posting ? [posting] : [];
  });
}

/** A JobPosting node → RawPosting, or null without a title (a posting must be named). */
export function jsonLdToPosting(node: unknown, fallbackUrl: string | null = null): RawPosting | null {
  return mapJsonLdPosting(node, FILE_READERS, fallbackUrl);
}
