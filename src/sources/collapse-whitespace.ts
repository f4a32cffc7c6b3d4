/** Whitespace that collapsing would change: any but a space, or two spaces in a row. */
const NEEDS_COLLAPSE = /[^\S ]| {2}/;
const WHITESPACE_RUN = /\s+/g;

/**
 * Runs of whitespace to one space, as `text.replace(/\s+/g, ' ')` does — but most lines
 * and fields have nothing to collapse, and a test is much cheaper than a replace that
 * rebuilds the string at every single space.
 */
export function collapseWhitespace(text: string): string {
  return NEEDS_COLLAPSE.test(text) ? text.replace(WHITESPACE_RUN, ' ') : text;
}
