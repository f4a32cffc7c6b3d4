import { UNRECOGNISED_STOPLIST } from './skill-unrecognised-stoplist';

/**
 * Technology names the dictionary lacks, found by their shape in requirement lines.
 *
 * Shapes, from most to least telling:
 * - strong: CamelCase ("LaunchDarkly", "gRPC"), letters with digits ("Log4j", "Auth0"),
 *   dotted names ("Vert.x", "Socket.io"). Counted wherever they stand, unless stoplisted.
 * - acronym: "ELK", "VSAM". Half the acronyms in requirement lines are business or domain
 *   terms ("EAD", "FMCG"), so one counts only in a list beside a known or strong name.
 * - word: a Capitalised word ("Snowplow"); lower: a short vowel-less word ("dbt"). Also
 *   ordinary words often enough that each counts only as a whole list item: in a list with
 *   a known skill or a strong name, in a list right after a cue ("experience with Snowplow,
 *   Looker"), or alone after a cue, ending the phrase ("experience with Snowplow.").
 * Never: a Capitalised word that opens a sentence or belongs to a Title Case phrase
 * ("Computer Science"), one with an English noun or adjective ending ("Automation",
 * "Monitoring", "Containers"), a word the posting also writes in lower case elsewhere,
 * anything in a URL, anything on the stoplist, or a line about pay, benefits or the
 * employer (sections are not always split where a list of requirements ends).
 */

export interface UnrecognisedName {
  name: string;
  start: number;
  end: number;
}

export interface UnrecognisedOptions {
  /** True when the dictionary knows the token (it is then a skill, not unrecognised). */
  isKnown(token: string): boolean;
  /** True when the posting writes this lower-case word in lower case somewhere (an ordinary word there). */
  writtenInLowerCase(word: string): boolean;
}

/** A requirement line longer than this is not a line of a list; it is not read. */
export const MAX_LINE_FOR_NAMES = 1000;

/**
 * Only tokens that could have a name's shape, so the engine skips ordinary lower-case
 * words natively: Capitalised or CamelCase, lower-case with a capital or digit ("gRPC",
 * "log4j"), lower-case with a dot ("socket.io"), or short and vowel-less ("dbt").
 * Dotted parts and "+"/"#" suffixes belong to the token ("Vert.x", "Log4j"); hyphens split.
 * Each alternative is anchored at a word start by the lookbehind and bounded, so a long
 * run of letters is read once.
 */
const TOKEN =
  /(?<![A-Za-z0-9.])(?:[A-Z][A-Za-z0-9]{0,40}|[a-z]{1,40}[A-Z0-9][A-Za-z0-9]{0,40}|[a-z]{1,40}(?=\.[A-Za-z0-9])|[b-df-hj-np-tv-xz]{2,6}(?![A-Za-z0-9]))(?:\.[A-Za-z0-9]{1,40}){0,4}[+#]{0,2}/g;

type Shape = 'strong' | 'acronym' | 'word' | 'lower';

interface Token {
  text: string;
  start: number;
  end: number;
  shape: Shape | 'known';
}

/** Lines about the employer, pay or perks: their names are companies, places and benefits. */
const NOT_ABOUT_SKILLS =
  /\b(?:equal opportunit|employer|employees?\b|salary|compensation|benefits?\b|insurance|discount|founded|founders?\b|headquarter|offices? in|located in|award|winner|visa|relocat|vacation|holiday|medical|dental|ethnicit|veteran|gender|disabilit)/i;

/** Between list elements: the same separators the matcher accepts for ambiguous names. */
const LIST_GAP = /^[\s,;/&|+()[\]]{0,6}(?:(?:and\/or|and|or|as well as|plus|&)[\s,;/()[\]]{1,4})?$/i;

/** Words right before a list of tools: "experience with", "such as", "e.g.". */
const CUE_BEFORE =
  /(?:\b(?:with|in|using|of|as|like|including|include|includes|e\.g\.|eg|especially|particularly|preferably)|[:(])\s{0,3}$/i;

/** What may follow a whole list item: a separator, the end, "and"/"or"/"etc". */
const ITEM_END = /^(?:\s{0,2}(?:[,;/|)\]]|$)|\.(?:\s|$)|\s(?:and|or|etc|nor)\b)/;

