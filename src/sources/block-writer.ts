import type { RawSection } from '../core/raw-posting';
import { collapseWhitespace } from './collapse-whitespace';

/**
 * Markup → light markdown (RawSection text), the part both readers of markup share: the
 * file readers' tokenizer walk (html-to-sections.ts) and the content script's DOM walk
 * (src/sites/dom-to-sections.ts). Each walker decides what an element means; this writes
 * the lines: one per paragraph, "- item" inside list items, "**text**" for a line that is
 * wholly bold, and headings apart.
 */

/** A heading or a line, in document order: what sections and plain text are both built from. */
export type Block = { heading: string } | { line: string };

/** Longer than this, a "heading" is a paragraph someone styled big. */
const MAX_HEADING_LENGTH = 200;

export class BlockWriter {
  readonly blocks: Block[] = [];
  /** Open <b>/<strong>, list items and <pre> around the text being written. */
  boldDepth = 0;
  itemDepth = 0;
  preDepth = 0;
  /** Text goes to the heading until endHeading(). */
  inHeading = false;
  /** The current heading has shown some visible text yet. */
  headingHasText = false;

  private pieces: string[] = [];
  private sawBold = false;
  private sawPlain = false;
  private headingPieces: string[] = [];

  /** Ends the current line, if it holds any text. */
  flushLine(): void {
    const text = collapse(this.pieces.join(''));
    const wasBold = this.sawBold && !this.sawPlain;
    this.pieces = [];
    this.sawBold = false;
    this.sawPlain = false;
    if (text === '') return;
    if (this.itemDepth > 0) this.blocks.push({ line: `- ${text}` });
    else this.blocks.push({ line: wasBold ? `**${text}**` : text });
  }

  startHeading(): void {
    this.flushLine();
    this.inHeading = true;
  }

  /** A heading too long to be one becomes a plain line. */
  endHeading(): void {
    const text = collapse(this.headingPieces.join(''));
    this.inHeading = false;
    this.headingPieces = [];
    this.headingHasText = false;
    if (text === '') return;
    if (text.length > MAX_HEADING_LENGTH) {
      this.pieces.push(text);
      this.sawPlain = true;
      this.flushLine();
    } else this.blocks.push({ heading: text });
  }

  addText(text: string): void {
    if (this.inHeading) {
      this.headingPieces.push(text);
      if (!this.headingHasText && VISIBLE.test(text)) this.headingHasText = true;
      return;
    }
    if (this.preDepth > 0 && text.includes('\n')) {
      text.split('\n').forEach((part, i) => {
        if (i > 0) this.flushLine();
        this.addText(part);
      });
      return;
    }
    this.pieces.push(text);
    if (HAS_WORD.test(text)) {
      if (this.boldDepth > 0) this.sawBold = true;
      else this.sawPlain = true;
    }
  }

  /** A space in the current line: between table cells, or for a line break inside a list item. */
  addSpace(): void {
    this.pieces.push(' ');
  }

  /** A space in the heading being written, where a block or line break splits its words. */
  addHeadingSpace(): void {
    this.headingPieces.push(' ');
  }

  /** <br>: a new line, except inside a list item, which stays one line. */
  lineBreak(): void {
    if (this.itemDepth > 0) this.addSpace();
    else this.flushLine();
  }

  /** Everything written, the last heading and line ended. */
  finish(): Block[] {
    if (this.inHeading) this.endHeading();
    this.flushLine();
    return this.blocks;
  }
}

/** Each heading starts a section holding the lines after it. */
export function blocksToSections(blocks: readonly Block[]): RawSection[] {
  const sections: RawSection[] = [];
  let heading = '';
  let lines: string[] = [];
  const close = () => {
    if (lines.length > 0) sections.push({ heading, text: lines.join('\n') });
  };
  for (const block of blocks) {
    if ('heading' in block) {
      close();
      heading = block.heading;
      lines = [];
    } else lines.push(block.line);
  }
  close();
  return sections;
}

/** One heading or line per line of text. */
export function blocksToText(blocks: readonly Block[]): string {
  return blocks.map((block) => ('heading' in block ? block.heading : block.line)).join('\n');
}

/** A letter or digit: what makes a piece of text count as bold or plain (not ":" or "•"). */
const HAS_WORD = /[\p{L}\p{N}]/u;

/** Anything but whitespace and zero-width characters. */
const VISIBLE = /[^\s\u200b\u200c\u200d\u2060\ufeff]/;

const ZERO_WIDTH = /[\u200b\u200c\u200d\u2060\ufeff]/;
const ZERO_WIDTH_ALL = /[\u200b\u200c\u200d\u2060\ufeff]/g;

/** Runs of whitespace (no-break spaces included) to one space; zero-width characters dropped. */
function collapse(text: string): string {
  const visible = ZERO_WIDTH.test(text) ? text.replace(ZERO_WIDTH_ALL, '') : text;
  return collapseWhitespace(visible).trim();
}
