/*
 * Small readers every adapter uses. Sites change their markup, so each field is looked up
 * through a list of selectors, most stable first (data-* hooks, microdata, semantic classes),
 * and the first one that holds text wins.
 */

/** Longer than this, a "title", "company" or "location" is not one (a pasted body, a whole pane). */
const MAX_FIELD_LENGTH = 300;

/** Whitespace collapsed and trimmed; null when nothing is left. */
export function cleanText(text: string | null | undefined): string | null {
  if (!text) return null;
  const cleaned = text.replace(/\s+/g, ' ').trim();
  return cleaned === '' ? null : cleaned;
}

/** An element's text (text nodes, never markup), cleaned: blocks apart by a space. */
export function textOf(element: Element | null | undefined): string | null {
  return cleanText(element ? blockText(element, ' ') : null);
}

/** Elements that start a line when rendered: their text must not run into the text beside them. */
const BLOCK_ELEMENTS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
const SKIPPED_ELEMENTS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
/** A field is short; a pane with more nodes than this is read no further. */
const MAX_TEXT_NODES = 5_000;

/**
 * An element's text with `separator` between blocks: textContent would glue "…as market
 * conditions change." to "Base Salary Pay Range" and that to "$227,500". Scripts and styles
 * are left out.
 */
export function blockText(element: Element, separator: string): string {
  const parts: string[] = [];
  const stack: Node[] = [element];
  let visited = 0;
  while (stack.length > 0 && visited++ < MAX_TEXT_NODES) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      parts.push((node as Text).data);
      continue;
    }
    if (node.nodeType !== 1) {
      // A marker pushed after a block's children: the block ends here.
      if (node === BLOCK_END) parts.push(separator);
      continue;
    }
    const tag = (node as Element).tagName;
    if (SKIPPED_ELEMENTS.has(tag)) continue;
    const block = BLOCK_ELEMENTS.has(tag);
    if (block) {
      parts.push(separator);
      stack.push(BLOCK_END);
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return parts.join('');
}

/** Stands in the walk's stack for the end of a block element (never a real node of the page). */
const BLOCK_END = { nodeType: -1 } as unknown as Node;

/** The first element matching one of the selectors, in the order given. */
export function firstElement(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const element = root.querySelector(selector);
    if (element) return element;
  }
  return null;
}

/** The first element, in selector order, whose text is not empty: for fields that render late. */
export function firstElementWithText(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    for (const element of Array.from(root.querySelectorAll(selector)).slice(0, 20)) {
      if (textOf(element)) return element;
    }
  }
  return null;
}

/** The text of the first matching element that has some, as a one-line field. */
export function firstText(root: ParentNode, selectors: readonly string[]): string | null {
  return fieldText(textOf(firstElementWithText(root, selectors)));
}

/** A `<meta property|name|itemprop="…" content="…">` value. */
export function metaContent(root: ParentNode, key: string): string | null {
  const safeKey = key.replace(/["\\]/g, '');
  const meta = root.querySelector(`meta[property="${safeKey}"], meta[name="${safeKey}"], meta[itemprop="${safeKey}"]`);
  return fieldText(cleanText(meta?.getAttribute('content')));
}

/** A one-line field, or null when it is too long to be one. */
export function fieldText(text: string | null): string | null {
  return text !== null && text.length <= MAX_FIELD_LENGTH ? text : null;
}

/**
 * The value shown under a label in a "label: value" list (Ashby's side pane, Workday's
 * definition lists): the element after the heading or dt whose text is the label.
 */
export function labelledValue(root: ParentNode, labelSelector: string, label: RegExp): string | null {
  for (const labelElement of Array.from(root.querySelectorAll(labelSelector)).slice(0, 50)) {
    const labelText = textOf(labelElement);
    if (!labelText || labelText.length > 60 || !label.test(labelText)) continue;
    let sibling = labelElement.nextElementSibling;
    for (let i = 0; sibling && i < 3; i++, sibling = sibling.nextElementSibling) {
      const value = fieldText(textOf(sibling));
      if (value) return value;
    }
  }
  return null;
}

/** The URL with its fragment dropped: the address a posting is saved under. */
export function pageUrl(url: URL): string {
  const copy = new URL(url.href);
  copy.hash = '';
  return copy.href;
}

/**
 * The page's own canonical address when it names one on the same host (career sites do, to
 * drop tracking parameters), else the URL without its fragment.
 */
export function canonicalPageUrl(doc: Document, url: URL): string {
  const href = doc.querySelector('link[rel="canonical"][href]')?.getAttribute('href');
  try {
    const canonical = href ? new URL(href, url) : null;
    if (canonical && canonical.hostname === url.hostname && /^https?:$/.test(canonical.protocol)) return pageUrl(canonical);
  } catch {
    // an unparsable href names nothing
  }
  return pageUrl(url);
}
