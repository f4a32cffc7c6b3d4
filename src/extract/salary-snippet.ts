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
  const ch = text[i];
  if (clause && ch === ';') return true;
  if (ch !== '.' && ch !== '!' && ch !== '?') return false;
  const next = text[i + 1];
  if (next !== ' ' && next !== '\u00A0' && next !== undefined) return false;
  return /[a-z0-9)\]_*%]/.test(text[i - 1] ?? '');
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
 * list, heading and bold marks removed.
 */
export function displayText(text: string, line: Span, from: number, to: number): string {
  let span = sentenceAround(text, line, from, to);
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

/** Removes light-markdown marks that are formatting, not words. */
export function cleanMarkdown(raw: string): string {
  return raw
    .replace(/\\([-+*_#.()[\]])/g, '$1')
    .replace(/^[ \t]{0,8}(?:#{1,6}[ \t]{1,4}|[-*•·][ \t]{1,4}|\d{1,3}[.)][ \t]{1,4})/, '')
    .replace(/\*\*|__/g, '')
    .replace(/^[\s*_]{1,8}|[\s*_]{1,8}$/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
