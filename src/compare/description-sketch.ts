import type { JobSection } from '../core/job';
import { foldForSearch } from './search-text';

/**
 * A near-duplicate fingerprint of a posting's description: the bottom-k sketch (the k
 * smallest hashes) of its three-word shingles. Two sketches estimate how much of the two
 * descriptions is the same (the Jaccard similarity of their shingle sets) without the texts:
 * a LinkedIn copy of a Greenhouse posting, or a re-post under a new id, scores near 1 even
 * with its formatting, a date or a sentence changed; two different roles at one company
 * share their boilerplate and score well below.
 *
 * Bottom-k rather than k-permutation MinHash: one hash a shingle instead of k, and the
 * estimate is as good (standard error about sqrt(J(1-J)/k)). Stored as hex so 10,000
 * summaries hold 5 MB of compact strings, not 640,000 boxed numbers.
 */

/** Hashes kept; the standard error at a similarity of 0.75 is then about 0.05. */
export const SKETCH_SIZE = 64;

/** Fewer words than this: too little text to say two descriptions are the same. */
const MIN_WORDS = 20;

const HEX_PER_HASH = 8;

/** The sketch of the sections' texts (headings are left out: sites name them differently); '' when too short. */
export function descriptionSketch(sections: readonly Pick<JobSection, 'text'>[]): string {
  const words: number[] = [];
  for (const section of sections) {
    for (const word of foldWords(section.text)) words.push(hashWord(word));
  }
  if (words.length < MIN_WORDS) return '';
  const shingles = new Uint32Array(words.length - 2);
  for (let i = 0; i + 2 < words.length; i++) shingles[i] = mix(words[i]! ^ rotate(words[i + 1]!, 11) ^ rotate(words[i + 2]!, 22));
  shingles.sort();
  let out = '';
  let kept = 0;
  for (let i = 0; i < shingles.length && kept < SKETCH_SIZE; i++) {
    if (i > 0 && shingles[i] === shingles[i - 1]) continue;
    out += shingles[i]!.toString(16).padStart(HEX_PER_HASH, '0');
    kept++;
  }
  return out;
}

/**
 * The estimated share of shingles the two descriptions have in common (0–1), or null when
 * either has no sketch. The k smallest hashes of the union are a random sample of it; the
 * share of those found in both sketches estimates the Jaccard similarity.
 */
export function sketchSimilarity(a: string, b: string): number | null {
  if (a === '' || b === '') return null;
  return similarityAtLeast(a, b, 0) as number;
}

/**
 * sketchSimilarity when it is at least `needed`, else null — found without reading most of
 * the two sketches: once more of the union's sample is unshared than `needed` allows, the
 * answer is known. Unrelated descriptions are told apart after a quarter of the sample, and
 * the hex is compared as it is stored (fixed width, so text order is number order), never
 * parsed: parsing every sketch took most of indexing 10,000 jobs.
 */
export function similarityAtLeast(a: string, b: string, needed: number): number | null {
  const countA = a.length / HEX_PER_HASH;
  const countB = b.length / HEX_PER_HASH;
  const k = Math.min(countA, countB);
  const unsharedAllowed = k - Math.ceil(needed * k);
  let i = 0;
  let j = 0;
  let both = 0;
  for (let taken = 0; taken < k; taken++) {
    const order = i >= countA ? 1 : j >= countB ? -1 : compareHashes(a, i * HEX_PER_HASH, b, j * HEX_PER_HASH);
    if (order === 0) {
      both++;
      i++;
      j++;
    } else {
      if (taken + 1 - both > unsharedAllowed) return null;
      if (order < 0) i++;
      else j++;
    }
  }
  return both / k;
}

function compareHashes(a: string, at: number, b: string, bt: number): number {
  for (let n = 0; n < HEX_PER_HASH; n++) {
    const difference = a.charCodeAt(at + n) - b.charCodeAt(bt + n);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** Lower-cased words without accents, punctuation or markup symbols: formatting never counts. */
function foldWords(text: string): string[] {
  return foldForSearch(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/** FNV-1a, 32 bits. */
function hashWord(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

function rotate(value: number, bits: number): number {
  return ((value << bits) | (value >>> (32 - bits))) >>> 0;
}

/** MurmurHash3's finaliser: spreads the combined word hashes over all 32 bits. */
function mix(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
