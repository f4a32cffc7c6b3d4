import { normalizeMarkdownLine, opensSpecialLine } from './normalize-text-markdown';

/**
 * The line-level half of normalizeText: each line's spaces collapsed and trimmed, markdown
 * lines put in light-markdown form, blank lines at either end dropped and runs of them cut
 * to one.
 *
 * One walk over the lines instead of a chain of whole-text replaces and a split/join: most
 * section text is tidy already (sources write light markdown), so the walk only checks each
 * line and hands back the input itself, without a copy. The first line that changes starts
 * an output built from the unchanged prefix plus the lines after it.
 *
 * The text must have been through normalizeCharacters: the only whitespace left is " " and
 * "\n".
 */
export function tidyLines(text: string): string {
  // Where the next double space and emphasis markers are (text.length when there are no
  // more), kept up to date as the lines go by: each is searched for with indexOf once over
  // the whole text, not once per line.
  let doubleSpace = positionOf(text, '  ', 0);
  let asterisk = positionOf(text, '*', 0);
  let underscore = positionOf(text, '_', 0);
  let nextMarker = Math.min(doubleSpace, asterisk, underscore);
  /** The output, once some line differs from its source; until then it is text.slice(0, keptEnd). */
  let parts: string[] | null = null;
  let keptEnd = -1; // where the last kept line ends in `text`; -1 before the first
  let blankPending = false; // a blank line seen since the last kept line (a run counts as one)

  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    if (nextMarker < start) {
      if (doubleSpace < start) doubleSpace = positionOf(text, '  ', start);
      if (asterisk < start) asterisk = positionOf(text, '*', start);
      if (underscore < start) underscore = positionOf(text, '_', start);
      nextMarker = Math.min(doubleSpace, asterisk, underscore);
    }
    let line: string | null; // null: tidy as it stands
    if (start === end) line = '';
    // The common line, checked here without a call: no marker, opens with a letter, no space at the end.
    else if (nextMarker >= end && isAsciiLetter(text.charCodeAt(start)) && text.charCodeAt(end - 1) !== SPACE) line = null;
    else line = tidyLine(text, start, end, doubleSpace < end, asterisk < end || underscore < end);

    if (line === '') {
      if (keptEnd !== -1) blankPending = true;
    } else {
      const separator = keptEnd === -1 ? '' : blankPending ? '\n\n' : '\n';
      // The output is still a prefix of the text while each kept line is unchanged and only
      // its separator stands before it.
      const inPlace = line === null && start === (keptEnd === -1 ? 0 : keptEnd + separator.length);
      if (parts === null && !inPlace) parts = keptEnd === -1 ? [] : [text.slice(0, keptEnd)];
      if (parts !== null) {
        if (separator !== '') parts.push(separator);
        parts.push(line ?? text.slice(start, end));
      }
      keptEnd = end;
      blankPending = false;
    }
    if (newline === -1) break;
    start = newline + 1;
  }
  if (parts !== null) return parts.join('');
  // Every kept line unchanged: at most blank lines or spaces at the end to drop.
  return keptEnd === -1 ? '' : keptEnd === text.length ? text : text.slice(0, keptEnd);
}

/** The non-empty line [start, end) tidied: '' when it is blank, null when it is tidy already (no copy made). */
function tidyLine(text: string, start: number, end: number, hasDoubleSpace: boolean, hasMarkers: boolean): string | null {
  const spaceAtEdge = text.charCodeAt(start) === SPACE || text.charCodeAt(end - 1) === SPACE;
  if (!hasDoubleSpace && !spaceAtEdge) {
    // "- item" is in light-markdown form already (normalizeMarkdownLine returns it as is).
    if (!hasMarkers && end - start > 2 && text.startsWith('- ', start)) return null;
    if (!hasMarkers && !maySpecialStart(text, start)) return null; // a plain sentence
    const source = text.slice(start, end);
    const line = normalizeMarkdownLine(source);
    return line === source ? null : line;
  }
  // Spaces to drop: with single spaces only, the edges are trimmed without a copy first.
  const collapsed = hasDoubleSpace ? collapseAndTrim(text.slice(start, end)) : trimmedSlice(text, start, end);
  if (collapsed === '' || (!hasMarkers && !maySpecialStart(collapsed, 0))) return collapsed;
  return normalizeMarkdownLine(collapsed);
}

/** Whether the line at `start` may open with a list marker, heading, quote or break; a letter never does. */
function maySpecialStart(text: string, start: number): boolean {
  return !isAsciiLetter(text.charCodeAt(start)) && opensSpecialLine(text.charAt(start));
}

function isAsciiLetter(code: number): boolean {
  const lower = code | 0x20; // folds A-Z onto a-z, and nothing else onto them
  return lower >= 97 && lower <= 122;
}

/** Where `marker` next occurs at or after `from`, or text.length. */
function positionOf(text: string, marker: string, from: number): number {
  const at = text.indexOf(marker, from);
  return at === -1 ? text.length : at;
}

const SPACE = 32;

/** Runs of spaces as one, no space at either end (the line holds no other whitespace). */
function collapseAndTrim(line: string): string {
  const collapsed = line.replace(/ {2,}/g, ' ');
  return trimmedSlice(collapsed, 0, collapsed.length);
}

/** text[start, end) without the one space that may stand at either end. */
function trimmedSlice(text: string, start: number, end: number): string {
  const from = text.charCodeAt(start) === SPACE ? start + 1 : start;
  const to = end > from && text.charCodeAt(end - 1) === SPACE ? end - 1 : end;
  return from === 0 && to === text.length ? text : text.slice(from, to);
}
