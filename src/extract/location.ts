import { cleanInline, INLINE_MAX_CHARS, repairMojibake } from './normalize-text';

/** The markers job boards put in front of a location (RemoteWLB's "`🌎 Pakistan`"). */
const MARKED_SPAN = /`[^`\n]{0,20}(?:🌎|🌍|🌏|📍)[^`\n]{0,500}`/u;

/** "Location:", "Locations -", "Job location:" before the place itself. */
const LOCATION_PREFIX = /^(?:job |work |office )?locations?(?:\s{0,5}[:\-–—]\s{0,5}|$)/i;

/**
 * The location as the posting writes it, cleaned: no backticks or emoji markers, no
 * "Location:" prefix, single spaces, ", " between parts, empty and repeated parts dropped
 * ("remote,Remote" → "Remote"). Null when nothing is left.
 */
export function cleanLocation(raw: string | null): string | null {
  if (raw === null) return null;
  const cleaned = cleanInline(markedSpan(repairMojibake(raw.slice(0, INLINE_MAX_CHARS)))).replace(LOCATION_PREFIX, '');
  // Most locations are one place ("Remote", "Berlin"): without a comma there is nothing to
  // split, de-duplicate or join, and the steps below would hand back the text trimmed.
  if (!cleaned.includes(',')) return cleaned.trim() === '' ? null : cleaned.trim();
  const locations = withoutPrefixes(uniqueIgnoringCase(boardLocations(cleaned)));
  const location = withoutRepeatedNeighbours(partsOf(locations)).join(', ');
  return location === '' ? null : location;
}

/**
 * The locations of a board list, each as its trimmed parts joined by ", ": a comma with no
 * space after it separates whole locations ("Ottawa, Canada,Remote"), a comma and a space
 * separates the parts of one location. Cut with indexOf: a split at /,(?! )/ builds a new
 * sticky regex on every call and was most of the time spent on locations.
 */
function boardLocations(text: string): string[] {
  const locations: string[] = [];
  let start = 0;
  for (let comma = text.indexOf(','); comma !== -1; comma = text.indexOf(',', comma + 1)) {
    if (text.charCodeAt(comma + 1) === SPACE) continue;
    locations.push(trimmedList(text.slice(start, comma)));
    start = comma + 1;
  }
  locations.push(trimmedList(text.slice(start)));
  return locations;
}

const SPACE = 32;

function trimmedList(text: string): string {
  if (!text.includes(',')) return text.trim();
  return text.split(',').map((part) => part.trim()).filter((part) => part !== '').join(', ');
}

/** Every part of every location, in order: "Paris, France" gives "Paris" and "France". */
function partsOf(locations: readonly string[]): string[] {
  const parts: string[] = [];
  for (const location of locations) {
    if (!location.includes(',')) parts.push(location);
    else for (const part of location.split(',')) parts.push(part.trim());
  }
  return parts;
}

/**
 * When a board line carries several badges ("`💰 ~0k` `🌎 Ottawa, Canada`"), only the one
 * with the location marker is the location.
 */
function markedSpan(text: string): string {
  return text.includes('`') ? (MARKED_SPAN.exec(text)?.[0] ?? text) : text;
}

/**
 * Locations in their first order, each once. Letter case does not make one new; of the
 * spellings, one that starts with a capital wins ("remote,Remote" → "Remote").
 */
function uniqueIgnoringCase(items: readonly string[]): string[] {
  const byKey = new Map<string, string>();
  for (const item of items) {
    if (item === '') continue;
    const key = item.toLowerCase();
    const seen = byKey.get(key);
    if (seen === undefined || (!startsWithCapital(seen) && startsWithCapital(item))) byKey.set(key, item);
  }
  return [...byKey.values()];
}

/**
 * A location that only starts another one says nothing more: "remote,Remote EMEA" →
 * "Remote EMEA" (boards prepend a bare "remote" tag to the real label).
 */
function withoutPrefixes(items: readonly string[]): string[] {
  // Every pair is compared; a list this long is not a list of places any more.
  if (items.length > 100 || items.length < 2) return [...items];
  const lower = items.map((item) => item.toLowerCase());
  return items.filter((_, i) => !lower.some((other, j) => j !== i && startsAnother(lower[i] ?? '', other)));
}

/** "remote" starts "remote emea" (a word follows); it does not start "remoteness". */
function startsAnother(own: string, other: string): boolean {
  return other.length > own.length && other.startsWith(own) && !LETTER_OR_DIGIT.test(other.charAt(own.length));
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * "Berlin, Berlin, Germany" → "Berlin, Germany". Only a part repeated right after itself
 * goes: "San Jose, CA, …, San Francisco, CA" needs its second "CA".
 */
function withoutRepeatedNeighbours(parts: readonly string[]): string[] {
  const out: string[] = [];
  for (const part of parts) {
    if (part === '') continue;
    const previous = out[out.length - 1];
    if (previous !== undefined && previous.toLowerCase() === part.toLowerCase()) {
      if (!startsWithCapital(previous) && startsWithCapital(part)) out[out.length - 1] = part;
      continue;
    }
    out.push(part);
  }
  return out;
}

function startsWithCapital(text: string): boolean {
  const first = text.charAt(0);
  return first !== first.toLowerCase();
}
