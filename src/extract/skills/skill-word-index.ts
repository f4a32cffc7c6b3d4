import type { Spelling } from './skill-spelling';
import { searchKeyOf } from './skill-search-text';

/**
 * Finds dictionary spellings by the word they begin with. Every spelling holds an ASCII
 * word (letters, digits, underscore), and a spelling can only be written in a text where
 * its first word is a whole word of the text: so the text is walked word by word, each
 * word is looked up by a signature, and only the few spellings that begin with that word
 * are compared with the text there. One pass over the units, nothing copied; this replaced
 * an Aho–Corasick automaton that cost about 100 ns a character.
 */

/** Spellings that read alike once folded (see searchKeyOf): the first verified one wins. */
export interface KeyGroup {
  /** Units before the first word (1 for ".NET"): the match starts that far before the word. */
  lead: number;
  /** Length of every spelling in the group (the fold keeps lengths). */
  length: number;
  /** The spellings end in a word unit, so a word unit right after means a longer word. */
  endsInWord: boolean;
  /**
   * The signature of the spellings' second word, or NO_WORD for one-word spellings. Many
   * spellings share a first word ("Data Analysis", "Data Engineering"), and the text's next
   * word, signed once, rules out all but one of them without comparing any text.
   */
  secondWord: number;
  /** Exact-case spellings first: stronger evidence. */
  spellings: Spelling[];
}

/** The groups a first word begins: those of one word, and those of several by their second word. */
export interface FirstWord {
  /** One-word groups, shortest first. */
  single: KeyGroup[];
  /**
   * Groups of several words by their second word's signature, or null when none begins
   * with this word: one look-up finds "Data Engineering" after "Data" among the fifty groups
   * "Data" begins, where comparing each group's second word cost more than the rest of the walk.
   */
  bySecondWord: Map<number, KeyGroup[]> | null;
}

/** Groups by the signature of their first word, folded to lower case. */
export interface WordIndex {
  groups: Map<number, FirstWord>;
  /**
   * Bit sets that answer most words without the Map (a false yes only costs a look-up):
   * - `singleWords`: one bit per first word of a one-word group (its signature's low bits);
   * - `pairFirstWords`: the same for the first words of groups of several words;
   * - `pairs`: one bit per first and second word of such a group together (pairBit).
   * Most words of a text begin no spelling, and a third of those that do are ordinary words
   * ("experience", "the", "team") that begin only spellings of several words, which the next
   * word rules out ("Experience Cloud", not "experience with"): the bits answer for both
   * (35 of the 53 look-ups a posting found nothing), and the Map, its entries and their
   * groups stay out of the cache the other extractors share.
   */
  singleWords: Uint32Array;
  pairFirstWords: Uint32Array;
  pairs: Uint32Array;
}

/** The second-word signature of a one-word spelling; no real signature is negative. */
export const NO_WORD = -1;

const FILTER_BITS = 16;
const FILTER_MASK = (1 << FILTER_BITS) - 1;

function hasBit(bits: Uint32Array, key: number): boolean {
  return (bits[(key & FILTER_MASK) >>> 5]! & (1 << (key & 31))) !== 0;
}

function setBit(bits: Uint32Array, key: number): void {
  bits[(key & FILTER_MASK) >>> 5]! |= 1 << (key & 31);
}

/** The bit of a first and a second word's signatures together, in WordIndex.pairs; 30 bits, a small integer to V8. */
function pairBit(first: number, second: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ second) & 0x3fffffff;
}

/** 1 for the ASCII units of a word: a–z, A–Z, 0–9 and the underscore. */
const WORD_UNIT = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  WORD_UNIT[c] = /\w/.test(ch) ? 1 : 0;
}

export function isAsciiWordUnit(code: number): boolean {
  return code < 128 && WORD_UNIT[code] === 1;
}

/**
 * isAsciiWordUnit for the unit at `at`, letters first by one unsigned comparison (most
 * units of a posting are letters): the walk below asks this of every unit.
 */
function isWordUnitAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return ((code | 0x20) - 0x61) >>> 0 <= 25 || (code - 0x30) >>> 0 <= 9 || code === 0x5f;
}

