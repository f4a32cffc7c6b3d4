import { jobPostingNodes } from '../sources/json-ld-nodes';
import { parseJsonLenient } from '../sources/json-lenient';
import { MAX_PAGE_JSON_LD_CHARS, MAX_PAGE_JSON_LD_NODES } from './page-posting-limits';

/*
 * The page's JobPosting JSON-LD, collected in the content script and mapped in the
 * background (src/background/assemble-posting.ts). Zod-free on purpose: this ships on every job
 * page, whose script budget the mapping and its schemas would blow.
 */

/** A page carrying more JSON-LD blocks than this is not a job page worth reading them all. */
const MAX_BLOCKS = 50;
/** A block bigger than this (5 MB) is not a posting; skip it rather than parse it. */
const MAX_BLOCK_LENGTH = 5_000_000;

/**
 * The schema.org JobPosting nodes of a page, from its <script type="application/ld+json">
 * blocks, through arrays and @graph. Each block is parsed on its own, so a broken one (a
 * truncated template, a stray comma) is skipped and the good ones after it still count.
 * At most MAX_PAGE_JSON_LD_NODES nodes and MAX_PAGE_JSON_LD_CHARS of JSON in all, the bounds
 * the background accepts: a node that would pass them is left out, not sent to be refused.
 */
export function pageJobPostingNodes(doc: Document): unknown[] {
  const scripts = Array.from(doc.querySelectorAll('script[type]')).filter((script) =>
    (script.getAttribute('type') ?? '').toLowerCase().includes('ld+json'),
  );
  const nodes: unknown[] = [];
  let chars = 0;
  for (const script of scripts.slice(0, MAX_BLOCKS)) {
    const text = script.textContent ?? '';
    if (text.length > MAX_BLOCK_LENGTH) continue;
    const parsed = parseJsonLenient(text);
    if (parsed === undefined) continue;
    for (const node of jobPostingNodes(parsed)) {
      if (nodes.length >= MAX_PAGE_JSON_LD_NODES) return nodes;
      const length = JSON.stringify(node).length;
      if (chars + length > MAX_PAGE_JSON_LD_CHARS) continue;
      chars += length;
      nodes.push(node);
    }
  }
  return nodes;
}

/**
 * Whether a node names its job (a non-blank `title` or `name`), as the mapping requires: a
 * page whose nodes all lack one has no posting in its JSON-LD.
 */
export function jsonLdNodeHasTitle(node: unknown): boolean {
  if (node === null || typeof node !== 'object') return false;
  const { title, name } = node as { title?: unknown; name?: unknown };
  return isNonBlank(title) || isNonBlank(name);
}

function isNonBlank(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '';
}
