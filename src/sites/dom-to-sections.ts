import type { RawSection } from '../core/raw-posting';
import { BlockWriter, blocksToSections, blocksToText, type Block } from '../sources/block-writer';

/*
 * The page's own DOM → RawSection[], in the same light markdown as the file readers'
 * htmlToSections (src/sources/html-to-sections.ts), without pulling an HTML parser into the
 * content script: the browser already parsed the page. Text is read with `data` /
 * textContent, never innerHTML, so nothing from the page is ever treated as markup.
 */

/** Content that is never text a reader sees, or is page chrome inside a description. */
const DROPPED = new Set([
  'script', 'style', 'noscript', 'svg', 'math', 'template', 'head', 'title', 'iframe', 'object', 'canvas',
  'select', 'textarea', 'input', 'nav', 'button', 'dialog',
]);
/** Elements that end the current line (a paragraph, item or row each get their own). */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dl', 'dt', 'div',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'html', 'li', 'main', 'ol', 'p',
  'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const BOLD = new Set(['b', 'strong']);
/** A description is never this big; past it the rest of a hostile page is ignored. */
const MAX_NODES = 200_000;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * The sections of a description element: each h1–h6 starts one; its text has one line per
 * paragraph, div or line break, "- item" per list item, "**text**" for a block that is
 * wholly bold. Walks with an explicit stack, so a deeply nested page cannot overflow it.
 */
export function domToSections(root: Node): RawSection[] {
  return blocksToSections(domToBlocks(root));
}

/** The visible text of an element, one paragraph, heading or list item per line. */
export function domToText(root: Node): string {
  return blocksToText(domToBlocks(root));
}

function domToBlocks(root: Node): Block[] {
  const out = new BlockWriter();

  const open = (name: string): void => {
    if (out.inHeading) {
      // A block inside a heading wrapper ("<h2><p>About</p><p>us</p></h2>") is heading text.
      if (BLOCKS.has(name) || name === 'br') out.addHeadingSpace();
      return;
    }
    // A heading inside a list item is that item's text (some ATS style every bullet as h3).
    if (HEADINGS.has(name) && out.itemDepth === 0) out.startHeading();
    else if (BOLD.has(name)) out.boldDepth++;
    else if (name === 'br') out.lineBreak();
    else if (name === 'li') {
      out.flushLine();
      out.itemDepth++;
    } else if (BLOCKS.has(name)) {
      out.flushLine();
      if (name === 'pre') out.preDepth++;
    } else if (name === 'td' || name === 'th') out.addSpace();
  };

  const close = (name: string, startedHeading: boolean): void => {
    if (startedHeading) {
      out.endHeading();
      return;
    }
    if (out.inHeading) return;
    if (BOLD.has(name)) out.boldDepth = Math.max(0, out.boldDepth - 1);
    else if (name === 'li') {
      out.flushLine();
      out.itemDepth = Math.max(0, out.itemDepth - 1);
    } else if (BLOCKS.has(name)) {
      out.flushLine();
      if (name === 'pre') out.preDepth = Math.max(0, out.preDepth - 1);
    } else if (name === 'td' || name === 'th') out.addSpace();
  };

  // Each element is visited twice: on the way in (open) and, after its children, on the way out.
  const stack: { node: Node; exit: boolean; startedHeading: boolean }[] = [
    { node: root, exit: false, startedHeading: false },
  ];
  let visited = 0;
  while (stack.length > 0 && visited < MAX_NODES) {
    const frame = stack.pop()!;
    const node = frame.node;
    if (frame.exit) {
      close(elementName(node), frame.startedHeading);
      continue;
    }
    visited++;
    if (node.nodeType === TEXT_NODE) {
      out.addText((node as Text).data);
      continue;
    }
    let startedHeading = false;
    if (node.nodeType === ELEMENT_NODE) {
      const name = elementName(node);
      if (DROPPED.has(name) || (node as Element).hasAttribute('hidden')) continue;
      const wasInHeading = out.inHeading;
      open(name);
      startedHeading = !wasInHeading && out.inHeading;
      stack.push({ node, exit: true, startedHeading });
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push({ node: children[i]!, exit: false, startedHeading: false });
    }
  }
  return out.finish();
}

function elementName(node: Node): string {
  return ((node as Element).localName ?? '').toLowerCase();
}
