import type { RawSection } from '../core/raw-posting';
import { markdownInlineToText, whollyBoldText } from './markdown-inline';

export interface MarkdownHeading {
  level: number;
  text: string;
}
/**
 * A markdown file as a flat list: headings, and lines of light markdown (see RawSection)
 * as bare strings, since a large file has hundreds of thousands of them.
 */
export type MarkdownBlock = MarkdownHeading | string;

export interface MarkdownOptions {
  /**
   * Join a paragraph's soft-wrapped lines into one line, as markdown renders them. Off for
   * plain text, where a pasted posting usually puts one item per line without bullets.
   */
  joinSoftWraps?: boolean;
}

/** Sections of a markdown (or plain text) posting: headings start them, as in htmlToSections. */
export function markdownToSections(markdown: string, options: MarkdownOptions = {}): RawSection[] {
  return blocksToSections(lexMarkdown(markdown, options));
}

export function blocksToSections(blocks: readonly MarkdownBlock[]): RawSection[] {
  const sections: RawSection[] = [];
  let heading = '';
  let lines: string[] = [];
  const close = () => {
    if (lines.length > 0) sections.push({ heading, text: lines.join('\n') });
  };
  for (const block of blocks) {
    if (typeof block === 'string') lines.push(block);
    else {
      close();
      heading = block.text;
      lines = [];
    }
  }
  close();
  return sections;
}

const THEMATIC_BREAK = /^(?:[-*_][ \t]{0,3}){3,}$/;
const SETEXT_H1 = /^=+$/;
/** At least two: a lone "-" under a line is an empty list item in scraped text, not a heading. */
const SETEXT_H2 = /^-{2,}$/;
/** "Salary: …", "Location: …": a labelled line stands on its own even where markdown would join it. */
const LABEL_START = /^\p{Lu}[\p{L} ]{0,30}:(?:\s|$)/u;
const BULLETS = new Set(['*', '-', '+', '•']);
const TABLE_SEPARATOR = /^\|?[ \t:|-]+$/;
const LINE_BREAK_TAG = /<br[ \t]{0,5}\/?>/i;

/** Splits text into lines the way markdown does: \n, \r\n or a lone \r. */
export function splitLines(text: string): string[] {
  return (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text).split('\n');
}

/**
 * Reads markdown line by line (no regex spans lines): ATX and setext headings, list items
 * to "- item", wholly bold lines kept as "**text**", links and images to text, code fences
 * to their lines, tables to "a | b" lines, blank lines and thematic breaks dropped.
 */
export function lexMarkdown(markdown: string, options: MarkdownOptions = {}): MarkdownBlock[] {
  return lexMarkdownLines(splitLines(markdown), options);
}

