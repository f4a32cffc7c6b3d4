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
 * What the key set looks like, word by word. Words are kept as 32-bit hashes, computed
 * while the scan walks the text, so no word is ever cut out as a string: a collision only
 * lets an extra word into a stretch, which costs a little scanning and changes no match.
 */
export interface KeyWords {
  /** Hashes of the first word of every key. */
  first: ReadonlySet<number>;
  /** Hashes of every word of every key. */
  all: ReadonlySet<number>;
  /** The longest run of non-word units between two words of a key (" - ", "/"). */
  maxGap: number;
  /** The longest run of non-word units after a key's last word ("++" in "c++"). */
  maxTail: number;
}

/** Joins two stretches; absent from every key (the fold keeps control units as they are). */
const JOINER = '\u0001';

const WORD = /\w+/g;

const HASH_SEED = 0x811c9dc5;
const HASH_PRIME = 0x01000193;

/** FNV-1a over UTF-16 units; the same function as the scan's running hash. */
function hashOf(word: string): number {
  let hash = HASH_SEED;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), HASH_PRIME);
  return hash >>> 0;
}

/** A unit of `\w` in a folded search string (lower-case ASCII, digits, underscore). */
function isWordUnit(code: number): boolean {
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
    first.add(hashOf(words[0]![0]));
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      all.add(hashOf(word[0]));
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
  let length = 0;
  let from = -1;
  let lastWordEnd = -1;
  const close = (limit: number) => {
    const to = Math.min(lastWordEnd + keys.maxTail, limit);
    starts.push(length);
    origins.push(from);
    parts.push(search.slice(from, to));
    length += to - from + 1;
    from = -1;
  };
  // Every word of a search string follows a WORD_START, so indexOf (native) jumps from
  // word to word and only the units of words are read here, hashing as they go.
  for (let mark = search.indexOf(WORD_START); mark !== -1; mark = search.indexOf(WORD_START, mark + 1)) {
    const wordStart = mark + 1;
    let i = wordStart;
    let hash = HASH_SEED;
    for (; i < search.length; i++) {
      const code = search.charCodeAt(i);
      if (!isWordUnit(code)) break;
      hash = Math.imul(hash ^ code, HASH_PRIME);
    }
    if (i === wordStart) continue;
    const word = hash >>> 0;
    if (from !== -1 && wordStart - lastWordEnd <= keys.maxGap && keys.all.has(word)) {
      lastWordEnd = i;
      continue;
    }
    // The unit before a word is WORD_START: a key's own first unit.
    if (from !== -1) close(mark);
    if (keys.first.has(word)) {
      from = mark;
      lastWordEnd = i;
    }
  }
  if (from !== -1) close(search.length);
  return { text: parts.join(JOINER), starts, origins };
}
