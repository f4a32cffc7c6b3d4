import type { RawSection } from '../core/raw-posting';
import { BlockWriter, blocksToSections, blocksToText, type Block } from './block-writer';
import { scanHtml, VOID_ELEMENTS } from './html-tokens';

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

/**
 * Splits an HTML job description into sections: each h1–h6 starts one, and its text is
 * the light markdown every extractor reads (RawSection): a line per paragraph, div or
 * line break, "- item" per list item, "**text**" for a block that is wholly bold. Scripts,
 * styles and the like are dropped, entities decoded, whitespace collapsed. Linear in the
 * input and never throws, whatever the markup.
 */
export function htmlToSections(html: string, options: HtmlToSectionsOptions = {}): RawSection[] {
  return blocksToSections(htmlToBlocks(html, options));
}

/** The visible text of some HTML, one paragraph, heading or list item per line. */
export function htmlToText(html: string, options: HtmlToSectionsOptions = {}): string {
  return blocksToText(htmlToBlocks(html, options));
}

function htmlToBlocks(html: string, options: HtmlToSectionsOptions): Block[] {
  const dropped = options.dropPageChrome ? new Set([...ALWAYS_DROPPED, ...CHROME_DROPPED]) : ALWAYS_DROPPED;

  // Counters, not a stack of elements: broken markup cannot make them expensive, and an
  // unmatched end tag only ever brings one back to zero.
  let droppedDepth = 0;
  let droppedName = '';
  let listDepth = 0;
  const out = new BlockWriter();

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
      if (HEADINGS.has(name) && out.itemDepth === 0) {
        if (out.inHeading) out.endHeading();
        out.startHeading();
        return;
      }
      if (out.inHeading && (BLOCKS.has(name) || HEADINGS.has(name))) {
        // A block inside a heading wrapper ("<h2><p>About</p></h2>") stays heading text; one
        // after the heading's text means its end tag is missing.
        if (!out.headingHasText) return;
        out.endHeading();
      }
      if (BOLD.has(name)) out.boldDepth++;
      else if (name === 'br') out.lineBreak();
      else if (name === 'li') {
        out.flushLine();
        // "<li>one<li>two": an item opened inside an item of the same list closes it.
        out.itemDepth = Math.min(out.itemDepth + 1, Math.max(listDepth, 1));
      } else if (BLOCKS.has(name)) {
        out.flushLine();
        if (LISTS.has(name)) listDepth++;
        if (name === 'pre') out.preDepth++;
      } else if (name === 'td' || name === 'th') out.addSpace();
    },
    closeTag(name) {
      if (droppedDepth > 0) {
        if (name === droppedName) droppedDepth--;
        return;
      }
      if (BOLD.has(name)) {
        out.boldDepth = Math.max(0, out.boldDepth - 1);
        return;
      }
      if (HEADINGS.has(name)) {
        if (out.inHeading) out.endHeading();
        return;
      }
      if (out.inHeading) {
        if (!BLOCKS.has(name) || !out.headingHasText) return;
        out.endHeading();
      }
      if (name === 'li') {
        out.flushLine();
        out.itemDepth = Math.max(0, out.itemDepth - 1);
      } else if (BLOCKS.has(name)) {
        out.flushLine();
        if (LISTS.has(name)) {
          listDepth = Math.max(0, listDepth - 1);
          out.itemDepth = Math.min(out.itemDepth, listDepth);
        }
        if (name === 'pre') out.preDepth = Math.max(0, out.preDepth - 1);
      } else if (name === 'td' || name === 'th') out.addSpace();
    },
    text(text) {
      if (droppedDepth === 0) out.addText(text);
    },
  });
  return out.finish();
}
