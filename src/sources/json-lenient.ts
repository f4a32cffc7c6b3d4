/** CDATA or comment wrappers pages put around JSON inside <script>. */
const OPENING_WRAPPER = /^(?:\/\*\s{0,5}<!\[CDATA\[\s{0,5}\*\/|<!\[CDATA\[|<!--)/;
const CLOSING_WRAPPER = /(?:\/\*\s{0,5}\]\]>\s{0,5}\*\/|\]\]>|-->)$/;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f]+/g;

/**
 * JSON as pages write it in <script type="application/ld+json">: sometimes wrapped in a
 * CDATA or comment marker, sometimes with raw line breaks inside strings (invalid JSON
 * that search engines accept anyway). Undefined when it still does not parse; never throws.
 */
export function parseJsonLenient(text: string): unknown {
  const trimmed = text.trim().replace(OPENING_WRAPPER, '').replace(CLOSING_WRAPPER, '').trim();
  if (trimmed === '' || (trimmed.length > DEPTH_CHECK_FROM && nestedDeeperThan(trimmed, MAX_JSON_DEPTH))) return undefined;
  try {
    return JSON.parse(trimmed);
  } catch {
    CONTROL_CHARACTERS.lastIndex = 0;
    if (!CONTROL_CHARACTERS.test(trimmed)) return undefined;
    try {
      return JSON.parse(trimmed.replace(CONTROL_CHARACTERS, ' '));
    } catch {
      return undefined;
    }
  }
}

/** Below this size JSON.parse takes well under a millisecond, however deep the nesting. */
const DEPTH_CHECK_FROM = 64 * 1024;

/** Job postings nest a few levels; JSON nested deeper is not one, and parsing it is slow. */
export const MAX_JSON_DEPTH = 64;

/**
 * Whether JSON text opens more than `limit` arrays or objects inside each other (strings
 * skipped), found in one pass so that "[[[[…" megabytes long is refused before JSON.parse.
 */
export function nestedDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c) i++;
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x5b || code === 0x7b) {
      if (++depth > limit) return true;
    } else if (code === 0x5d || code === 0x7d) depth--;
  }
  return false;
}
