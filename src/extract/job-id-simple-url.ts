/**
 * The canonical form of a plain posting URL, computed with string operations instead of
 * `new URL`. Building a URL object and its URLSearchParams, then serialising both, costs more
 * than the rest of `jobId`, and almost every posting URL is plain: lower-case http(s), a
 * dotted host name, a path that needs no normalising, and a query of simple name=value pairs.
 *
 * This only answers when it can be sure to give exactly what the WHATWG URL parser and
 * URLSearchParams would (see `canonicalParsedUrl`, which the tests hold it to); otherwise it
 * returns null and the caller parses.
 */

/**
 * http or https in lower case; a host of dot-separated letter-digit-hyphen labels (no port,
 * no user info); a path of characters the URL parser keeps as they are; a query of characters
 * that survive URLSearchParams' decode and re-encode unchanged ("+" decodes to a space and
 * encodes back to "+"); any fragment. Every repetition is bounded and no two can match the
 * same characters, so the match is linear.
 */
const SIMPLE_URL =
  /^(https?:\/\/)([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,20})(\/[A-Za-z0-9\-._~!$&'()*+,;=:@/%]{0,4000})?(?:\?([A-Za-z0-9*\-._+=&]{0,4000}))?(?:#[^]{0,100000})?$/;

/** The last label is all letters, so the host is never read as an IPv4 address ("1.2.3", "0x7f.1" are rewritten). */
const LAST_LABEL_LETTERS = /\.[a-z]{1,63}$/;

/**
 * A host the parser keeps as written. SIMPLE_URL has already limited it to non-empty labels
 * of letters, digits and hyphens; here no label may start or end with a hyphen or be
 * punycode ("xn--", which the parser validates), and the last label must be all letters.
 */
function isPlainHost(host: string): boolean {
  return (
    LAST_LABEL_LETTERS.test(host) &&
    !host.startsWith('-') &&
    !host.includes('-.') &&
    !host.includes('.-') &&
    !host.startsWith('xn--') &&
    !host.includes('.xn--')
  );
}

/**
 * A path with a "." or ".." segment, or an escaped dot that could make one ("%2e"): the
 * parser resolves those, so such paths are left to it.
 */
function mayHaveDotSegment(path: string): boolean {
  return path.includes('/.') || path.includes('%2e') || path.includes('%2E');
}

interface QueryPair {
  /** The name as URLSearchParams decodes it ("+" is a space): what tracking and sorting see. */
  name: string;
  /** The pair as URLSearchParams serialises it: the written name and value, "=" always present. */
  written: string;
}

/**
 * The query as URLSearchParams leaves it after removing tracking parameters and sorting (by
 * decoded name, stably), or null when a value holds "=" (which would be re-encoded as %3D).
 */
function cleanQuery(query: string, isTracking: (name: string) => boolean): string | null {
  const pairs: QueryPair[] = [];
  for (const part of query.split('&')) {
    if (part === '') continue;
    const equals = part.indexOf('=');
    const writtenName = equals < 0 ? part : part.slice(0, equals);
    if (equals >= 0 && part.indexOf('=', equals + 1) >= 0) return null;
    const name = writtenName.replaceAll('+', ' ');
    if (isTracking(name)) continue;
    pairs.push({ name, written: equals < 0 ? `${part}=` : part });
  }
  // Array.prototype.sort is stable, and < compares code units, as URLSearchParams.sort does.
  pairs.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return pairs.map((pair) => pair.written).join('&');
}

/**
 * The canonical form of a trimmed `url` (see `canonicalJobUrl`: no fragment, no tracking
 * parameters, parameters sorted, no trailing slash), or null when the URL is not plain
 * enough to be sure of it without the URL parser.
 */
export function canonicalSimpleUrl(url: string, isTracking: (name: string) => boolean): string | null {
  const match = SIMPLE_URL.exec(url);
  if (!match) return null;
  const [, scheme, host, rawPath, rawQuery] = match as unknown as [string, string, string, string | undefined, string | undefined];
  if (!isPlainHost(host)) return null;
  const path = rawPath ?? '/';
  if (mayHaveDotSegment(path)) return null;
  const query = rawQuery === undefined ? '' : cleanQuery(rawQuery, isTracking);
  if (query === null) return null;
  if (query !== '') return `${scheme}${host}${path}?${query}`;
  // "…/jobs/123/" and "…/jobs/123" are one page.
  return `${scheme}${host}${path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path}`;
}
