import type { SkillEntry } from './skill-entry';
import { isWordChar, standsAlone } from './skill-boundaries';
import type { Spelling } from './skill-spelling';
import { buildWordIndex, forEachCandidate, isAsciiWordUnit, type WordIndex } from './skill-word-index';

export type { Spelling } from './skill-spelling';

/** A spelling found in a text: verified, whole-token, possibly overlapping others. */
export interface SkillHit {
  spelling: Spelling;
  start: number;
  end: number;
}

/** A compiled dictionary: find spellings in text, look names up, suggest names. */
export interface SkillMatcher {
  readonly entries: readonly SkillEntry[];
  /** Every whole-token spelling in `text`, overlaps included, in text order of the word each begins with. */
  hits(text: string): SkillHit[];
  /** The entry a name or alias means, any letter case ("golang" → Go); undefined if none. */
  lookup(nameOrAlias: string): SkillEntry | undefined;
  /** Entries whose name, an alias or a word of the name starts with `prefix`, best first. */
  suggest(prefix: string, limit: number): SkillEntry[];
}

/**
 * Compiles a dictionary. The word index is built on the first search, not here: the content
 * script imports the default matcher on every page, and most pages are not job postings.
 */
export function createSkillMatcher(entries: readonly SkillEntry[]): SkillMatcher {
  let compiled: WordIndex | undefined;
  let index: LookupIndex | undefined;
  return {
    entries,
    hits: (text) => findHits((compiled ??= buildWordIndex(entries.flatMap(spellingsOf))), text),
    lookup: (nameOrAlias) => lookupIn((index ??= buildLookupIndex(entries)), nameOrAlias),
    suggest: (prefix, limit) => suggestFrom((index ??= buildLookupIndex(entries)), prefix, limit),
  };
}

/**
 * The name and aliases take the entry's case rule. `ambiguous` describes the NAME ("Go"),
 * so it covers the name and aliases that differ from it only in case ("GO"), not other
 * aliases ("Golang" is never an ordinary word). `ambiguousAliases` are exact-case and
 * ambiguous by definition.
 */
function spellingsOf(entry: SkillEntry): Spelling[] {
  const caseSensitive = entry.caseSensitive === true;
  const nameLower = entry.name.toLowerCase();
  const make = (text: string, cs: boolean, ambiguous: boolean): Spelling => ({
    entry,
    text,
    lower: text.toLowerCase(),
    caseSensitive: cs,
    ambiguous,
    hyphenSensitive: ambiguous || wordLength(text) <= 2,
    asciiLower: /^[\x00-\x7f]*$/.test(text),
  });
  const out = [make(entry.name, caseSensitive, entry.ambiguous === true)];
  for (const alias of entry.aliases ?? []) {
    out.push(make(alias, caseSensitive, entry.ambiguous === true && alias.toLowerCase() === nameLower));
  }
  for (const alias of entry.ambiguousAliases ?? []) out.push(make(alias, true, true));
  return out.filter((s) => s.text.trim() !== '');
}

function wordLength(text: string): number {
  let n = 0;
  for (const ch of text) if (isWordChar(ch)) n++;
  return n;
}

/**
 * A text naming skills more often than this is not a posting (a pasted list, a fuzzer):
 * the scan stops there, so a pathological megabyte costs what this many hits cost. A long
 * real posting names a few hundred.
 */
export const MAX_HITS = 10_000;

function findHits(index: WordIndex, text: string): SkillHit[] {
  const out: SkillHit[] = [];
  forEachCandidate(index, text, (group, start) => {
    const end = start + group.length;
    if (end > text.length) return true;
    // Most candidates are the start of a longer word ("go" of "google"): dropped before any other check.
    if (group.endsInWord && isAsciiWordUnit(text.charCodeAt(end))) return true;
    for (const spelling of group.spellings) {
      if (!spelledAt(text, start, end, spelling)) continue;
      if (!standsAlone(text, start, end, spelling)) continue;
      out.push({ spelling, start, end });
      break;
    }
    return out.length < MAX_HITS;
  });
  return out;
}

