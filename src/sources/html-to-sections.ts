import type { RawSection } from '../core/raw-posting';
import { scanHtml, VOID_ELEMENTS } from './html-tokens';
import { collapseWhitespace } from './collapse-whitespace';

export interface HtmlToSectionsOptions {
  /**
   * Also drop navigation, site header and footer, sidebars, forms and buttons: for a whole
   * saved page, where those hold menus and cookie banners rather than the posting.
   */
  dropPageChrome?: boolean;
}

/** Content that is never text a reader sees. */
const ALWAYS_DROPPED = new Set([
  'script', 'style', 'noscript', 'svg', 'math', 'template', 'head', 'title', 'iframe', 'object', 'canvas', 'select', 'textarea',
]);
const CHROME_DROPPED = new Set(['nav', 'header', 'footer', 'aside', 'form', 'button', 'dialog']);

/** Elements that end the current line (a paragraph, item or row each get their own). */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'html', 'li', 'main', 'nav', 'ol', 'p',
  'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const BOLD = new Set(['b', 'strong']);
const LISTS = new Set(['ul', 'ol', 'dl']);
/** Longer than this, a "heading" is a paragraph someone styled big. */
const MAX_HEADING_LENGTH = 200;

/** A heading or a line, in document order: what sections and plain text are both built from. */
type Block = { heading: string } | { line: string };

/**
 * Splits an HTML job description into sections: each h1–h6 starts one, and its text is
 * the light markdown every extractor reads (RawSection): a line per paragraph, div or
 * line break, "- item" per list item, "**text**" for a block that is wholly bold. Scripts,
 * styles and the like are dropped, entities decoded, whitespace collapsed. Linear in the
 * input and never throws, whatever the markup.
 */
export function htmlToSections(html: string, options: HtmlToSectionsOptions = {}): RawSection[] {
  const sections: RawSection[] = [];
  let heading = '';
  let lines: string[] = [];
  const close = () => {
    if (lines.length > 0) sections.push({ heading, text: lines.join('\n') });
  };
  for (const block of htmlToBlocks(html, options)) {
    if ('heading' in block) {
      close();
      heading = block.heading;
      lines = [];
    } else lines.push(block.line);
  }
  close();
  return sections;
}

/** The visible text of some HTML, one paragraph, heading or list item per line. */
export function htmlToText(html: string, options: HtmlToSectionsOptions = {}): string {
  return htmlToBlocks(html, options)
    .map((block) => ('heading' in block ? block.heading : block.line))
    .join('\n');
}

