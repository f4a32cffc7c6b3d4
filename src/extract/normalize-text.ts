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
  return repairMojibake(decodeEntities(text));
}

/** Strict decoding needs the ";" that ends an entity: text without one has nothing to decode. */
function decodeEntities(text: string): string {
  return text.includes('&') && text.includes(';') ? decodeHTML(text, DecodingMode.Strict) : text;
}

/**
 * The characters repairMojibake (a UTF-8 lead byte read as U+00C2–U+00F4) or
 * normalizeCharacters (controls, odd spaces, invisibles, odd line breaks) act on, in one
 * class: section text rarely has any, and one scan that finds none replaces two.
 */
const MAY_NEED_REPAIR =
  /[\u0000-\u0009\u000b-\u001f\u007f-\u00a0\u00ad\u00c2-\u00f4\u1680\u2000-\u200f\u2028\u2029\u202f\u205f-\u2064\u3000\ufeff]/;

/**
 * Section text in the light-markdown form every extractor reads (see RawSection): one
 * paragraph or list item per line, list items as "- ", a wholly bold line kept as
 * "**Heading**", links and emphasis reduced to their words, no entities, no mojibake, no
 * invisible characters, single spaces, at most one blank line in a row.
 */
export function normalizeText(text: string): string {
  // Characters are settled on the whole text (each step skips text it has nothing to do
  // on); spaces, blank lines and markdown lines then in one walk over the lines.
  const decoded = decodeEntities(text);
  const characters = MAY_NEED_REPAIR.test(decoded) ? normalizeCharacters(repairMojibake(decoded)) : decoded;
  return tidyLines(stripInlineMarkdown(characters));
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
  if (isPlainInline(field)) return trimSeparators(field);
  const plain = stripEmphasis(stripInlineMarkdown(normalizeCharacters(decodeAndRepair(field))));
  return trimSeparators(stripEmoji(plain.replace(LEADING_HASHES, '')).replace(/\s+/g, ' '));
}

/** "## Title": a heading marker copied along with the words. */
const LEADING_HASHES = /^\s{0,20}#{1,6}\s/;

/**
 * Whether every step of cleanInline but the last (trimming separators) would hand the
 * field back as it is: printable ASCII (plus the curly quotes, dashes and bullets headings
 * are full of) without any character a step acts on — "[", "<", "\", "`", "*", "_" for
 * markdown, "#" for a heading marker, an entity ("&" with a ";") — and with single spaces.
 * Most titles and headings are like this, and three scans are far cheaper than the eight
 * passes that would each change nothing (there is no control character, odd space,
 * mojibake lead byte, emoji or other whitespace in it).
 */
function isPlainInline(field: string): boolean {
  return PLAIN_CHARACTERS.test(field) && !field.includes('  ') && !(field.includes('&') && field.includes(';'));
}

/**
 * Printable ASCII but # * < [ \ _ `, and the dashes, quotes, bullets and ellipsis of
 * U+2010–U+2027 (none of them an emoji, a space, or a character repair acts on).
 */
const PLAIN_CHARACTERS = /^[ !"$-)+-;=>?@A-Z\]^a-z{-~\u2010-\u2027]*$/;
