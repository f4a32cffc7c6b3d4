import { WORD_START } from './skill-search-text';

/**
 * Narrows the text the automaton reads to the stretches where a dictionary spelling could
 * begin. modern-ahocorasick costs about 100 ns per character scanned, which made the
 * scan most of the extraction time; most words of a posting ("we", "looking", "team")
 * start no spelling at all. Every key begins with WORD_START and a word, so a match can
 * only start at a word that is the first word of some key, and can only go on through
 * words that occur in some key. Those stretches, joined by a unit no key contains, are
 * about 40% of a posting, and the automaton finds exactly the matches it would find in the
 * whole text: the words left out cannot be part of any key.
 */

/**
 * What the key set looks like, word by word. A word is known by a signature of its length
 * and a few of its units, read without walking the word: a collision only lets an extra
 * word into a stretch, which costs a little scanning and changes no match.
 */
export interface KeyWords {
  /** Signatures of the first word of every key. */
  first: ReadonlySet<number>;
  /** Signatures of every word of every key. */
  all: ReadonlySet<number>;
  /** The longest run of non-word units between two words of a key (" - ", "/"). */
  maxGap: number;
  /** The longest run of non-word units after a key's last word ("++" in "c++"). */
  maxTail: number;
}

/** Joins two stretches; absent from every key (the fold keeps control units as they are). */
const JOINER = '\u0001';

const WORD = /\w+/g;

/** WORD_START as a local constant: the scan below reads it once per word. */
const WORD_START_UNIT = WORD_START;

/** The signature of the word at [start, end) of `text`: its length, first three and last two units. */
function signatureOf(text: string, start: number, end: number): number {
  const length = end - start;
  let sig = length;
  sig = Math.imul(sig, 31) + text.charCodeAt(start);
  sig = Math.imul(sig, 31) + (length > 1 ? text.charCodeAt(start + 1) : 0);
  sig = Math.imul(sig, 31) + (length > 2 ? text.charCodeAt(start + 2) : 0);
  sig = Math.imul(sig, 31) + (length > 3 ? text.charCodeAt(end - 2) : 0);
  sig = Math.imul(sig, 31) + (length > 4 ? text.charCodeAt(end - 1) : 0);
  return sig | 0;
}

/** A unit of `\w` in a folded search string (lower-case ASCII, digits, underscore). */
export function isWordUnit(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 95 || (code >= 65 && code <= 90);
}

/**
 * The word structure of the automaton keys, or null when some key does not begin with
 * WORD_START and a word — then the narrowing would be unsound and the whole text is read.
 */
export function keyWordsOf(keys: Iterable<string>): KeyWords | null {
  const first = new Set<number>();
  const all = new Set<number>();
  let maxGap = 0;
  let maxTail = 0;
  for (const key of keys) {
    if (key[0] !== WORD_START || !/^\w/.test(key.slice(1)) || key.includes(JOINER)) return null;
    const words = [...key.matchAll(WORD)];
    first.add(signatureOf(key, words[0]!.index, words[0]!.index + words[0]![0].length));
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      all.add(signatureOf(key, word.index, word.index + word[0].length));
      const end = word.index + word[0].length;
      const next = words[i + 1];
      if (next === undefined) maxTail = Math.max(maxTail, key.length - end);
      else maxGap = Math.max(maxGap, next.index - end);
    }
  }
  return { first, all, maxGap, maxTail };
}

/** The stretches of a search string worth scanning, joined, with the way back to offsets. */
export interface Stretches {
  /** The stretches joined by JOINER: what the automaton reads. */
  text: string;
  /** Where each stretch starts in `text`, ascending. */
  starts: number[];
  /** Where each stretch starts in the search string. */
  origins: number[];
}

export function stretchesOf(search: string, keys: KeyWords): Stretches {
  const parts: string[] = [];
  const starts: number[] = [];
  const origins: number[] = [];
  const mark = WORD_START_UNIT;
  const { first, all, maxGap, maxTail } = keys;
  let length = 0;
  let from = -1;
  let lastWordEnd = -1;
  // Every word of a search string follows a WORD_START, and between two WORD_STARTs lie
  // a word and then only non-word units (a non-word unit before a word would itself be a
  // WORD_START). So indexOf (native) finds each word, and its end is found by stepping back
  // over the few units of punctuation before the next one: no unit of a word is walked.
  let next = search.indexOf(mark);
  while (next !== -1) {
    const at = next;
    next = search.indexOf(mark, at + 1);
    const wordStart = at + 1;
    let i = next === -1 ? search.length : next;
    while (i > wordStart && !isWordUnit(search.charCodeAt(i - 1))) i--;
    if (i === wordStart) continue;
    const word = signatureOf(search, wordStart, i);
    if (from !== -1 && wordStart - lastWordEnd <= maxGap && all.has(word)) {
      lastWordEnd = i;
      continue;
    }
    if (from !== -1) {
      // A stretch ends before the next word's WORD_START, with the tail a key may have ("c++").
      const to = Math.min(lastWordEnd + maxTail, at);
      starts.push(length);
      origins.push(from);
      parts.push(search.slice(from, to));
      length += to - from + 1;
      from = -1;
    }
    // The unit before a word is WORD_START: a key's own first unit.
    if (first.has(word)) {
      from = at;
      lastWordEnd = i;
    }
  }
  if (from !== -1) {
    starts.push(length);
    origins.push(from);
    parts.push(search.slice(from, Math.min(lastWordEnd + maxTail, search.length)));
  }
  return { text: parts.join(JOINER), starts, origins };
}