function htmlToBlocks(html: string, options: HtmlToSectionsOptions): Block[] {
  const blocks: Block[] = [];
  const dropped = options.dropPageChrome ? new Set([...ALWAYS_DROPPED, ...CHROME_DROPPED]) : ALWAYS_DROPPED;

  // Counters, not a stack of elements: broken markup cannot make them expensive, and an
  // unmatched end tag only ever brings one back to zero.
  let droppedDepth = 0;
  let droppedName = '';
  let boldDepth = 0;
  let listDepth = 0;
  let itemDepth = 0;
  let preDepth = 0;
  let headingName = '';

  let pieces: string[] = [];
  let sawBold = false;
  let sawPlain = false;
  let headingPieces: string[] = [];
  let headingHasText = false;

  const flushLine = () => {
    const text = collapse(pieces.join(''));
    pieces = [];
    const wasBold = sawBold && !sawPlain;
    sawBold = false;
    sawPlain = false;
    if (text === '') return;
    if (itemDepth > 0) blocks.push({ line: `- ${text}` });
    else blocks.push({ line: wasBold ? `**${text}**` : text });
  };

  const endHeading = () => {
    const text = collapse(headingPieces.join(''));
    headingName = '';
    headingPieces = [];
    headingHasText = false;
    if (text === '') return;
    if (text.length > MAX_HEADING_LENGTH) {
      pieces.push(text);
      sawPlain = true;
      flushLine();
    } else blocks.push({ heading: text });
  };

  const addText = (text: string) => {
    if (headingName !== '') {
      headingPieces.push(text);
      if (!headingHasText && VISIBLE.test(text)) headingHasText = true;
      return;
    }
    if (preDepth > 0 && text.includes('\n')) {
      const parts = text.split('\n');
      parts.forEach((part, i) => {
        if (i > 0) flushLine();
        addText(part);
      });
      return;
    }
    pieces.push(text);
    if (HAS_WORD.test(text)) {
      if (boldDepth > 0) sawBold = true;
      else sawPlain = true;
    }
  };

  scanHtml(html, {
    openTag(name) {
      if (droppedDepth > 0) {
        if (name === droppedName) droppedDepth++;
        return;
      }
      if (dropped.has(name)) {
        if (VOID_ELEMENTS.has(name)) return;
        droppedName = name;
        droppedDepth = 1;
        return;
      }
      // A heading inside a list item is that item's text (some ATS style every bullet as h3).
      if (HEADINGS.has(name) && itemDepth === 0) {
        if (headingName !== '') endHeading();
        flushLine();
        headingName = name;
        return;
      }
      if (headingName !== '' && (BLOCKS.has(name) || HEADINGS.has(name))) {
        // A block inside a heading wrapper ("<h2><p>About</p></h2>") stays heading text; one
        // after the heading's text means its end tag is missing.
        if (!headingHasText) return;
        endHeading();
      }
      if (BOLD.has(name)) boldDepth++;
      else if (name === 'br') {
        if (itemDepth > 0) pieces.push(' ');
        else flushLine();
      } else if (name === 'li') {
        flushLine();
        // "<li>one<li>two": an item opened inside an item of the same list closes it.
        itemDepth = Math.min(itemDepth + 1, Math.max(listDepth, 1));
      } else if (BLOCKS.has(name)) {
        flushLine();
        if (LISTS.has(name)) listDepth++;
        if (name === 'pre') preDepth++;
      } else if (name === 'td' || name === 'th') pieces.push(' ');
    },
    closeTag(name) {
      if (droppedDepth > 0) {
        if (name === droppedName) droppedDepth--;
        return;
      }
      if (BOLD.has(name)) {
        boldDepth = Math.max(0, boldDepth - 1);
        return;
      }
      if (HEADINGS.has(name)) {
        if (headingName !== '') endHeading();
        return;
      }
      if (headingName !== '') {
        if (!BLOCKS.has(name) || !headingHasText) return;
        endHeading();
      }
      if (name === 'li') {
        flushLine();
        itemDepth = Math.max(0, itemDepth - 1);
      } else if (BLOCKS.has(name)) {
        flushLine();
        if (LISTS.has(name)) {
          listDepth = Math.max(0, listDepth - 1);
          itemDepth = Math.min(itemDepth, listDepth);
        }
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
      } else if (name === 'td' || name === 'th') pieces.push(' ');
    },
    text(text) {
      if (droppedDepth === 0) addText(text);
    },
  });
  if (headingName !== '') endHeading();
  flushLine();
  return blocks;
}

/** A letter or digit: what makes a piece of text count as bold or plain (not ":" or "•"). */
const HAS_WORD = /[\p{L}\p{N}]/u;

/** Anything but whitespace and zero-width characters. */
const VISIBLE = /[^\s\u200b\u200c\u200d\u2060\ufeff]/;

/** Runs of whitespace (no-break spaces included) to one space; zero-width characters dropped. */
function collapse(text: string): string {
  const visible = ZERO_WIDTH.test(text) ? text.replace(ZERO_WIDTH_ALL, '') : text;
  return collapseWhitespace(visible).trim();
}

const ZERO_WIDTH = /[\u200b\u200c\u200d\u2060\ufeff]/;
const ZERO_WIDTH_ALL = /[\u200b\u200c\u200d\u2060\ufeff]/g;
