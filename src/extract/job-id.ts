/**
 * A job's identity. Saving the same posting twice must update one record, so the id must
 * be the same whichever way the user reached the page: tracking parameters, fragments and
 * letter case of the host do not make another job.
 */
import { canonicalSimpleUrl } from './job-id-simple-url';

/** Query parameters that only say how the visitor arrived, never which job it is. */
const TRACKING_PARAMS = /^(utm_.*|gh_src|source|src|ref|refid|referrer|lever-source.*|lever-origin|trk|trackingid|fbclid|gclid|mc_[a-z]+)$/i;

export function isTrackingParam(name: string): boolean {
  return TRACKING_PARAMS.test(name);
}

/** The canonical form of a posting URL, or null when `url` is not an http(s) URL. */
export function canonicalJobUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const trimmed = url.trim();
  // Most posting URLs are plain enough to canonicalise without building a URL object.
  return canonicalSimpleUrl(trimmed, isTrackingParam) ?? canonicalParsedUrl(trimmed);
}

/** canonicalJobUrl by the WHATWG URL parser: the reference, and the path for any URL that is not plain. */
export function canonicalParsedUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  parsed.hash = '';
  for (const key of [...parsed.searchParams.keys()]) {
    if (isTrackingParam(key)) parsed.searchParams.delete(key);
  }
  parsed.searchParams.sort();
  let canonical = parsed.toString();
  // "…/jobs/123/" and "…/jobs/123" are one page.
  if (parsed.pathname.length > 1 && canonical.endsWith('/')) canonical = canonical.slice(0, -1);
  return canonical;
}

/**
 * cyrb53: a fast, well-distributed 53-bit string hash. Not cryptographic — it only has to
 * tell postings apart, synchronously, in every context (Node, worker, content script).
 */
export function hashString(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * The stable id of a job: its canonical URL, else a hash of what it says. `text` may be a
 * function: the posting's whole text is then only assembled when there is no URL to use.
 */
export function jobId(input: {
  url: string | null;
  title: string;
  company: string | null;
  text: string | (() => string);
}): string {
  const canonical = canonicalJobUrl(input.url);
  if (canonical) return canonical;
  const text = typeof input.text === 'function' ? input.text() : input.text;
  return `hash:${hashString([input.title, input.company ?? '', text].join('\u0000'))}`;
}