export function lexMarkdownLines(lines: readonly string[], options: MarkdownOptions = {}): MarkdownBlock[] {
  const joinSoftWraps = options.joinSoftWraps ?? true;
  const blocks: MarkdownBlock[] = [];
  let inFence = false;

  // The paragraph or list item still being read: a soft-wrapped line may continue it, a
  // setext underline may turn it into a heading. Plain variables, not an object per line:
  // a megabyte of short lines must not become a megabyte of garbage.
  let pending = false;
  let pendingText = '';
  let pendingList = false;
  let pendingBold = false;
  let pendingOpen = false;
  let pendingColon = false;

  const closePending = () => {
    if (!pending) return;
    pending = false;
    blocks.push(pendingList ? `- ${pendingText}` : pendingBold ? `**${pendingText}**` : pendingText);
  };
  const startPending = (text: string, list: boolean, bold: boolean, open: boolean) => {
    closePending();
    pending = true;
    pendingText = text;
    pendingList = list;
    pendingBold = bold;
    pendingOpen = open;
    pendingColon = text.endsWith(':');
  };

  const readLine = (part: string, hardBreak: boolean) => {
    const line = part.trim();
    if (line === '') {
      closePending();
      return;
    }
    const first = line.charAt(0);
    if ((first === '`' || first === '~') && (line.startsWith('```') || line.startsWith('~~~'))) {
      closePending();
      inFence = !inFence;
      return;
    }
    if (inFence) {
      blocks.push(line);
      return;
    }
    if ((first === '=' || first === '-') && pending && !pendingList && !pendingBold && (SETEXT_H1.test(line) || SETEXT_H2.test(line))) {
      pending = false;
      blocks.push({ level: first === '=' ? 1 : 2, text: pendingText });
      return;
    }
    if ((first === '-' || first === '*' || first === '_') && THEMATIC_BREAK.test(line)) {
      closePending();
      return;
    }
    if (first === '#') {
      const heading = atxHeading(line);
      if (heading) {
        closePending();
        if (heading.text !== '') blocks.push(heading);
        return;
      }
    }
    const quoted = first === '>' ? stripBlockquote(line) : line;
    if (quoted === '') return;
    if (quoted.length === 1 && BULLETS.has(quoted)) {
      closePending();
      return;
    }
    const marker = listMarkerLength(quoted);
    if (marker > 0) {
      const text = markdownInlineToText(quoted.slice(marker));
      if (text !== '') startPending(text, true, false, !hardBreak);
      else closePending();
      return;
    }
    if (quoted.charAt(0) === '|') {
      if (!TABLE_SEPARATOR.test(quoted)) {
        const cells = quoted.split('|').map(markdownInlineToText).filter((cell) => cell !== '');
        if (cells.length > 0) {
          closePending();
          blocks.push(cells.join(' | '));
        }
      }
      return;
    }
    const boldText = whollyBoldText(quoted);
    const text = markdownInlineToText(boldText ?? quoted);
    if (text === '') return;
    const bold = boldText !== null;
    if (joinSoftWraps && pending && pendingOpen && !bold && !pendingBold && !pendingColon && !LABEL_START.test(text)) {
      // A rope concatenation, flattened once when the block is used.
      pendingText = `${pendingText} ${text}`;
      pendingOpen = !hardBreak;
      pendingColon = text.endsWith(':');
      return;
    }
    startPending(text, false, bold, !hardBreak && !bold);
  };

  for (const rawLine of lines) {
    // Two trailing spaces, a backslash or a <br> end a line where a soft wrap would not.
    const hardBreak = rawLine.endsWith('  ') || rawLine.endsWith('\\');
    if (rawLine.includes('<') && LINE_BREAK_TAG.test(rawLine)) {
      const parts = rawLine.split(LINE_BREAK_TAG);
      parts.forEach((part, index) => readLine(part, index < parts.length - 1 || hardBreak));
    } else readLine(rawLine, hardBreak);
  }
  closePending();
  return blocks;
}

/**
 * Length of a list marker and the whitespace after it ("* ", "- ", "+ ", "• ", "12. ",
 * "3) "), or 0. A marker needs that whitespace: "**bold**", "-5%" and "2024." are not items.
 */
function listMarkerLength(line: string): number {
  let index = 0;
  const first = line.charAt(0);
  if (BULLETS.has(first)) index = 1;
  else {
    while (index < 9 && line.charCodeAt(index) >= 0x30 && line.charCodeAt(index) <= 0x39) index++;
    if (index === 0 || (line.charAt(index) !== '.' && line.charAt(index) !== ')')) return 0;
    index++;
  }
  const afterMarker = index;
  while (line.charAt(index) === ' ' || line.charAt(index) === '\t') index++;
  return index > afterMarker ? index : 0;
}

/** "## Title ##" → heading level 2 "Title"; "#hashtag" (no space) is not a heading. */
function atxHeading(line: string): MarkdownHeading | null {
  let level = 0;
  while (level < 7 && line.charAt(level) === '#') level++;
  if (level === 0 || level > 6) return null;
  const next = line.charAt(level);
  if (next !== '' && next !== ' ' && next !== '\t') return null;
  let text = line.slice(level).trim();
  let end = text.length;
  while (end > 0 && text.charAt(end - 1) === '#') end--;
  if (end === 0 || text.charAt(end - 1) === ' ') text = text.slice(0, end).trim();
  return { level, text: markdownInlineToText(whollyBoldText(text) ?? text) };
}

function stripBlockquote(line: string): string {
  let start = 0;
  while (start < 10 && line.charAt(start) === '>') {
    start++;
    while (line.charAt(start) === ' ') start++;
  }
  return start === 0 ? line : line.slice(start);
}