/** English noun and adjective endings: "Automation", "Monitoring", "Containers", "Linter". */
const ENGLISH_ENDING =
  /(?:tion|sion|ity|ing|ness|ment|ance|ence|ship|ive|al|ous|able|ible|ure|ics|ism|ist|ory|ery|ary|try|ly|ed|[^su]s)$/;

/**
 * Unrecognised names on one line, in text order. `known` are the dictionary mentions of
 * the line (offsets within the line): they are list neighbours and are never re-reported.
 */
export function unrecognisedInLine(
  line: string,
  known: readonly { start: number; end: number }[],
  options: UnrecognisedOptions,
): UnrecognisedName[] {
  if (line.length > MAX_LINE_FOR_NAMES) return [];
  const tokens = tokensOf(line, known, options);
  if (!tokens.some((t) => t.shape !== 'known') || NOT_ABOUT_SKILLS.test(line)) return [];
  const hasLink = /https?:|www\./i.test(line);
  const out: UnrecognisedName[] = [];
  for (const run of listRuns(line, tokens)) {
    const vouched = run.length >= 2 && run.some((t) => t.shape === 'known' || t.shape === 'strong');
    const afterCue = CUE_BEFORE.test(line.slice(Math.max(0, run[0]!.start - 24), run[0]!.start));
    for (const token of run) {
      if (token.shape === 'known' || !accepted(line, token, run, vouched, afterCue, hasLink, options)) continue;
      out.push({ name: token.text, start: token.start, end: token.end });
    }
  }
  return out;
}

function accepted(
  line: string,
  token: Token,
  run: readonly Token[],
  vouched: boolean,
  afterCue: boolean,
  hasLink: boolean,
  options: UnrecognisedOptions,
): boolean {
  if (token.shape === 'strong') return true;
  if (token.shape === 'acronym') return vouched;
  // Words and vowel-less words: whole list items only, never on a line of links.
  if (hasLink || !ITEM_END.test(line.slice(token.end, token.end + 6))) return false;
  const listed = vouched || (run.length >= 2 && afterCue);
  const alone = run.length === 1 && afterCue;
  if (!listed && !alone) return false;
  return !(token.shape === 'word' && options.writtenInLowerCase(token.text.toLowerCase()));
}

/** Candidate names of a line and, when there is any, its known skills: the list elements in order. */
function tokensOf(line: string, known: readonly { start: number; end: number }[], options: UnrecognisedOptions): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = TOKEN.exec(line)) !== null) {
    const token = match[0];
    const start = match.index;
    const end = start + token.length;
    // A dictionary skill ("Python", "AWS") is most Capitalised tokens of a requirement
    // line: dropping it before shapeOf saves that function's regular expressions.
    if (known.some((k) => start < k.end && end > k.start)) continue;
    const shape = shapeOf(token, line, start, end);
    if (shape === null) continue;
    // Part of a hyphenated or underscored word ("cross-functional", "on_call"): not a name.
    const before = line[start - 1];
    const after = line[end];
    if (before === '-' || before === '_' || after === '-' || after === '_') continue;
    // A hashtag or a handle ("#LI-Remote", "@acme") is a label, not a tool.
    if (before === '#' || before === '@') continue;
    // A possessive names an organisation or a person ("one of Acme's values"), not a tool.
    if ((after === "'" || after === '\u2019') && line[end + 1] === 's') continue;
    if (inLink(line, start, end)) continue;
    if (UNRECOGNISED_STOPLIST.has(stem(token)) || options.isKnown(token)) continue;
    if (token.endsWith('s') && options.isKnown(token.slice(0, -1))) continue;
    out.push({ text: token, start, end, shape });
  }
  if (out.length === 0) return out;
  for (const k of known) out.push({ text: line.slice(k.start, k.end), start: k.start, end: k.end, shape: 'known' });
  return out.sort((a, b) => a.start - b.start);
}

function stem(token: string): string {
  const lower = token.toLowerCase();
  return UNRECOGNISED_STOPLIST.has(lower) || !lower.endsWith('s') ? lower : lower.slice(0, -1);
}

