import { SignatureFilter } from './skill-signature-filter';
import { WORD_START } from './skill-search-text';

/**
 * Narrows the text the automaton reads to the stretches where a dictionary spelling could
 * match. modern-ahocorasick costs about 100 ns per character scanned, which made the
 * scan most of the extraction time, and most words of a posting start no spelling at all.
 * Every key begins with WORD_START and a word, so a match can only start at a word that
 * begins a one-word key, or at a word followed by the second word of a longer key
 * ("the" only before "trade desk"), and can only go on through word pairs that follow
 * each other in some key. Those stretches, joined by a unit no key contains, are a small
 * part of a posting, and the automaton finds in them exactly the matches it would find in
 * the whole text.
 */

/**
 * What the key set looks like, word by word. A word is known by a signature of its length
 * and a few of its units, read without walking the word: a collision only lets an extra
 * word into a stretch, which costs a little scanning and changes no match.
 */
export interface KeyWords {
  /** Signatures of the words that are a whole key ("go", "ruby"). */
  whole: SignatureFilter;
  /** Signatures of the first words of longer keys ("the" of "the trade desk"). */
  opening: SignatureFilter;
  /** Pair signatures of every two words that follow each other in a key. */
  pairs: SignatureFilter;
  /** The longest run of non-word units between two words of a key (" - ", "/"). */
  maxGap: number;
  /** The longest run of non-word units after a key's last word ("++" in "c++"). */
  maxTail: number;
}

/** Joins two stretches; absent from every key (the fold keeps control units as they are). */
const JOINER = '\u0001';

const WORD = /\w+/g;


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
  const whole = new SignatureFilter();
  const opening = new SignatureFilter();
  const pairs = new SignatureFilter();
  let maxGap = 0;
  let maxTail = 0;
  for (const key of keys) {
    if (key[0] !== WORD_START || !/^\w/.test(key.slice(1)) || key.includes(JOINER)) return null;
    const words = [...key.matchAll(WORD)].map((w) => ({ start: w.index, end: w.index + w[0].length }));
    const sigs = words.map((w) => signatureOf(key, w.start, w.end));
    (words.length === 1 ? whole : opening).add(sigs[0]!);
    for (let i = 1; i < words.length; i++) {
      pairs.add(pairOf(sigs[i - 1]!, sigs[i]!));
      maxGap = Math.max(maxGap, words[i]!.start - words[i - 1]!.end);
    }
    maxTail = Math.max(maxTail, key.length - words[words.length - 1]!.end);
  }
  return { whole, opening, pairs, maxGap, maxTail };
}

function pairOf(first: number, second: number): number {
  return (Math.imul(first, 0x01000193) ^ second) | 0;
}

/** The stretches of a search string worth scanning, joined, with the way back to offsets. */
export interface Stretches {
  /** The stretches joined by JOINER: what the automaton reads. */
  text: string;
  /** Where each stretch starts in `text`, ascending. */
  starts: number[];
  /** Where each stretch starts in the search string. */
  origins: number[];
  /** Where to go on from for the next batch, or -1 when the search string is done. */
  next: number;
}

/**
 * The stretches of `search` from offset `from` on. With a `budget`, it stops once the
 * stretches hold that many units, at a word where no stretch is open: batches then meet
 * between stretches, so scanning them one by one finds what one scan would, and a caller
 * that has seen enough (MAX_HITS) never pays for the rest of a megabyte.
 */
export function stretchesOf(search: string, keys: KeyWords, from = 0, budget = Infinity): Stretches {
  const parts: string[] = [];
  const starts: number[] = [];
  const origins: number[] = [];
  const mark = WORD_START;
  const { whole, opening, pairs, maxGap, maxTail } = keys;
  let length = 0;
  /** Where the open stretch starts (its first WORD_START), or -1. */
  let open = -1;
  /** The word before, for pairs: its signature, where its WORD_START is, where it ends. */
  let previous = 0;
  let previousAt = -1;
  let previousEnd = -1;
  /** The word before may open a key if this word is its second word. */
  let pending = false;
  // Every word of a search string follows a WORD_START, and between two WORD_STARTs lie
  // a word and then only non-word units (a non-word unit before a word would itself be a
  // WORD_START). So indexOf (native) finds each word, and its end is found by stepping back
  // over the few units of punctuation before the next one: no unit of a word is walked.
  let next = search.indexOf(mark, from);
  while (next !== -1) {
    const at = next;
    if (length >= budget && open === -1 && !pending) break;
    next = search.indexOf(mark, at + 1);
    const wordStart = at + 1;
    let end = next === -1 ? search.length : next;
    while (end > wordStart && !isWordUnit(search.charCodeAt(end - 1))) end--;
    if (end === wordStart) continue;
    const word = signatureOf(search, wordStart, end);
    const follows = previousEnd !== -1 && wordStart - previousEnd <= maxGap && pairs.has(pairOf(previous, word));
    if (open !== -1 && !follows) {
      // The stretch ends before this word's WORD_START, with the tail a key may have ("c++").
      const to = Math.min(previousEnd + maxTail, at);
      starts.push(length);
      origins.push(open);
      parts.push(search.slice(open, to));
      length += to - open + 1;
      open = -1;
      // A stretch just ended: with the budget spent, the next batch starts at this word.
      if (length >= budget) {
        next = at;
        break;
      }
    } else if (open === -1 && pending && follows) open = previousAt;
    if (open === -1) {
      if (whole.has(word)) open = at;
      pending = opening.has(word);
    } else {
      pending = false;
    }
    previous = word;
    previousAt = at;
    previousEnd = end;
  }
  if (open !== -1) {
    starts.push(length);
    origins.push(open);
    parts.push(search.slice(open, Math.min(previousEnd + maxTail, search.length)));
  }
  return { text: parts.join(JOINER), starts, origins, next };
}
