/**
 * Whether a dictionary spelling found at [start, end) stands on its own in the text, or is
 * part of a larger word or identifier ("Java" in "JavaScript", "R" in "R&D", "C" in
 * "C-level", "Go" in "Google"). Only the few characters around the hit are read, so the
 * cost per hit is constant.
 */

/** A letter, digit, combining mark or underscore: what continues a word or an identifier. */
export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const code = ch.charCodeAt(0);
  if (code < 128) {
    return (
      (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95
    );
  }
  return /[\p{L}\p{N}\p{M}]/u.test(ch);
}

/** What the boundary rules need to know about the spelling that was found. */
export interface BoundarySpelling {
  /** The spelling as the dictionary writes it ("C++", ".NET", "Go"). */
  text: string;
  /**
   * Short names and ordinary words glue into compounds ("C-suite", "R-squared",
   * "Go-to-market"), so a hyphen on either side disqualifies them; longer names in a
   * compound still mean the skill ("Python-based", "Kubernetes-native").
   */
  hyphenSensitive: boolean;
}

/** Compounds that still name the skill even for short names: "Go-based services". */
const SKILL_SUFFIXES = new Set(['based', 'native', 'powered', 'centric', 'heavy', 'first', 'only', 'specific']);

/**
 * True when the hit is a whole token. Rules, each from a case that went wrong:
 * - a letter or digit on either side extends the word ("JavaScript", "R1", "Golang");
 * - "+" or "#" after a name that ends in a letter is another language ("C" in "C#");
 * - "&" joining letters is an abbreviation ("R&D", "AT&T");
 * - "." joining words is an identifier or a host name ("github.com", "Vert.x"), except the
 *   ".js" suffix ("React.js" is React);
 * - a hyphen joins a compound, which only hyphen-sensitive spellings refuse.
 * Spellings that begin or end with a symbol (".NET", "C++") do not need a boundary on that
 * side: "ASP.NET" contains ".NET" as meant.
 */
export function standsAlone(text: string, start: number, end: number, spelling: BoundarySpelling): boolean {
  return leftOk(text, start, spelling) && rightOk(text, end, spelling);
}

function leftOk(text: string, start: number, spelling: BoundarySpelling): boolean {
  if (!isWordChar(spelling.text[0])) return true;
  const before = text[start - 1];
  if (before === undefined) return true;
  if (isWordChar(before)) return false;
  const beforeThat = text[start - 2];
  if (!isWordChar(beforeThat)) return true;
  if (before === '.' || before === '&') return false;
  if (before === '-') return !spelling.hyphenSensitive;
  return true;
}

function rightOk(text: string, end: number, spelling: BoundarySpelling): boolean {
  if (!isWordChar(spelling.text[spelling.text.length - 1])) return !isWordChar(text[end]);
  const after = text[end];
  if (after === undefined) return true;
  if (isWordChar(after)) return false;
  if (after === '+' || after === '#') return false;
  const afterThat = text[end + 1];
  if (!isWordChar(afterThat)) return true;
  if (after === '&') return false;
  if (after === '.') return isJsSuffix(text, end + 1);
  if (after === '-') return !spelling.hyphenSensitive || SKILL_SUFFIXES.has(wordAt(text, end + 1).toLowerCase());
  return true;
}

/** "js" as a whole word at `at` ("React.js"). */
function isJsSuffix(text: string, at: number): boolean {
  const word = text.slice(at, at + 2).toLowerCase();
  return word === 'js' && !isWordChar(text[at + 2]);
}

/** The ASCII-letter word starting at `at`, at most 12 characters (enough for the suffix list). */
function wordAt(text: string, at: number): string {
  let end = at;
  while (end < text.length && end - at < 12 && /[A-Za-z]/.test(text[end]!)) end++;
  return text.slice(at, end);
}
