/**
 * Cutting the words a salary came from out of a section: the line it sits on, the sentence
 * or clause around it, and a clean display form for `Salary.text`.
 * Every scan is bounded by the line and by MAX_REACH, so a 1 MB line costs no more than a
 * short one per figure.
 */

export interface Span {
  start: number;
  end: number;
}

/** How far a sentence or clause may reach from the figure, in characters. */
const MAX_REACH = 300;

/**
 * Longest stretch of a line we look at on either side of a figure: a posting squeezed onto
 * one 1 MB line must not make every figure scan the whole of it.
 */
const MAX_LINE_REACH = 1_000;

/** Where each line starts, found once per text so that finding a figure's line is a lookup. */
export class LineIndex {
  /** Built on the first lookup: most texts have no pay figure and never need it. */
  private starts: number[] | null = null;

  constructor(private readonly text: string) {}

  private lineStarts(): number[] {
    if (this.starts) return this.starts;
    const starts = [0];
    for (let i = this.text.indexOf('\n'); i >= 0; i = this.text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.starts = starts;
    return starts;
  }

  /** The line containing [from, to), clipped to MAX_LINE_REACH either side. */
  around(from: number, to: number): Span {
    const starts = this.lineStarts();
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= from) low = mid;
      else high = mid - 1;
    }
    const start = starts[low]!;
    const next = starts[low + 1];
    const end = next === undefined ? this.text.length : next - 1;
    return {
      start: Math.max(start, from - MAX_LINE_REACH),
      end: Math.max(to, Math.min(end, to + MAX_LINE_REACH)),
    };
  }
}

/**
 * A sentence ends at ". ", "! " or "? " after a lower-case letter, digit or closing mark —
 * so "U.S. base pay" and "$132,000.00-$264,000.00" do not end one. With `clause`, ";" ends
 * one too.
 */
function isBoundary(text: string, i: number, clause: boolean): boolean {
  // Character codes, not one-character strings: this runs for every character of a clause.
  const ch = text.charCodeAt(i);
  if (clause && ch === 0x3b) return true; // ;
  if (ch !== 0x2e && ch !== 0x21 && ch !== 0x3f) return false; // . ! ?
  // NaN past the end of the text, which ends a sentence like a space.
  const next = text.charCodeAt(i + 1);
  if (next !== 0x20 && next !== 0xa0 && !Number.isNaN(next)) return false;
  return endsSentenceWord(text.charCodeAt(i - 1));
}

/** [a-z0-9)\]_*%]: what a sentence's last word may end with before its full stop. */
function endsSentenceWord(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x30 && code <= 0x39) ||
    code === 0x29 || // )
    code === 0x5d || // ]
    code === 0x5f || // _
    code === 0x2a || // *
    code === 0x25 // %
  );
}

/** The sentence (or with `clause`, the clause) around [from, to), within `line`. */
export function sentenceAround(text: string, line: Span, from: number, to: number, clause = false): Span {
  let start = line.start;
  for (let i = from - 1; i >= Math.max(line.start, from - MAX_REACH); i--) {
    if (isBoundary(text, i, clause)) {
      start = i + 1;
      break;
    }
  }
  let end = Math.min(line.end, to + MAX_REACH);
  for (let i = to; i < end; i++) {
    if (isBoundary(text, i, clause)) {
      end = i + 1;
      break;
    }
  }
  return { start, end };
}

/** Longest `Salary.text` we keep; longer sentences are cut around the figure. */
const MAX_TEXT = 220;

/**
 * The words to show for a figure at [from, to): its sentence (the whole line when the line
 * is one sentence), cut to a window around the figure when longer than MAX_TEXT; markdown
 * list, heading and bold marks removed. `sentence` is `sentenceAround(text, line, from, to)`,
 * which the caller has already found.
 */
export function displayText(text: string, sentence: Span, from: number, to: number): string {
  let span = sentence;
  if (span.end - span.start > MAX_TEXT) {
    const half = Math.max(0, Math.floor((MAX_TEXT - (to - from)) / 2));
    let start = Math.max(span.start, from - half);
    let end = Math.min(span.end, to + half);
    // Widen to whole words so the text never starts or ends mid-word.
    while (start > span.start && /\S/.test(text[start - 1] ?? '') && from - start < half + 20) start--;
    while (end < span.end && /\S/.test(text[end] ?? '') && end - to < half + 20) end++;
    span = { start, end };
  }
  return cleanMarkdown(text.slice(span.start, span.end));
}

const ESCAPED_MARK = /\\([-+*_#.()[\]])/g;
const LINE_MARKER = /^[ \t]{0,8}(?:#{1,6}[ \t]{1,4}|[-*•·][ \t]{1,4}|\d{1,3}[.)][ \t]{1,4})/;
const BOLD_MARK = /\*\*|__/g;
const EDGE_MARKS = /^[\s*_]{1,8}|[\s*_]{1,8}$/g;
const EDGE_CHARACTER = /[\s*_]/;
const SPACE_RUN = /\s{2,}/g;

/**
 * Removes light-markdown marks that are formatting, not words. Each step is skipped when a
 * plain look shows it cannot change anything: EDGE_MARKS in particular tries its `$`
 * alternative from every position, though it can only act when an end is a mark or space.
 */
export function cleanMarkdown(raw: string): string {
  let text = raw.includes('\\') ? raw.replace(ESCAPED_MARK, '$1') : raw;
  text = text.replace(LINE_MARKER, '');
  if (text.includes('**') || text.includes('__')) text = text.replace(BOLD_MARK, '');
  if (EDGE_CHARACTER.test(text.charAt(0)) || EDGE_CHARACTER.test(text.charAt(text.length - 1))) {
    text = text.replace(EDGE_MARKS, '');
  }
  return text.replace(SPACE_RUN, ' ').trim();
}
