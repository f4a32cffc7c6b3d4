import { MAX_TERM_LENGTH } from '../core/term-length';
import { isWordChar, standsAlone, type BoundarySpelling } from '../extract/skills/skill-boundaries';

/**
 * Finds exact wordings ("Go", "C++", ".NET", "Postgres") in a string with the skill
 * matcher's own word-boundary rules (skill-boundaries.ts: no "Go" in "Google", no "C" in
 * "C#" or "C-level", ".NET" in "ASP.NET"), without regular expressions: one Aho–Corasick
 * pass over the characters, so the cost stays linear in the text whatever the terms are.
 * The automaton is hand-rolled because this ships in the content script, where every
 * kilobyte counts and the dictionary's automaton library does not belong.
 *
 * Matches never overlap: the leftmost wins, and at one start the longest ("Node.js" over
 * "Node").
 */
export interface ScanTerm<T> {
  text: string;
  tag: T;
}

export interface TermMatch<T> {
  start: number;
  end: number;
  tag: T;
}

export type TermScanner<T> = (text: string, limit: number) => TermMatch<T>[];

interface Term<T> extends ScanTerm<T> {
  boundary: BoundarySpelling;
}

interface State<T> {
  next: Map<number, State<T>>;
  fail: State<T> | null;
  /** The term that ends exactly here. */
  term: Term<T> | null;
  /** The nearest state down the fail chain that ends a term: the other terms ending here. */
  output: State<T> | null;
}

export function compileTerms<T>(terms: readonly ScanTerm<T>[]): TermScanner<T> {
  const root = newState<T>();
  let longest = 0;
  for (const term of terms) {
    if (term.text === '' || term.text.length > MAX_TERM_LENGTH) continue;
    let state = root;
    for (let i = 0; i < term.text.length; i++) {
      const code = term.text.charCodeAt(i);
      let child = state.next.get(code);
      if (!child) state.next.set(code, (child = newState()));
      state = child;
    }
    state.term ??= { ...term, boundary: boundaryOf(term.text) }; // the first wording given wins a duplicate
    longest = Math.max(longest, term.text.length);
  }
  linkFailures(root);
  return (text, limit) => scan(root, longest, text, limit);
}

/**
 * The matcher refuses hyphen compounds ("C-level", "Go-to-market") for short spellings and
 * ordinary words. Without the dictionary only the length is known here, so an ordinary-word
 * skill in a compound ("Spring-loaded") may be marked where the matcher would not count it.
 */
function boundaryOf(text: string): BoundarySpelling {
  let wordChars = 0;
  for (const ch of text) if (isWordChar(ch)) wordChars++;
  return { text, hyphenSensitive: wordChars <= 2 };
}

function newState<T>(): State<T> {
  return { next: new Map(), fail: null, term: null, output: null };
}

/** Breadth first, as Aho–Corasick prescribes: a state's fail link points to a shallower state. */
function linkFailures<T>(root: State<T>): void {
  const queue: State<T>[] = [];
  for (const child of root.next.values()) {
    child.fail = root;
    queue.push(child);
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    for (const [code, child] of state.next) {
      let fallback = state.fail;
      while (fallback && !fallback.next.has(code)) fallback = fallback.fail;
      child.fail = fallback?.next.get(code) ?? root;
      child.output = child.fail.term ? child.fail : child.fail.output;
      queue.push(child);
    }
  }
}

function scan<T>(root: State<T>, longest: number, text: string, limit: number): TermMatch<T>[] {
  const matches: TermMatch<T>[] = [];
  // Candidates that may still lose to an earlier-starting or longer one, not yet decided.
  let pending: TermMatch<T>[] = [];
  let cursor = 0; // end of the last accepted match: nothing may start before it

  const settle = (threshold: number) => {
    while (pending.length > 0 && matches.length < limit) {
      let best = pending[0]!;
      for (const c of pending) if (c.start < best.start || (c.start === best.start && c.end > best.end)) best = c;
      if (best.start >= threshold) return;
      matches.push(best);
      cursor = best.end;
      pending = pending.filter((c) => c.start >= cursor);
    }
  };

  let state = root;
  for (let j = 0; j < text.length && matches.length < limit; j++) {
    const code = text.charCodeAt(j);
    let next = state.next.get(code);
    while (next === undefined && state !== root) {
      state = state.fail!;
      next = state.next.get(code);
    }
    state = next ?? root;
    const ending = state.term ? state : state.output;
    // A letter or digit right after the hit refuses every term ending here: one cheap check.
    if (ending && !wordCharAt(text, j + 1)) {
      for (let s: State<T> | null = ending; s; s = s.output) {
        const term = s.term!;
        const start = j + 1 - term.text.length;
        if (start >= cursor && standsAlone(text, start, j + 1, term.boundary)) {
          pending.push({ start, end: j + 1, tag: term.tag });
        }
      }
    }
    // A term ending later starts at j + 2 - longest or after: anything before is decided.
    if (pending.length > 0) settle(j + 2 - longest);
  }
  settle(Infinity);
  return matches;
}

/** isWordChar without making a one-character string for the common ASCII case. */
function wordCharAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
  return index < text.length && isWordChar(text[index]);
}
