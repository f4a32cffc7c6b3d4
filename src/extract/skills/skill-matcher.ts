import AhoCorasick from 'modern-ahocorasick';
import type { SkillEntry } from './skill-entry';
import { isWordChar, standsAlone } from './skill-boundaries';
import { isWordUnit, keyWordsOf, stretchesOf, type KeyWords, type Stretches } from './skill-search-regions';
import { searchKeyOf, searchStringOf, startsWithWordUnit } from './skill-search-text';

/** One way of writing a skill, with the rules the matcher applies to it. */
export interface Spelling {
  entry: SkillEntry;
  /** As the dictionary writes it. */
  text: string;
  lower: string;
  /** Only this exact letter case counts ("Go", not "go"). */
  caseSensitive: boolean;
  /** An ordinary word too: counts only in a technical context (see skill-context.ts). */
  ambiguous: boolean;
  /** Refuses hyphen compounds ("C-level", "Go-to-market"); see skill-boundaries.ts. */
  hyphenSensitive: boolean;
  /** Its automaton key begins with WORD_START (it must start a word). */
  prefixed: boolean;
  /** `text` is all ASCII: a hit can be verified unit by unit, without a lower-cased copy. */
  asciiLower: boolean;
}

/** A spelling found in a text: verified, whole-token, possibly overlapping others. */
export interface SkillHit {
  spelling: Spelling;
  start: number;
  end: number;
}

/** A compiled dictionary: find spellings in text, look names up, suggest names. */
export interface SkillMatcher {
  readonly entries: readonly SkillEntry[];
  /** Every whole-token spelling in `text`, overlaps included, ordered by end. */
  hits(text: string): SkillHit[];
  /** The entry a name or alias means, any letter case ("golang" → Go); undefined if none. */
  lookup(nameOrAlias: string): SkillEntry | undefined;
  /** Entries whose name, an alias or a word of the name starts with `prefix`, best first. */
  suggest(prefix: string, limit: number): SkillEntry[];
}

/**
 * Compiles a dictionary. The automaton is built on the first search, not here: the content
 * script imports the default matcher on every page, and most pages are not job postings.
 */
export function createSkillMatcher(entries: readonly SkillEntry[]): SkillMatcher {
  let compiled: Compiled | undefined;
  let index: LookupIndex | undefined;
  return {
    entries,
    hits: (text) => findHits((compiled ??= compile(entries.flatMap(spellingsOf))), text),
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
    prefixed: startsWithWordUnit(text),
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

interface Compiled {
  automaton: AhoCorasick;
  /** Spellings per automaton pattern index; exact-case spellings first (stronger evidence). */
  byKey: Spelling[][];
  /** Per pattern index: the key ends in a word unit, so a word unit after it means a longer word. */
  endsInWord: boolean[];
  /** The keys' words, to scan only where a key can match; null to scan everything. */
  keyWords: KeyWords | null;
}

function compile(spellings: readonly Spelling[]): Compiled {
  const keyIndex = new Map<string, number>();
  const byKey: Spelling[][] = [];
  for (const spelling of spellings) {
    const key = searchKeyOf(spelling.text);
    let i = keyIndex.get(key);
    if (i === undefined) {
      i = byKey.length;
      keyIndex.set(key, i);
      byKey.push([]);
    }
    byKey[i]!.push(spelling);
  }
  for (const list of byKey) list.sort((a, b) => Number(b.caseSensitive) - Number(a.caseSensitive));
  const keys = [...keyIndex.keys()];
  const endsInWord = keys.map((key) => /\w$/.test(key));
  return { automaton: new AhoCorasick(keys), byKey, endsInWord, keyWords: keyWordsOf(keys) };
}

/**
 * A text naming skills more often than this is not a posting (a pasted list, a fuzzer):
 * the scan stops there, so a pathological megabyte costs what this many hits cost. A long
 * real posting names a few hundred.
 */
export const MAX_HITS = 10_000;

/** Units of stretches scanned per batch: one batch for any real posting. */
const BATCH = 32_768;

function findHits(compiled: Compiled, text: string): SkillHit[] {
  const out: SkillHit[] = [];
  if (text === '') return out;
  const search = searchStringOf(text);
  if (compiled.keyWords === null) {
    collectHits(compiled, text, search, null, out);
    return out;
  }
  for (let from = 0; from !== -1 && out.length < MAX_HITS; ) {
    const stretches = stretchesOf(search, compiled.keyWords, from, BATCH);
    collectHits(compiled, text, stretches.text, stretches, out);
    from = stretches.next;
  }
  return out;
}

/**
 * Scans `scanned` (the search string, or stretches of it) and appends the verified,
 * whole-token hits, with offsets into `text`.
 */
function collectHits(
  { automaton, byKey, endsInWord }: Compiled,
  text: string,
  scanned: string,
  stretches: Stretches | null,
  out: SkillHit[],
): void {
  let stretch = 0;
  for (const match of automaton.iterate(scanned)) {
    if (out.length >= MAX_HITS) break;
    const candidates = byKey[match.patternIndex];
    if (candidates === undefined) continue;
    // Most hits are the start of a longer word ("c" of "cloud"): drop them before any
    // slicing. (A stretch may end early, so passing here still gets the full check below.)
    if (endsInWord[match.patternIndex] && isWordUnit(scanned.charCodeAt(match.end))) continue;
    // Where the match is in the search string: hits come in order of their end, and no
    // match spans two stretches, so the stretch only ever moves forward.
    let at = match.start;
    if (stretches !== null) {
      while (stretch + 1 < stretches.starts.length && stretches.starts[stretch + 1]! <= match.start) stretch++;
      at = stretches.origins[stretch]! + (match.start - stretches.starts[stretch]!);
    }
    const length = match.end - match.start;
    for (const spelling of candidates) {
      // Search offset i is text offset i - 1; a prefixed key's first unit is the one
      // before the word, so the word itself starts where the key does.
      const start = spelling.prefixed ? at : at - 1;
      const end = at + length - 1;
      if (!spelledAt(text, start, end, spelling)) continue;
      if (!standsAlone(text, start, end, spelling)) continue;
      out.push({ spelling, start, end });
      break;
    }
  }
}

/**
 * Whether text[start, end) is the spelling: exactly, or up to letter case when the
 * spelling allows it. The slice always has the spelling's length (the fold keeps one unit
 * for one unit), so an exact spelling is a startsWith. For an ASCII spelling the
 * case-insensitive test compares unit by unit, folding only A–Z: the same answer as
 * lower-casing the slice, because the automaton matched this place, so wherever the
 * spelling has a letter or digit the text has it too in ASCII (the fold turns every
 * non-ASCII unit into a non-letter), and no non-ASCII unit lower-cases to the ASCII
 * punctuation the spelling has elsewhere. Hits are the hot path; this copies nothing.
 */
function spelledAt(text: string, start: number, end: number, spelling: Spelling): boolean {
  if (spelling.caseSensitive) return text.startsWith(spelling.text, start);
  if (!spelling.asciiLower) return text.slice(start, end).toLowerCase() === spelling.lower;
  const lower = spelling.lower;
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
