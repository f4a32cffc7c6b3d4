/**
 * Markdown that carries no meaning for extraction (links, images, emphasis, inline code,
 * escapes) is reduced to its words; what does carry meaning — a list item, a wholly bold
 * line that acts as a heading — is kept in the one light-markdown form the extractors read.
 *
 * Every pattern here is linear: character classes exclude their own delimiters and
 * repetition is bounded, so a 1 MB line full of brackets or asterisks stays fast.
 */

/** `![alt](src)`: an image says nothing about the job. */
const IMAGE = /!\[[^[\]\n]{0,500}\]\([^()\n]{0,2000}\)/g;
/** `[text](url)` → text. */
const LINK = /\[([^[\]\n]{0,500})\]\([^()\n]{0,2000}\)/g;
/** `<https://…>` autolinks → the address. */
const AUTOLINK = /<((?:https?:\/\/|mailto:)[^<>\s]{1,2000})>/g;
/** `\-`, `\*`, `\_` … : html-to-markdown converters escape punctuation that means nothing here. */
const ESCAPED_PUNCTUATION = /\\([!-/:-@[-`{-~])/g;
const BACKTICKS = /`+/g;
/** A thematic break ("---", "* * *", "___") is decoration. */
const THEMATIC_BREAK = /^(?:[-*_] ?){3,}$/;
/** "> quoted" */
const BLOCKQUOTE = /^(?:> ?){1,10}/;
/** "## Heading" left inside section text. */
const ATX_HEADING = /^#{1,6} +/;

/**
 * List markers at the start of a line → "- ". Symbol bullets may touch the text ("•Item");
 * ASCII and dash markers and numbers need a space after them so that "**bold**", "-5%" and
 * "2024." are not mistaken for list items.
 */
const BULLET = /^(?:[•·▪▫◦‣⁃●○■□►▸▹▶➢➤➔→✓✔✅◆◇♦❖⦁∙](?: ?)|[-*+–—](?: )|\(?\d{1,3}[.)](?: ))/;

/**
 * Inline markdown reduced to its words (links → text, images dropped, code ticks and escapes
 * removed). Works on whole text: no pattern crosses a line. Each pass runs only when its
 * trigger character occurs, since most text has none.
 */
export function stripInlineMarkdown(text: string): string {
  let out = text;
  if (out.includes('[')) out = out.replace(IMAGE, '').replace(LINK, '$1');
  if (out.includes('<')) out = out.replace(AUTOLINK, '$1');
  if (out.includes('\\')) out = out.replace(ESCAPED_PUNCTUATION, '$1');
  if (out.includes('`')) out = out.replace(BACKTICKS, '');
  return out;
}

/**
 * Emphasis markers removed: bold, italic, bold-italic, with `*` or `_`. A run of two or more
 * is always a marker. A single `*` is one when it touches a word on one side only, so
 * "5 * 3" stays; a single `_` is one unless it sits inside a word (snake_case stays),
 * because converters leave stray ones like "_ **Benefits:**_".
 *
 * A loop over the markers rather than a pattern with look-arounds: a line of a million
 * underscores must cost one pass.
 */
export function stripEmphasis(text: string): string {
  if (!text.includes('*') && !text.includes('_')) return text;
  // Appended as one string, not collected in an array: a megabyte of markers made a third
  // of a million tiny parts, and collecting them cost more than the scan.
  let out = '';
  let copiedUpTo = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== ASTERISK && code !== UNDERSCORE) continue;
    let end = i + 1;
    while (end < text.length && text.charCodeAt(end) === code) end++;
    const before = i > 0 ? text.charCodeAt(i - 1) : NONE;
    const after = end < text.length ? text.charCodeAt(end) : NONE;
    if (end - i >= 2 || isEmphasisMarker(code, before, after)) {
      if (i > copiedUpTo) out += text.slice(copiedUpTo, i);
      copiedUpTo = end;
    }
    i = end - 1;
  }
  if (copiedUpTo === 0) return text;
  return out + text.slice(copiedUpTo);
}

const ASTERISK = 42;
const UNDERSCORE = 95;
const NONE = -1;

function isEmphasisMarker(marker: number, before: number, after: number): boolean {
  if (marker === UNDERSCORE) return !(isWordCode(before) && isWordCode(after));
  const opens = !isWordCode(before) && after !== NONE && !isSpaceCode(after);
  const closes = before !== NONE && !isSpaceCode(before) && !isWordCode(after);
  return opens || closes;
}

const NON_ASCII_WORD = /[\p{L}\p{N}]/u;

function isWordCode(code: number): boolean {
  if (code < 0x80) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return NON_ASCII_WORD.test(String.fromCharCode(code));
}

function isSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 10;
}

