import { decodeHTML } from 'entities';
import { stripEmphasis, stripInlineMarkdown } from '../extract/normalize-text-markdown';
import { collapseWhitespace } from './collapse-whitespace';

/**
 * Markdown inline syntax reduced to its words, the way the extractors reduce section text
 * (the shared helpers of normalize-text): images dropped, links to their text, emphasis
 * markers, code ticks and backslash escapes removed. Also here: reference links, a small
 * set of formatting tags removed, entities decoded last. Other tags stay as the literal text
 * they are (a title "<img src=x onerror=…>" is text here, never markup).
 *
 * Every pattern is linear: character classes exclude their own delimiters and repetition is
 * bounded, so a 1 MB line of brackets or asterisks stays fast.
 */
export function markdownInlineToText(line: string): string {
  // Most lines are plain words: one test instead of the whole pipeline.
  if (!NEEDS_WORK.test(line)) return line.trim();
  let text = line;
  if (text.includes('][')) text = text.replace(REFERENCE_LINK, '$1');
  if (text.includes('<')) text = text.replace(FORMATTING_TAG, ' ');
  text = stripEmphasis(stripInlineMarkdown(text));
  if (text.includes('&')) text = decodeHTML(text);
  return collapseWhitespace(text).trim();
}

const EDGE_SYMBOLS = /^[\p{Extended_Pictographic}\p{So}\uFE0F\u200D\s]{1,12}|[\p{Extended_Pictographic}\p{So}\uFE0F\u200D\s]{1,12}$/gu;

/** A line without the emoji and symbols at its ends: "✨ **What you bring** 🚀" → "**What you bring**". */
export function withoutEdgeSymbols(line: string): string {
  return line.replace(EDGE_SYMBOLS, '');
}

/**
 * A line that is wholly bold ("**Must have:**", "__Nice to have__:") → its inner text with
 * any colon or full stop after the closing marker moved inside; otherwise null.
 */
export function whollyBoldText(line: string): string | null {
  const first = line.charCodeAt(0);
  if (first !== 0x2a && first !== 0x5f && first !== 0x20 && first !== 0x09) return null;
  const trimmed = line.trim();
  const marker = trimmed.slice(0, 2);
  if (marker !== '**' && marker !== '__') return null;
  let end = trimmed.length;
  let trailing = '';
  const last = trimmed.charAt(end - 1);
  if (last === ':' || last === '.') {
    trailing = last;
    end--;
  }
  if (end < 5 || trimmed.slice(end - 2, end) !== marker) return null;
  const inner = trimmed.slice(2, end - 2);
  if (inner.includes(marker) || inner.trim() === '') return null;
  return inner.trim() + trailing;
}

/** Characters any step below acts on; whitespace other than single spaces is collapsed. */
const NEEDS_WORK = /[[<`*_\\&]|[^\S ]|  /;
const REFERENCE_LINK = /\[([^[\]\n]{1,500})\]\[[^[\]\n]{0,100}\]/g;
/** Formatting HTML that markdown writers leave in; other tags are kept as text. */
const FORMATTING_TAG =
  /<\/?(?:a|b|strong|i|em|u|s|span|div|p|br|font|small|big|sup|sub|code|mark|ul|ol|li|h[1-6]|hr|blockquote|center|section|table|thead|tbody|tr|td|th)(?:\s[^<>]{0,500})?\/?>/gi;