/**
 * Whether text[start, end) is the spelling: exactly, or up to letter case when the
 * spelling allows it. An exact spelling is a startsWith. An ASCII spelling is compared
 * unit by unit folding only A–Z, so a non-ASCII look-alike ("\u212A", the Kelvin sign,
 * lower-cases to "k") never passes for a letter. A spelling with non-ASCII letters is
 * compared lower-cased, with the same guard: where the spelling has ASCII the text must
 * too. Hits are the hot path; only that last, rare case copies.
 */
function spelledAt(text: string, start: number, end: number, spelling: Spelling): boolean {
  if (spelling.caseSensitive) return text.startsWith(spelling.text, start);
  const lower = spelling.lower;
  if (!spelling.asciiLower) {
    for (let i = 0; i < lower.length; i++) {
      if (text.charCodeAt(start + i) < 128 !== lower.charCodeAt(i) < 128) return false;
    }
    return text.slice(start, end).toLowerCase() === lower;
  }
  for (let i = 0; i < lower.length; i++) {
    let code = text.charCodeAt(start + i);
    if (code >= 65 && code <= 90) code += 32;
    if (code !== lower.charCodeAt(i)) return false;
  }
  return true;
}

interface LookupIndex {
  entries: readonly SkillEntry[];
  exact: Map<string, SkillEntry>;
  folded: Map<string, SkillEntry>;
  /** Per entry: lower-case name, lower-case aliases. */
  forms: { entry: SkillEntry; name: string; aliases: string[] }[];
}

function normalizeQuery(text: string): string {
  // Most queries are single tokens (the unrecognised-name check asks for every candidate).
  return /\s/.test(text) ? text.trim().replace(/\s+/g, ' ') : text;
}

function buildLookupIndex(entries: readonly SkillEntry[]): LookupIndex {
  const exact = new Map<string, SkillEntry>();
  const folded = new Map<string, SkillEntry>();
  // Names first, so a name beats another entry's alias that differs only in case.
  for (const entry of entries) {
    exact.set(entry.name, entry);
    if (!folded.has(entry.name.toLowerCase())) folded.set(entry.name.toLowerCase(), entry);
  }
  for (const entry of entries) {
    for (const alias of [...(entry.aliases ?? []), ...(entry.ambiguousAliases ?? [])]) {
      if (!exact.has(alias)) exact.set(alias, entry);
      if (!folded.has(alias.toLowerCase())) folded.set(alias.toLowerCase(), entry);
    }
  }
  const forms = entries.map((entry) => ({
    entry,
    name: entry.name.toLowerCase(),
    aliases: [...(entry.aliases ?? []), ...(entry.ambiguousAliases ?? [])].map((a) => a.toLowerCase()),
  }));
  return { entries, exact, folded, forms };
}

function lookupIn(index: LookupIndex, nameOrAlias: string): SkillEntry | undefined {
  const query = normalizeQuery(nameOrAlias);
  if (query === '') return undefined;
  return index.exact.get(query) ?? index.folded.get(query.toLowerCase());
}

/** Characters after which a new word of a name begins ("Google Cloud", "CI/CD", "Node.js"). */
const WORD_SEPARATOR = /[\s./\-(]/;

function suggestFrom(index: LookupIndex, prefix: string, limit: number): SkillEntry[] {
  const query = normalizeQuery(prefix).toLowerCase();
  if (query === '' || !(limit > 0)) return [];
  const ranked: { entry: SkillEntry; rank: number }[] = [];
  for (const { entry, name, aliases } of index.forms) {
    let rank = Infinity;
    if (name === query) rank = 0;
    else if (aliases.includes(query)) rank = 1;
    else if (name.startsWith(query)) rank = 2;
    else if (aliases.some((a) => a.startsWith(query))) rank = 3;
    else if (hasWordStartingWith(name, query)) rank = 4;
    if (rank !== Infinity) ranked.push({ entry, rank });
  }
  ranked.sort(
    (a, b) => a.rank - b.rank || a.entry.name.length - b.entry.name.length || a.entry.name.localeCompare(b.entry.name),
  );
  return ranked.slice(0, Math.floor(limit)).map((r) => r.entry);
}

function hasWordStartingWith(name: string, query: string): boolean {
  for (let i = 1; i < name.length; i++) {
    if (WORD_SEPARATOR.test(name[i - 1]!) && name.startsWith(query, i)) return true;
  }
  return false;
}
