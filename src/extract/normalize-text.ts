import { decodeHTML, DecodingMode } from 'entities';
import { normalizeCharacters, stripEmoji } from './normalize-text-chars';
import { stripEmphasis, stripInlineMarkdown } from './normalize-text-markdown';
import { tidyLines } from './normalize-text-lines';
import { repairMojibake } from './normalize-text-mojibake';

export { repairMojibake } from './normalize-text-mojibake';

/**
 * Entities first, then mojibake: scraped pages often carry mojibake that was itself
 * entity-encoded ("&Atilde;&copy;"), which only shows up as repairable once decoded.
 * Strict decoding (semicolon required) so "&copy=2" in a pasted URL stays as written.
 */
function decodeAndRepair(text: string): string {
  const decoded = text.includes('&') ? decodeHTML(text, DecodingMode.Strict) : text;
  return repairMojibake(decoded);
}

/**
 * Section text in the light-markdown form every extractor reads (see RawSection): one
 * paragraph or list item per line, list items as "- ", a wholly bold line kept as
 * "**Heading**", links and emphasis reduced to their words, no entities, no mojibake, no
 * invisible characters, single spaces, at most one blank line in a row.
 */
export function normalizeText(text: string): string {
  // Characters are settled on the whole text (each step skips text it has nothing to do
  // on); spaces, blank lines and markdown lines then in one walk over the lines.
  return tidyLines(stripInlineMarkdown(normalizeCharacters(decodeAndRepair(text))));
}

/** Separators left dangling at either end once decorations are gone ("🚀 Engineer –" → "Engineer"). */
const SEPARATORS = new Set([' ', '-', '–', '—', '|', ':', ',', ';', '·', '•']);

/** A loop rather than /[…]+$/, which retries from every position of a long run of separators. */
function trimSeparators(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && SEPARATORS.has(text.charAt(start))) start++;
  while (end > start && SEPARATORS.has(text.charAt(end - 1))) end--;
  return text.slice(start, end);
}

/**
 * A title, company or location longer than this is not one (a page's whole text pasted into
 * the field); only its start is kept, which also bounds the work on hostile input.
 */
export const INLINE_MAX_CHARS = 4_000;

/**
 * A one-line field (title, company): repaired, decoded, without markdown, backticks or
 * decorative emoji, whitespace collapsed to single spaces.
 */
export function cleanInline(text: string): string {
  const field = text.length > INLINE_MAX_CHARS ? text.slice(0, INLINE_MAX_CHARS) : text;
  if (isCleanInline(field)) return field;
  const plain = stripEmphasis(stripInlineMarkdown(normalizeCharacters(decodeAndRepair(field))));
  return trimSeparators(stripEmoji(plain.replace(LEADING_HASHES, '')).replace(/\s+/g, ' '));
}

/** "## Title": a heading marker copied along with the words. */
const LEADING_HASHES = /^\s{0,20}#{1,6}\s/;

/**
 * Whether cleanInline would hand the field back as it is: printable ASCII (plus the curly
 * quotes and dashes headings are full of) without any character a step acts on — "&" for
 * entities, "[", "<", "\\", "`", "*", "_" for markdown, "#" for a heading marker — with single
 * spaces and no separator at either end. Most titles and headings are like this, and this
 * one loop is far cheaper than the eight passes that would each change nothing (there is
 * no control character, odd space, mojibake lead byte, emoji or other whitespace in it).
 */
function isCleanInline(field: string): boolean {
  for (let i = 0; i < field.length; i++) {
    const code = field.charCodeAt(i);
    if (code >= 0x20 && code < 0x7f) {
      if (code === SPACE ? field.charCodeAt(i + 1) === SPACE : INLINE_ACTIVE_ASCII.includes(code)) return false;
    } else if (code !== 0x2013 && code !== 0x2014 && code !== 0x2018 && code !== 0x2019) {
      return false;
    }
  }
  return !SEPARATORS.has(field.charAt(0)) && !SEPARATORS.has(field.charAt(field.length - 1));
}

const SPACE = 32;
/** & # * < [ \\ _ ` */
const INLINE_ACTIVE_ASCII: readonly number[] = [38, 35, 42, 60, 91, 92, 95, 96];
