/*
 * Finding schema.org JobPosting nodes in parsed JSON-LD, without Zod: the extension's content
 * script collects the nodes of a page with this (src/sites/page-json-ld.ts) and leaves the
 * field mapping (json-ld-posting.ts, which needs zod/mini) to the background.
 */

/** Nesting deeper than this is not how JSON-LD is written; stop rather than recurse forever. */
export const MAX_JSON_LD_DEPTH = 6;
/** Arrays and objects visited at most, so a huge @graph costs a bounded walk. */
const MAX_VISITED = 1000;
/** An @type list longer than this is not one a posting writes. */
const MAX_TYPES = 20;

/** The JobPosting nodes of parsed JSON-LD (a single object, an array, or a @graph), in document order. */
export function jobPostingNodes(value: unknown): unknown[] {
  const found: unknown[] = [];
  let visited = 0;
  const visit = (node: unknown, depth: number) => {
    if (depth > MAX_JSON_LD_DEPTH || visited >= MAX_VISITED) return;
    visited++;
    if (Array.isArray(node)) {
      for (const item of node) visit(item, depth + 1);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (isJobPostingType(record['@type'])) found.push(node);
    if (record['@graph'] !== undefined) visit(record['@graph'], depth + 1);
  };
  visit(value, 0);
  return found;
}

/** "JobPosting", "schema:JobPosting", "https://schema.org/JobPosting", or a list holding one. */
export function isJobPostingType(type: unknown): boolean {
  if (Array.isArray(type)) return type.slice(0, MAX_TYPES).some((item) => typeof item === 'string' && isJobPostingName(item));
  return typeof type === 'string' && isJobPostingName(type);
}

function isJobPostingName(type: string): boolean {
  return type === 'JobPosting' || type.endsWith('/JobPosting') || type.endsWith(':JobPosting');
}
