import type { RawSection } from '../core/raw-posting';

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
/** Longer than this, a "heading" is a paragraph someone styled big. */
const MAX_HEADING_LENGTH = 200;
/** A description is never this big; past it the rest of a hostile page is ignored. */
const MAX_NODES = 200_000;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

type Block = { heading: string } | { line: string };

/**
 * The sections of a description element: each h1–h6 starts one; its text has one line per
 * paragraph, div or line break, "- item" per list item, "**text**" for a block that is
 * wholly bold. Walks with an explicit stack, so a deeply nested page cannot overflow it.
 */
export function domToSections(root: Node): RawSection[] {
  const sections: RawSection[] = [];
  let heading = '';
  let lines: string[] = [];
  const close = () => {
    if (lines.length > 0) sections.push({ heading, text: lines.join('\n') });
  };
  for (const block of domToBlocks(root)) {
    if ('heading' in block) {
      close();
      heading = block.heading;
      lines = [];
    } else lines.push(block.line);
  }
  close();
  return sections;
}

/** The visible text of an element, one paragraph, heading or list item per line. */
export function domToText(root: Node): string {
  return domToBlocks(root)
    .map((block) => ('heading' in block ? block.heading : block.line))
    .join('\n');
}

function domToBlocks(root: Node): Block[] {
  const blocks: Block[] = [];
  let boldDepth = 0;
  let itemDepth = 0;
  let preDepth = 0;
  let inHeading = false;
  let headingPieces: string[] = [];
  let pieces: string[] = [];
  let sawBold = false;
  let sawPlain = false;

  const flushLine = () => {
    const text = collapse(pieces.join(''));
    const wasBold = sawBold && !sawPlain;
    pieces = [];
    sawBold = false;
    sawPlain = false;
    if (text === '') return;
    if (itemDepth > 0) blocks.push({ line: `- ${text}` });
    else blocks.push({ line: wasBold ? `**${text}**` : text });
  };

  const endHeading = () => {
    const text = collapse(headingPieces.join(''));
    inHeading = false;
    headingPieces = [];
    if (text === '') return;
    if (text.length > MAX_HEADING_LENGTH) {
      pieces.push(text);
      sawPlain = true;
      flushLine();
    } else blocks.push({ heading: text });
  };

  const addText = (text: string) => {
    if (inHeading) {
      headingPieces.push(text);
      return;
    }
    if (preDepth > 0 && text.includes('\n')) {
      text.split('\n').forEach((part, i) => {
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

  const open = (name: string): void => {
    if (inHeading) {
      // A block inside a heading wrapper ("<h2><p>About</p><p>us</p></h2>") is heading text.
      if (BLOCKS.has(name) || name === 'br') headingPieces.push(' ');
      return;
    }
    // A heading inside a list item is that item's text (some ATS style every bullet as h3).
    if (HEADINGS.has(name) && itemDepth === 0) {
      flushLine();
      inHeading = true;
    } else if (BOLD.has(name)) boldDepth++;
    else if (name === 'br') {
      if (itemDepth > 0) pieces.push(' ');
      else flushLine();
    } else if (name === 'li') {
      flushLine();
      itemDepth++;
    } else if (BLOCKS.has(name)) {
      flushLine();
      if (name === 'pre') preDepth++;
    } else if (name === 'td' || name === 'th') pieces.push(' ');
  };

  const close = (name: string, startedHeading: boolean): void => {
    if (startedHeading) {
      endHeading();
      return;
    }
    if (inHeading) return;
    if (BOLD.has(name)) boldDepth = Math.max(0, boldDepth - 1);
    else if (name === 'li') {
      flushLine();
      itemDepth = Math.max(0, itemDepth - 1);
    } else if (BLOCKS.has(name)) {
      flushLine();
      if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
    } else if (name === 'td' || name === 'th') pieces.push(' ');
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
      addText((node as Text).data);
      continue;
    }
    let startedHeading = false;
    if (node.nodeType === ELEMENT_NODE) {
      const name = elementName(node);
      if (DROPPED.has(name) || (node as Element).hasAttribute('hidden')) continue;
      const wasInHeading = inHeading;
      open(name);
      startedHeading = !wasInHeading && inHeading;
      stack.push({ node, exit: true, startedHeading });
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push({ node: children[i]!, exit: false, startedHeading: false });
    }
  }
  if (inHeading) endHeading();
  flushLine();
  return blocks;
}

function elementName(node: Node): string {
  return ((node as Element).localName ?? '').toLowerCase();
}

/** A letter or digit: what makes a piece of text count as bold or plain (not ":" or "•"). */
const HAS_WORD = /[\p{L}\p{N}]/u;

/** Runs of whitespace (no-break spaces included) to one space; zero-width characters dropped. */
function collapse(text: string): string {
  return text.replace(/[\u200b\u200c\u200d\u2060\ufeff]/g, '').replace(/\s+/g, ' ').trim();
}
