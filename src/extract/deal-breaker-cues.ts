import { GATE_WORDS, LANGUAGE_NAMES } from './deal-breaker-words';

/**
 * Finds the lines of a text that can state a deal-breaker, in one walk over its words, so
 * that only those lines are cut into sentences and read by the patterns. Cutting every
 * sentence and trying every kind's gate on each cost ~190 µs a posting; most lines of a
 * posting state none.
 *
 * It must never miss: a line is kept when one of its words begins with a cue of any kind
 * (every pattern of deal-breakers.ts starts at a word), is a language name, or is "work"
 * after "to"/"and" or before a permit word; a German compound counts when it holds a cue
 * anywhere ("Arbeitsvisum", "PKW-Führerschein"), and a "%" keeps its line for travel.
 * Keeping too much costs a little time; missing would lose a fact, so where the walk cannot
 * be sure (a text whose lower-case form has another length) it keeps every line.
 */
export function linesWithCues(text: string): { start: number; end: number }[] {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return allLines(text);
  const hits: number[] = [];
  for (const match of lower.matchAll(COMPOUND_CUES)) hits.push(match.index);
  const compoundHits = hits.length;
  let previousStart = 0;
  let previousEnd = 0;
  let i = 0;
  const n = lower.length;
  while (i < n) {
    const code = lower.charCodeAt(i);
    // a–z first, by one unsigned comparison: most units of a posting are.
    if ((code - 0x61) >>> 0 > 25 && (code < 128 || !isLetter(code, lower, i))) {
      if (code === PERCENT) hits.push(i);
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n) {
      const c = lower.charCodeAt(end);
      if ((c - 0x61) >>> 0 > 25 && (c < 128 || !isLetter(c, lower, end))) break;
      end++;
    }
    if (end - i >= 4 && isCue(lower, i, end, previousStart, previousEnd)) hits.push(i);
    previousStart = i;
    previousEnd = end;
    i = end;
  }
  if (compoundHits > 0) hits.sort((a, b) => a - b);
  return linesAt(text, hits);
}

/** The lines holding the given positions (ascending), each once, in order. */
function linesAt(text: string, positions: readonly number[]): { start: number; end: number }[] {
  const lines: { start: number; end: number }[] = [];
  let lineEnd = -1;
  for (const at of positions) {
    if (at < lineEnd) continue;
    const start = text.lastIndexOf('\n', at - 1) + 1;
    const end = text.indexOf('\n', at);
    lineEnd = end === -1 ? text.length : end;
    lines.push({ start, end: lineEnd });
  }
  return lines;
}

const PERCENT = 0x25;

/** Cues German writes inside compounds ("Arbeitsvisum", "PKW-Führerschein"): found anywhere, in one scan of the text. */
const COMPOUND_WORDS = ['visa', 'visum', 'führerschein', 'fahrerlaubnis', 'umzug', 'sicherheits', 'staats'];
const COMPOUND_CUES = new RegExp(COMPOUND_WORDS.join('|'), 'g');
/** Every other gate word is looked for at the start of a word: every pattern of its kind starts at one. */
const CUE_PREFIXES = Object.values(GATE_WORDS)
  .flat()
  .filter((word) => !COMPOUND_WORDS.includes(word));
/** "work" is a cue only as "to work", "and work", or "work(ing) permit/authori…/visa/eligib…". */
const WORK_BEFORE = new Set(['to', 'and']);
const WORK_PERMIT_WORDS = /^\W+(?:authori|permit|visa|eligib)/;

/**
 * What a word can be, by its first three letters: cue prefixes, whole words (language
 * names, "work"). One look-up on a number rules out most words without copying them.
 */
interface Heads {
  prefixes: string[];
  words: Set<string>;
}
const BY_HEAD = new Map<number, Heads>();
/**
 * One bit per head, folded to five bits a letter (a–z stay apart): most words begin no cue,
 * and a bit test answers for them faster than the Map. A folded head that matches one it
 * should not (a letter past ASCII) only costs the Map look-up.
 */
const HEAD_BITS = new Uint32Array(1 << 10);
function headOf(text: string, at: number): number {
  return ((text.charCodeAt(at) & 0x3ff) << 20) | ((text.charCodeAt(at + 1) & 0x3ff) << 10) | (text.charCodeAt(at + 2) & 0x3ff);
}
/** The head's three letters, five bits each: 15 bits, one bit of HEAD_BITS. */
function foldedHead(head: number): number {
  return (((head >>> 20) & 31) << 10) | (((head >>> 10) & 31) << 5) | (head & 31);
}
function headsFor(word: string): Heads {
  const head = headOf(word, 0);
  let heads = BY_HEAD.get(head);
  if (heads === undefined) BY_HEAD.set(head, (heads = { prefixes: [], words: new Set() }));
  const folded = foldedHead(head);
  HEAD_BITS[folded >>> 5]! |= 1 << (folded & 31);
  return heads;
}
for (const prefix of CUE_PREFIXES) headsFor(prefix).prefixes.push(prefix);
for (const word of [...Object.keys(LANGUAGE_NAMES), 'work', 'working']) headsFor(word).words.add(word);

function isCue(lower: string, start: number, end: number, previousStart: number, previousEnd: number): boolean {
  const head = headOf(lower, start);
  const folded = foldedHead(head);
  if ((HEAD_BITS[folded >>> 5]! & (1 << (folded & 31))) === 0) return false;
  const heads = BY_HEAD.get(head);
  if (heads === undefined) return false; // a false match of the folded head only costs the checks below
  for (const prefix of heads.prefixes) if (lower.startsWith(prefix, start)) return true;
  if (heads.words.size === 0) return false;
  const word = lower.slice(start, end);
  if (!heads.words.has(word)) return false;
  if (word === 'work' || word === 'working') {
    return WORK_BEFORE.has(lower.slice(previousStart, previousEnd)) || WORK_PERMIT_WORDS.test(lower.slice(end, end + 12));
  }
  return true;
}

const NON_ASCII_LETTER = /\p{L}/u;

/** A unit past ASCII is a letter as \p{L} means it (the language names are matched as \p{L}+ words). */
function isLetter(code: number, text: string, at: number): boolean {
  // Latin-1 letters and the punctuation block (’ – • …) are most of what postings hold past ASCII.
  if (code <= 0xff) return code >= 0xc0 ? code !== 0xd7 && code !== 0xf7 : code === 0xaa || code === 0xb5 || code === 0xba;
  if (code >= 0x2000 && code <= 0x206f) return false;
  return NON_ASCII_LETTER.test(text[at]!);
}

function allLines(text: string): { start: number; end: number }[] {
  const lines: { start: number; end: number }[] = [];
  let start = 0;
  while (start <= text.length) {
    const end = text.indexOf('\n', start);
    lines.push({ start, end: end === -1 ? text.length : end });
    if (end === -1) break;
    start = end + 1;
  }
  return lines;
}