/** Characters that can open a list marker, a heading, a quote or a thematic break. */
const SPECIAL_LINE_START = new Set([...'-*+_#>(0123456789•·▪▫◦‣⁃●○■□►▸▹▶➢➤➔→✓✔✅◆◇♦❖⦁∙–—']);

/** Whether a line opening with this character may need normalizeMarkdownLine even without emphasis markers. */
export function opensSpecialLine(firstChar: string): boolean {
  return SPECIAL_LINE_START.has(firstChar);
}

/**
 * One line of section text in light-markdown form: "- item" for any list item, "**Heading**"
 * for a line that is wholly bold (markers kept: they tell the section splitter this is a
 * pseudo-heading), everything else as plain words, spaces collapsed and trimmed. Inline
 * markdown must already be stripped (stripInlineMarkdown runs on the whole text).
 */
export function normalizeMarkdownLine(line: string): string {
  let rest = collapseSpaces(line);
  // The common cases must stay cheap: a file can have 100,000s of lines.
  const hasMarkers = rest.includes('*') || rest.includes('_');
  if (!hasMarkers && !SPECIAL_LINE_START.has(rest.charAt(0))) return rest; // a plain sentence
  if (!hasMarkers && rest.startsWith('- ') && rest.charAt(2) !== ' ' && rest.length > 2) return rest; // a list item
  if (isNormalizedBoldLine(rest)) return rest;

  if (rest.startsWith('>')) rest = rest.replace(BLOCKQUOTE, '').trim();
  if (THEMATIC_BREAK.test(rest)) return '';

  const heading = ATX_HEADING.exec(rest);
  if (heading) return asBoldLine(stripEmphasis(rest.slice(heading[0].length)));

  const bullet = BULLET.exec(rest);
  if (bullet && !rest.startsWith('**')) {
    rest = rest.slice(bullet[0].length);
    const item = collapseSpaces(stripEmphasis(rest));
    return item === '' ? '' : `- ${item}`;
  }

  if (isWhollyBold(rest)) return asBoldLine(stripEmphasis(rest));
  return collapseSpaces(stripEmphasis(rest));
}

/**
 * "**Heading**", "__Heading__", "***Heading***", "**Heading**:" and "_ **Heading**_" (a
 * converter's leftovers) are all a bold line; "**Team:** Engineering" is not (only its start is bold).
 */
function isWhollyBold(line: string): boolean {
  const inner = line.replace(/^[_ ]{1,4}(?=\*\*)/, '').replace(/(?<=\*\*:?)[_ ]{1,4}$/, '');
  return /^(?:\*\*|__)/.test(inner) && /(?:\*\*|__):?$/.test(inner) && inner.length > 4;
}

/** "**Heading**" exactly as normalizeMarkdownLine writes it. */
function isNormalizedBoldLine(line: string): boolean {
  const last = line.length - 3;
  return (
    line.length > 4 &&
    line.startsWith('**') &&
    line.indexOf('*', 2) === line.length - 2 &&
    line.endsWith('**') &&
    !line.includes('_') &&
    line.charAt(2) !== ' ' &&
    line.charAt(last) !== ' '
  );
}

function asBoldLine(words: string): string {
  const text = collapseSpaces(words);
  return text === '' ? '' : `**${text}**`;
}

function collapseSpaces(text: string): string {
  const collapsed = text.includes('  ') ? text.replace(/ {2,}/g, ' ') : text;
  return collapsed.trim();
}
