import { decodeHTML, DecodingMode } from 'entities';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanInline, normalizeText, repairMojibake } from './normalize-text';
import { normalizeCharacters, stripEmoji } from './normalize-text-chars';
import { tidyLines } from './normalize-text-lines';
import { stripEmphasis, stripInlineMarkdown } from './normalize-text-markdown';

/**
 * normalizeText and cleanInline skip steps that would change nothing (one scan for the
 * characters repair and clean-up act on, one loop for plain one-line fields). These tests
 * hold them to the full chain of steps, so a skip can never change a result.
 */

function decode(text: string): string {
  return decodeHTML(text, DecodingMode.Strict);
}

/** Every step of normalizeText, none skipped. */
function normalizeFully(text: string): string {
  return tidyLines(stripInlineMarkdown(normalizeCharacters(repairMojibake(decode(text)))));
}

const SEPARATORS = /^[ \-–—|:,;·•]+|[ \-–—|:,;·•]+$/g;

/** Every step of cleanInline, none skipped. */
function cleanFully(text: string): string {
  const plain = stripEmphasis(stripInlineMarkdown(normalizeCharacters(repairMojibake(decode(text)))));
  return stripEmoji(plain.replace(/^\s{0,20}#{1,6}\s/, '')).replace(/\s+/g, ' ').replace(SEPARATORS, '');
}

describe('normalizeText skips repair only where it changes nothing', () => {
  it('for every UTF-16 code unit, alone and as the start of a two-byte sequence', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      // "©" (byte 0xA9) after a lead byte makes valid mojibake, which must be repaired.
      const text = `a${char}©b`;
      if (normalizeText(text) !== normalizeFully(text)) expect.fail(`U+${code.toString(16)}: ${normalizeText(text)}`);
    }
  });

  it.each([
    ['an ampersand without a semicolon stays', 'R&D and Q&A', 'R&D and Q&A'],
    ['an entity needs its semicolon', 'Salt &amp; Pepper', 'Salt & Pepper'],
    ['mojibake is repaired', 'Weâ€™re hiring', 'We’re hiring'],
    ['an odd space becomes a space', 'five\u00a0years', 'five years'],
  ])('%s', (_, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe('cleanInline on plain fields', () => {
  it.each([
    ['a plain heading stays', 'About the role', 'About the role'],
    ['a trailing colon goes', 'Requirements:', 'Requirements'],
    ['dashes and curly quotes stay inside', 'What you’ll do – day to day', 'What you’ll do – day to day'],
    ['a trailing dash goes', 'Senior Engineer –', 'Senior Engineer'],
    ['an ampersand stays', 'Compensation & Benefits', 'Compensation & Benefits'],
    ['an entity is decoded', 'Compensation &amp; Benefits;', 'Compensation & Benefits'],
    ['double spaces collapse', 'Nice  to have', 'Nice to have'],
    ['markdown goes', '**Perks**', 'Perks'],
  ])('%s', (_, input, expected) => {
    expect(cleanInline(input)).toBe(expected);
  });

  it('gives what the full chain of steps gives', () => {
    const field = fc
      .array(
        fc.constantFrom(
          ...['a', 'Go', ' ', '  ', ':', ';', ',', '-', '–', '’', '&', '&amp;', '&copy', '#', '## ', '*', '_', '|', '·'],
          ...['\\', '\\-', '`', '[x](y)', '<https://a.test>', 'é', 'Ã©', '\u00a0', '\t', '🚀', '…', '“', '•', '‣', '\u2028', '‼'],
        ),
        { maxLength: 15 },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(field, (text) => {
        expect(cleanInline(text)).toBe(cleanFully(text));
      }),
      { numRuns: 3000 },
    );
  });
});
