import { Tokenizer } from 'htmlparser2';

/** What `scanHtml` reports, in document order. Indices are offsets into the scanned string. */
export interface HtmlTokenHandler {
  /** `start` is the offset of "<", `end` the offset just past ">". */
  openTag(name: string, attributes: Readonly<Record<string, string>>, start: number, end: number): void;
  /** Explicit end tags only; void and self-closing elements get no call. */
  closeTag(name: string, start: number, end: number): void;
  /** Text with entities decoded, in pieces (a run of text may arrive as several calls). */
  text(text: string): void;
}

/** Elements that never have content or an end tag. */
export const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

/**
 * Walks HTML as a flat stream of tags and text with htmlparser2's Tokenizer.
 *
 * Why not htmlparser2's `Parser`: it keeps open elements in an array it shifts and searches
 * on every tag, so deeply nested or badly closed markup (a 1 MB run of "<b>" or
 * "<div></span>") takes seconds. The Tokenizer alone is linear; callers keep only the few
 * counters they need. Script, style, title and textarea content still arrives as raw text,
 * because the Tokenizer itself knows those elements.
 */
export function scanHtml(html: string, handler: HtmlTokenHandler): void {
  let tagName = '';
  let tagStart = 0;
  // Most tags have no attributes: they share one frozen empty object instead of allocating.
  let attributes: Record<string, string> = NO_ATTRIBUTES;
  let attributeName = '';
  let attributeValue = '';
  // <svg> and <math> content follows XML rules (a <title> inside is an element, not raw text).
  let foreignDepth = 0;

  const openTagEnd = (endIndex: number) => {
    const name = tagName;
    if (name === 'svg' || name === 'math') foreignDepth++;
    handler.openTag(name, attributes, tagStart, endIndex + 1);
    attributes = NO_ATTRIBUTES;
  };

  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      onopentagname(start, endIndex) {
        tagName = lowerCase(html.slice(start, endIndex));
        tagStart = start - 1;
        attributes = NO_ATTRIBUTES;
      },
      onattribname(start, endIndex) {
        attributeName = lowerCase(html.slice(start, endIndex));
        attributeValue = '';
      },
      onattribdata(start, endIndex) {
        attributeValue += html.slice(start, endIndex);
      },
      onattribentity(codepoint) {
        attributeValue += codePointToString(codepoint);
      },
      onattribend() {
        if (attributes === NO_ATTRIBUTES) attributes = {};
        // The first occurrence wins, as in browsers.
        if (!(attributeName in attributes)) attributes[attributeName] = attributeValue;
      },
      onopentagend: openTagEnd,
      onselfclosingtag: openTagEnd,
      onclosetag(start, endIndex) {
        const name = lowerCase(html.slice(start, endIndex));
        if ((name === 'svg' || name === 'math') && foreignDepth > 0) foreignDepth--;
        // `start` points past "</"; report the offset of "<" like openTag does.
        handler.closeTag(name, start - 2, endIndex + 1);
      },
      ontext(start, endIndex) {
        handler.text(html.slice(start, endIndex));
      },
      ontextentity(codepoint) {
        handler.text(codePointToString(codepoint));
      },
      oncdata() {},
      oncomment() {},
      ondeclaration() {},
      onprocessinginstruction() {},
      onend() {},
      isInForeignContext: () => foreignDepth > 0,
    },
  );
  tokenizer.write(html);
  tokenizer.end();
}

const NO_ATTRIBUTES: Record<string, string> = Object.freeze({}) as Record<string, string>;
const HAS_UPPER_CASE = /[A-Z]/;

/** Tag and attribute names are almost always lower case already: skip the copy then. */
function lowerCase(name: string): string {
  return HAS_UPPER_CASE.test(name) ? name.toLowerCase() : name;
}

function codePointToString(codepoint: number): string {
  return codepoint >= 0 && codepoint <= 0x10ffff ? String.fromCodePoint(codepoint) : '\ufffd';
}