/** A–Z folded to a–z; every other unit as it is. */
function lower(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

/**
 * The signature of the word at [start, end): its length and its first three and last two
 * units, lower-cased. Kept within 30 bits so V8 holds it as a small integer (a Map hashes
 * those without allocating). A collision only means one more spelling is compared.
 */
export function wordSignature(text: string, start: number, end: number): number {
  const length = end - start;
  let sig = length;
  sig = Math.imul(sig, 31) + lower(text.charCodeAt(start));
  sig = Math.imul(sig, 31) + (length > 1 ? lower(text.charCodeAt(start + 1)) : 0);
  sig = Math.imul(sig, 31) + (length > 2 ? lower(text.charCodeAt(start + 2)) : 0);
  sig = Math.imul(sig, 31) + (length > 3 ? lower(text.charCodeAt(end - 2)) : 0);
  sig = Math.imul(sig, 31) + (length > 4 ? lower(text.charCodeAt(end - 1)) : 0);
  return sig & 0x3fffffff;
}

/** Where the first ASCII word of `text` from `from` on starts and ends, or null when there is none. */
function wordFrom(text: string, from: number): { start: number; end: number } | null {
  const start = wordStartFrom(text, from);
  return start >= text.length ? null : { start, end: wordEnd(text, start) };
}

/** Where the next word unit at or after `from` is; text.length when there is none. */
function wordStartFrom(text: string, from: number): number {
  let start = from;
  while (start < text.length && !isWordUnitAt(text, start)) start++;
  return start;
}

/** The end of the word that starts at `start` (a word unit). */
function wordEnd(text: string, start: number): number {
  let end = start + 1;
  while (end < text.length && isWordUnitAt(text, end)) end++;
  return end;
}

/**
 * The index of a dictionary's spellings. A spelling without an ASCII word could never be
 * found by the walk, so it is refused here, loudly, instead of silently never matching.
 */
export function buildWordIndex(spellings: readonly Spelling[]): WordIndex {
  const groups = new Map<string, KeyGroup>();
  const bitSet = () => new Uint32Array((1 << FILTER_BITS) >>> 5);
  const index: WordIndex = { groups: new Map(), singleWords: bitSet(), pairFirstWords: bitSet(), pairs: bitSet() };
  for (const spelling of spellings) {
    const key = searchKeyOf(spelling.text);
    let group = groups.get(key);
    if (group === undefined) {
      const word = wordFrom(spelling.text, 0);
      if (word === null) throw new Error(`Skill spelling "${spelling.text}" has no ASCII letter or digit to be found by`);
      const second = wordFrom(spelling.text, word.end);
      group = {
        lead: word.start,
        length: spelling.text.length,
        endsInWord: isAsciiWordUnit(spelling.text.charCodeAt(spelling.text.length - 1)),
        secondWord: second === null ? NO_WORD : wordSignature(spelling.text, second.start, second.end),
        spellings: [],
      };
      groups.set(key, group);
      const sig = wordSignature(spelling.text, word.start, word.end);
      let first = index.groups.get(sig);
      if (first === undefined) index.groups.set(sig, (first = { single: [], bySecondWord: null }));
      if (group.secondWord === NO_WORD) {
        setBit(index.singleWords, sig);
        first.single.push(group);
      } else {
        setBit(index.pairFirstWords, sig);
        setBit(index.pairs, pairBit(sig, group.secondWord));
        const bySecond = (first.bySecondWord ??= new Map());
        const list = bySecond.get(group.secondWord);
        if (list === undefined) bySecond.set(group.secondWord, [group]);
        else list.push(group);
      }
    }
    group.spellings.push(spelling);
  }
  for (const group of groups.values()) {
    group.spellings.sort((a, b) => Number(b.caseSensitive) - Number(a.caseSensitive));
  }
  // Shorter spellings first, so the hits of one word come out ordered by their end (the
  // one-word groups are visited first: spellings of several words go on to a second word).
  const byLength = (a: KeyGroup, b: KeyGroup) => a.length - a.lead - (b.length - b.lead);
  for (const first of index.groups.values()) {
    first.single.sort(byLength);
    for (const list of first.bySecondWord?.values() ?? []) list.sort(byLength);
  }
  return index;
}

/**
 * Calls `visit(group, start)` for every group that may be written at a word of `text`
 * (its first word has the signature of that word, its second word that of the next), with
 * where the group's spellings would start; stops when `visit` returns false. Words are
 * maximal runs of ASCII word units, so "Señor" holds the words "Se" and "or", as the
 * spellings' own words are read.
 */
export function forEachCandidate(
  index: WordIndex,
  text: string,
  visit: (group: KeyGroup, start: number) => boolean,
): void {
  const { groups: byFirstWord, singleWords, pairFirstWords, pairs } = index;
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordUnitAt(text, i)) {
      i++;
      continue;
    }
    const end = wordEnd(text, i);
    const sig = wordSignature(text, i, end);
    let first: FirstWord | undefined;
    if (hasBit(singleWords, sig) && (first = byFirstWord.get(sig)) !== undefined) {
      for (const group of first.single) {
        const start = i - group.lead;
        if (start >= 0 && !visit(group, start)) return;
      }
    }
    if (hasBit(pairFirstWords, sig)) {
      const next = nextWordSignature(text, end);
      const several = hasBit(pairs, pairBit(sig, next)) ? (first ?? byFirstWord.get(sig))?.bySecondWord?.get(next) : undefined;
      if (several !== undefined) {
        for (const group of several) {
          const start = i - group.lead;
          if (start >= 0 && !visit(group, start)) return;
        }
      }
    }
    i = end + 1;
  }
}

/** The signature of the first word at or after `from`, or NO_WORD when the text has no more; nothing allocated. */
function nextWordSignature(text: string, from: number): number {
  const start = wordStartFrom(text, from);
  return start >= text.length ? NO_WORD : wordSignature(text, start, wordEnd(text, start));
}
