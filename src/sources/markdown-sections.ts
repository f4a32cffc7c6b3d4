import type { RawSection } from '../core/raw-posting';
import { markdownInlineToText, whollyBoldText, withoutEdgeSymbols } from './markdown-inline';

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
  /**
   * The caller has checked the whole text with `hasNoInlineMarkdown`: paragraph lines are
   * then taken as they are, without a look for inline markdown on each.
   */
  noInlineMarkdown?: boolean;
}

/**
 * Anything `markdownInlineToText` acts on (see its NEEDS_WORK), anywhere in a text: its
 * marks, whitespace other than a space or a line break, two spaces in a row. Checked once
 * per text, since a text with none of it (a megabyte of one-word lines, most plain pasted
 * postings) needs no check per line.
 */
const INLINE_WORK_ANYWHERE = /[[<`*_\\&]|[^\S \n\r]| {2}/;

/** Whether no line of `text` has anything for `markdownInlineToText` to do. */
export function hasNoInlineMarkdown(text: string): boolean {
  return !INLINE_WORK_ANYWHERE.test(text);
}

/** Sections of a markdown (or plain text) posting: headings start them, as in htmlToSections. */
export function markdownToSections(markdown: string, options: MarkdownOptions = {}): RawSection[] {
  return blocksToSections(lexMarkdown(markdown, options));
}

export function blocksToSections(blocks: readonly MarkdownBlock[]): RawSection[] {
  const sections: RawSection[] = [];
  let heading = '';
  // The current section's lines are blocks[runStart, index): joined in one call, not copied
  // one by one, since a large file has hundreds of thousands of them.
  let runStart = 0;
  for (let index = 0; index <= blocks.length; index++) {
    const block = blocks[index];
    if (typeof block === 'string') continue;
    if (index > runStart) {
      const lines = runStart === 0 && index === blocks.length ? blocks : blocks.slice(runStart, index);
      sections.push({ heading, text: lines.join('\n') });
    }
    if (block !== undefined) heading = block.text;
    runStart = index + 1;
  }
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

/**
 * Most lines read one by one. A long posting has a few hundred; a file with many more is
 * not one posting, and a megabyte of short lines must cost no more than reading this many.
 */
export const MAX_LINES = 20_000;

/**
 * Splits text into lines the way markdown does: \n, \r\n or a lone \r — at most MAX_LINES
 * of them, then the rest of the text, line breaks and all, as one last element, which
 * lexMarkdownLines keeps as it is.
 */
export function splitLines(text: string): string[] {
  const normalized = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  const lines = normalized.split('\n', MAX_LINES);
  if (lines.length < MAX_LINES) return lines;
  let restStart = 0;
  for (const line of lines) restStart += line.length + 1;
  if (restStart <= normalized.length) lines.push(normalized.slice(restStart));
  return lines;
}

/**
 * Reads markdown line by line (no regex spans lines): ATX and setext headings, list items
 * to "- item", wholly bold lines kept as "**text**", links and images to text, code fences
 * to their lines, tables to "a | b" lines, blank lines and thematic breaks dropped.
 */
export function lexMarkdown(markdown: string, options: MarkdownOptions = {}): MarkdownBlock[] {
  return lexMarkdownLines(splitLines(markdown), { noInlineMarkdown: hasNoInlineMarkdown(markdown), ...options });
}

/**
 * Blocks of `lines`, which splitLines made: a last element that holds line breaks is the
 * rest of a text longer than MAX_LINES lines, and is kept as one block, as it is (trimmed).
 */
export function lexMarkdownLines(rawLines: readonly string[], options: MarkdownOptions = {}): MarkdownBlock[] {
  const lines = rejoinBrokenBold(rawLines);
  const lexer = new LineLexer(options.joinSoftWraps ?? true, options.noInlineMarkdown ?? false);
  const last = lines.length - 1;
  for (let index = 0; index < last; index++) lexer.readRawLine(lines[index]!);
  if (last >= 0) {
    const lastLine = lines[last]!;
    if (lastLine.includes('\n')) lexer.keepRest(lastLine);
    else lexer.readRawLine(lastLine);
  }
  return lexer.finish();
}

/**
 * Scraped postings break a bold heading at a line break inside its markers: "**  " then
 * "Experience we're looking for**", or "**We are looking for someone who:  " then "**".
 * A line that is only a marker goes back to the line it opens or closes. Lines are copied
 * only when one is found; the check costs a length test per line.
 */
function rejoinBrokenBold(lines: readonly string[]): readonly string[] {
  let out: string[] | null = null;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.length > 8 || line.length < 2) continue;
    const marker = line.trim();
    if (marker !== '**' && marker !== '__') continue;
    const current = out ?? lines;
    const before = previousNonBlank(current, index);
    const after = nextNonBlank(current, index);
    const beforeText = before === -1 ? '' : current[before]!.trim();
    const afterText = after === -1 ? '' : current[after]!.trim();
    if (beforeText.startsWith(marker) && !beforeText.endsWith(marker) && beforeText.length > 2) {
      out ??= [...lines];
      out[before] = beforeText + marker;
      out[index] = '';
    } else if (afterText.endsWith(marker) && !afterText.startsWith(marker) && afterText.length > 2) {
      out ??= [...lines];
      out[after] = marker + afterText;
      out[index] = '';
    }
  }
  return out ?? lines;
}

function previousNonBlank(lines: readonly string[], index: number): number {
  for (let at = index - 1; at >= 0 && at >= index - 3; at--) if (lines[at]!.trim() !== '') return at;
  return -1;
}

function nextNonBlank(lines: readonly string[], index: number): number {
  for (let at = index + 1; at < lines.length && at <= index + 3; at++) if (lines[at]!.trim() !== '') return at;
  return -1;
}

/**
 * Whether a trimmed line starting with this character code may be block syntax: a fence
 * (` ~), a setext underline or thematic break (= - * _), a heading (#), a blockquote (>), a
 * bullet (* - + •), an ordered list marker (a digit), a table row (|) or a wholly bold line
 * (* _). Any other line is a paragraph line, and skips every block check.
 */
function mayStartBlockSyntax(code: number): boolean {
  if (code >= 0x30 && code <= 0x39) return true;
  switch (code) {
    case 0x60: // `
    case 0x7e: // ~
    case 0x3d: // =
    case 0x2d: // -
    case 0x2a: // *
    case 0x5f: // _
    case 0x23: // #
    case 0x3e: // >
    case 0x2b: // +
    case 0x2022: // •
    case 0x7c: // |
      return true;
    default:
      return false;
  }
}

function endsWithColon(text: string): boolean {
  return text.charCodeAt(text.length - 1) === 0x3a;
}

/** "!" to "~": not whitespace, so a line that starts and ends with one needs no trim. */
function isPrintableAscii(code: number): boolean {
  return code >= 0x21 && code <= 0x7e;
}

/**
 * The state of one lexMarkdownLines run. A class with plain fields rather than closures over
 * local variables, and no object per line: a megabyte of short lines must cost little time
 * and make little garbage.
 */
class LineLexer {
  readonly blocks: MarkdownBlock[] = [];
  private inFence = false;

  // The paragraph or list item still being read: a soft-wrapped line may continue it, a
  // setext underline may turn it into a heading.
  private pending = false;
  private pendingText = '';
  private pendingList = false;
  private pendingBold = false;
  private pendingOpen = false;
  private pendingColon = false;

  constructor(
    private readonly joinSoftWraps: boolean,
    private readonly noInlineMarkdown: boolean,
  ) {}

  readRawLine(rawLine: string): void {
    // Two trailing spaces, a backslash or a <br> end a line where a soft wrap would not.
    // (Character codes rather than endsWith: this runs once per line of a file.)
    const last = rawLine.charCodeAt(rawLine.length - 1);
    const hardBreak = last === 0x5c || (last === 0x20 && rawLine.charCodeAt(rawLine.length - 2) === 0x20);
    // With no inline markdown anywhere there is no "<", so no <br> either.
    if (!this.noInlineMarkdown && rawLine.includes('<') && LINE_BREAK_TAG.test(rawLine)) {
      const parts = rawLine.split(LINE_BREAK_TAG);
      for (let index = 0; index < parts.length; index++) {
        this.readLine(parts[index]!, index < parts.length - 1 || hardBreak);
      }
    } else this.readLine(rawLine, hardBreak);
  }

  /** The unread rest of a very long text (see splitLines): one block, as it is. */
  keepRest(rest: string): void {
    this.closePending();
    const kept = rest.trim();
    if (kept !== '') this.blocks.push(kept);
  }

  finish(): MarkdownBlock[] {
    this.closePending();
    return this.blocks;
  }

  private closePending(): void {
    if (!this.pending) return;
    this.pending = false;
    this.blocks.push(this.pendingList ? `- ${this.pendingText}` : this.pendingBold ? `**${this.pendingText}**` : this.pendingText);
  }

  private startPending(text: string, list: boolean, bold: boolean, open: boolean): void {
    this.closePending();
    this.pending = true;
    this.pendingText = text;
    this.pendingList = list;
    this.pendingBold = bold;
    this.pendingOpen = open;
    this.pendingColon = endsWithColon(text);
  }

  private readLine(part: string, hardBreak: boolean): void {
    const line = isPrintableAscii(part.charCodeAt(0)) && isPrintableAscii(part.charCodeAt(part.length - 1)) ? part : part.trim();
    if (line === '') {
      this.closePending();
      return;
    }
    if (mayStartBlockSyntax(line.charCodeAt(0)) || this.inFence) {
      this.readBlockLine(line, hardBreak);
      return;
    }
    // "✨ **What you bring**": an emoji before a wholly bold line still makes it a bold line.
    if (line.charCodeAt(0) > 0x7f && !this.noInlineMarkdown) {
      const boldText = whollyBoldText(withoutEdgeSymbols(line));
      if (boldText !== null) {
        this.readParagraphLine(markdownInlineToText(boldText), true, hardBreak);
        return;
      }
    }
    // A paragraph line: no block syntax can start with its first character. It is trimmed,
    // so with no inline markdown anywhere, markdownInlineToText would return it as it is.
    this.readParagraphLine(this.noInlineMarkdown ? line : markdownInlineToText(line), false, hardBreak);
  }

  /** A line that may be block syntax, or any line inside a code fence. */
  private readBlockLine(line: string, hardBreak: boolean): void {
    const first = line.charAt(0);
    if ((first === '`' || first === '~') && (line.startsWith('```') || line.startsWith('~~~'))) {
      this.closePending();
      this.inFence = !this.inFence;
      return;
    }
    if (this.inFence) {
      this.blocks.push(line);
      return;
    }
    if (
      (first === '=' || first === '-') &&
      this.pending &&
      !this.pendingList &&
      !this.pendingBold &&
      (SETEXT_H1.test(line) || SETEXT_H2.test(line))
    ) {
      this.pending = false;
      this.blocks.push({ level: first === '=' ? 1 : 2, text: this.pendingText });
      return;
    }
    if ((first === '-' || first === '*' || first === '_') && THEMATIC_BREAK.test(line)) {
      this.closePending();
      return;
    }
    if (first === '#') {
      const heading = atxHeading(line);
      if (heading) {
        this.closePending();
        if (heading.text !== '') this.blocks.push(heading);
        return;
      }
    }
    const quoted = first === '>' ? stripBlockquote(line) : line;
    if (quoted === '') return;
    if (quoted.length === 1 && BULLETS.has(quoted)) {
      this.closePending();
      return;
    }
    const marker = listMarkerLength(quoted);
    if (marker > 0) {
      const text = markdownInlineToText(quoted.slice(marker));
      if (text !== '') this.startPending(text, true, false, !hardBreak);
      else this.closePending();
      return;
    }
    if (quoted.charAt(0) === '|') {
      if (!TABLE_SEPARATOR.test(quoted)) {
        const cells = quoted.split('|').map(markdownInlineToText).filter((cell) => cell !== '');
        if (cells.length > 0) {
          this.closePending();
          this.blocks.push(cells.join(' | '));
        }
      }
      return;
    }
    const boldText = whollyBoldText(quoted);
    this.readParagraphLine(markdownInlineToText(boldText ?? quoted), boldText !== null, hardBreak);
  }

  /** A line of paragraph text (its inline markdown already read): it continues the pending block or starts one. */
  private readParagraphLine(text: string, bold: boolean, hardBreak: boolean): void {
    if (text === '') return;
    if (
      this.joinSoftWraps &&
      this.pending &&
      this.pendingOpen &&
      !bold &&
      !this.pendingBold &&
      !this.pendingColon &&
      !LABEL_START.test(text)
    ) {
      // A rope concatenation, flattened once when the block is used.
      this.pendingText = `${this.pendingText} ${text}`;
      this.pendingOpen = !hardBreak;
      this.pendingColon = endsWithColon(text);
      return;
    }
    this.startPending(text, false, bold, !hardBreak && !bold);
  }
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