/** Inside a URL or an e-mail address: the whitespace-delimited chunk around it says so. */
function inLink(line: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && start - from < 200 && !/\s/.test(line[from - 1]!)) from--;
  let to = end;
  while (to < line.length && to - end < 200 && !/\s/.test(line[to]!)) to++;
  const chunk = line.slice(from, to);
  return chunk.includes('://') || chunk.includes('@') || /^\(?www\./i.test(chunk);
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

function shapeOf(token: string, line: string, start: number, end: number): Shape | null {
  if (token.length < 2 || token.length > 30) return null;
  let upper = 0;
  let digits = 0;
  let dots = 0;
  let vowels = 0;
  let camel = false;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      upper++;
      if (i > 0 && isLower(token.charCodeAt(i - 1))) camel = true;
    } else if (c >= 48 && c <= 57) digits++;
    else if (c === 46) dots++;
    else if (VOWELS.has(token[i]!)) vowels++;
  }
  // Abbreviations with dots ("e.g", "U.S", "B.Sc") and host names are not product names.
  if (dots > 0) return isDottedName(token) ? 'strong' : null;
  // "Log4j", "Auth0"; not "B2", "Q4", "H1" (levels, quarters, visas).
  if (digits > 0) return /^[A-Za-z]\d{1,2}$/.test(token) ? null : 'strong';
  const first = token.charCodeAt(0);
  if (camel || (upper >= 2 && isUpper(first) && /^[A-Z]{2,}[a-z]{2,}/.test(token))) {
    return isGluedWords(token) ? null : 'strong';
  }
  if (upper === token.length || (upper === token.length - 1 && token.endsWith('s') && upper >= 2)) {
    // Two letters are too few to tell a technology ("IP", "HA", "FR", "PD").
    return upper >= 3 && upper <= 6 ? 'acronym' : null;
  }
  if (upper === 1 && isUpper(first)) {
    if (token.length < 3 || ENGLISH_ENDING.test(token) || inTitlePhrase(line, start, end)) return null;
    // An opening capital is grammar, unless the word is itself the first item of a list ("- Snowplow, Kafka").
    if (opensSentence(line, start) && !/^\s{0,2}(?:[,/|]|$)/.test(line.slice(end, end + 3))) return null;
    return 'word';
  }
  if (upper === 0 && vowels === 0 && token.length <= 6 && /^[a-z]+$/.test(token)) return 'lower';
  return null;
}

/**
 * CamelCase that is really prose glued together or a surname: "experienceExperience"
 * (a long lower-case head), "VeteranI" (a lone capital at the end), "McKinsey".
 */
function isGluedWords(token: string): boolean {
  return /^[a-z]{5,}[A-Z]/.test(token) || /[a-z][A-Z]$/.test(token) || /^Ma?c[A-Z]/.test(token);
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** "Vert.x", "Socket.io", "Three.js"; not "e.g", "U.S", "example.com". */
function isDottedName(token: string): boolean {
  const parts = token.split('.');
  if (parts.some((p) => p.length < 1) || parts[0]!.length < 2) return false;
  const last = parts[parts.length - 1]!;
  return /^(?:x|js|io|ai|py|rb|net|sh|ts|jl)$/i.test(last) && !/^(?:co|com|org|gov|edu)$/i.test(parts[0]!);
}

function opensSentence(line: string, start: number): boolean {
  const before = line.slice(Math.max(0, start - 6), start);
  if (start <= 6 && /^[\s*#>•·\-\d.)]*$/.test(line.slice(0, start))) return true;
  // After a colon comes a list more often than a sentence ("Tracking: Snowplow, Kafka").
  return /[.!?]\s{1,3}[*_]{0,2}$/.test(before);
}

/** A Capitalised word next to another Capitalised word: "Computer Science", "Message Brokers". */
function inTitlePhrase(line: string, start: number, end: number): boolean {
  return /[A-Z][A-Za-z]{0,30} $/.test(line.slice(Math.max(0, start - 32), start)) || /^ [A-Z]/.test(line.slice(end, end + 2));
}

/** Consecutive elements (known skills and candidate names) joined only by list separators. */
function listRuns(line: string, tokens: readonly Token[]): Token[][] {
  const runs: Token[][] = [];
  let current: Token[] = [];
  for (const token of tokens) {
    const previous = current[current.length - 1];
    if (previous !== undefined && token.start - previous.end <= 16 && LIST_GAP.test(line.slice(previous.end, token.start))) {
      current.push(token);
    } else {
      if (current.length > 0) runs.push(current);
      current = [token];
    }
  }
  if (current.length > 0) runs.push(current);
  return runs;
}
