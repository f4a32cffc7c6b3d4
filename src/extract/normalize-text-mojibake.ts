/**
 * Undo "mojibake": UTF-8 bytes that were read as Windows-1252 and written back as UTF-8, so
 * "🌎" shows as "ðŸŒŽ", "’" as "â€™" and "é" as "Ã©". Job boards and copy-pasted postings
 * carry this often enough that every text field goes through here first.
 */

/**
 * The characters Windows-1252 puts at bytes 0x80–0x9F. Bytes it leaves undefined (0x81,
 * 0x8D, 0x8F, 0x90, 0x9D) decode to U+0081 etc. under the WHATWG mapping, which the Latin-1
 * range below already covers.
 */
const CP1252_HIGH: Readonly<Record<number, number>> = {
  0x20ac: 0x80, 0x201a: 0x82, 0x0192: 0x83, 0x201e: 0x84, 0x2026: 0x85, 0x2020: 0x86,
  0x2021: 0x87, 0x02c6: 0x88, 0x2030: 0x89, 0x0160: 0x8a, 0x2039: 0x8b, 0x0152: 0x8c,
  0x017d: 0x8e, 0x2018: 0x91, 0x2019: 0x92, 0x201c: 0x93, 0x201d: 0x94, 0x2022: 0x95,
  0x2013: 0x96, 0x2014: 0x97, 0x02dc: 0x98, 0x2122: 0x99, 0x0161: 0x9a, 0x203a: 0x9b,
  0x0153: 0x9c, 0x017e: 0x9e, 0x0178: 0x9f,
};

/**
 * Character code → the Windows-1252 byte it came from, or -1 for characters that cannot be
 * one (ASCII included: mojibake of a multi-byte sequence never contains it). A flat table,
 * because this runs once per character of text that is broken throughout.
 */
const BYTE_OF = buildByteTable();

function buildByteTable(): Int16Array {
  const table = new Int16Array(0x2123).fill(-1);
  for (let code = 0x80; code <= 0xff; code++) table[code] = code;
  for (const [code, byte] of Object.entries(CP1252_HIGH)) table[Number(code)] = byte;
  return table;
}

function byteOf(code: number): number {
  return code < BYTE_OF.length ? (BYTE_OF[code] ?? -1) : -1;
}

/**
 * A lead byte (U+00C2–U+00F4) right before a continuation byte (0x80–0xBF: U+0080–U+00BF
 * or one of the Windows-1252 characters above): every sequence repairOnce decodes starts
 * so. A text without such a pair is left as it is by a pass, so none is run: a real "é"
 * or "ô" alone costs no pass, and a repaired text needs no second pass to show it is done.
 */
const MAY_HOLD_SEQUENCE = new RegExp(
  `[\\u00c2-\\u00f4][\\u0080-\\u00bf${Object.keys(CP1252_HIGH)
    .map((code) => `\\u${Number(code).toString(16).padStart(4, '0')}`)
    .join('')}]`,
);

/**
 * Bounds of the second byte that keep the decoded sequence valid UTF-8: no overlong forms,
 * no surrogates, nothing past U+10FFFF. Two functions rather than a pair, so the hot loop
 * allocates nothing.
 */
function secondByteLow(lead: number): number {
  return lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
}

function secondByteHigh(lead: number): number {
  return lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
}

/**
 * Decodes the UTF-8 sequence whose lead byte sits at `start`, or returns null when the
 * characters there are not a complete, valid sequence (then they are real text). The result
 * packs the code point and the sequence length (code point × 8 + length) to avoid
 * allocating an object per character; -1 means "not a sequence".
 */
function decodeSequenceAt(text: string, start: number): number {
  const lead = byteOf(text.charCodeAt(start));
  let continuation: number;
  let codePoint: number;
  if (lead >= 0xc2 && lead <= 0xdf) {
    continuation = 1;
    codePoint = lead & 0x1f;
  } else if (lead >= 0xe0 && lead <= 0xef) {
    continuation = 2;
    codePoint = lead & 0x0f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    continuation = 3;
    codePoint = lead & 0x07;
  } else {
    return -1;
  }
  if (start + continuation >= text.length) return -1;
  for (let k = 1; k <= continuation; k++) {
    const byte = byteOf(text.charCodeAt(start + k));
    const min = k === 1 ? secondByteLow(lead) : 0x80;
    const max = k === 1 ? secondByteHigh(lead) : 0xbf;
    if (byte < min || byte > max) return -1;
    codePoint = (codePoint << 6) | (byte & 0x3f);
  }
  return codePoint * 8 + continuation + 1;
}

/** MAY_HOLD_SEQUENCE, to jump from one place a sequence may start to the next. */
const SEQUENCE_STARTS = new RegExp(MAY_HOLD_SEQUENCE.source, 'g');
/** Plain stretches up to this long between sequences are copied unit by unit: a slice and a part of their own cost more. */
const SHORT_GAP = 64;

/**
 * One pass: every valid mojibake sequence is replaced by the character it encodes.
 * - The engine jumps to each place a sequence may start (a lead byte before a continuation
 *   byte); the next sequence of a run ("Ã©â€™") is tried at once, without a search.
 * - Long stretches between sequences are kept as slices, so a posting with a handful of
 *   broken quotes is not copied unit by unit; decoded characters and the short stretches
 *   between them go into one buffer, since text that is broken throughout would otherwise
 *   make one small string per character.
 */
function repairOnce(text: string): string {
  const parts: string[] = [];
  let units: Uint16Array | null = null;
  let pending = 0; // units in `units` not yet in `parts`
  let copiedUpTo = 0;
  let at = nextSequenceStart(text, 0);
  while (at !== -1) {
    const decoded = decodeSequenceAt(text, at);
    if (decoded < 0) {
      at = nextSequenceStart(text, at + 1);
      continue;
    }
    units ??= new Uint16Array(text.length);
    if (at - copiedUpTo > SHORT_GAP) {
      if (pending > 0) parts.push(codeUnitsToString(units, pending));
      pending = 0;
      parts.push(text.slice(copiedUpTo, at));
    } else {
      for (let k = copiedUpTo; k < at; k++) units[pending++] = text.charCodeAt(k);
    }
    const cp = Math.floor(decoded / 8);
    if (cp > 0xffff) {
      units[pending++] = 0xd800 + ((cp - 0x10000) >> 10);
      units[pending++] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
    } else {
      units[pending++] = cp;
    }
    copiedUpTo = at + (decoded % 8);
    const next = text.charCodeAt(copiedUpTo);
    at = next >= 0xc2 && next <= 0xf4 ? copiedUpTo : nextSequenceStart(text, copiedUpTo);
  }
  if (units === null) return text;
  if (pending > 0) parts.push(codeUnitsToString(units, pending));
  if (copiedUpTo < text.length) parts.push(text.slice(copiedUpTo));
  return parts.length === 1 ? parts[0]! : parts.join('');
}

/** Where a sequence may start at or after `from`, or -1. */
function nextSequenceStart(text: string, from: number): number {
  SEQUENCE_STARTS.lastIndex = from;
  const found = SEQUENCE_STARTS.exec(text);
  SEQUENCE_STARTS.lastIndex = 0;
  return found === null ? -1 : found.index;
}

/**
 * UTF-16 code units as a string: one native decode, not thousands of small strings joined.
 * A Uint16Array holds its units in the platform's byte order, little-endian on every
 * machine a browser or Node runs on.
 */
const UTF16 = new TextDecoder('utf-16le');

function codeUnitsToString(units: Uint16Array, length: number): string {
  // A decoder call costs more than a few units joined, and most runs are one character.
  if (length <= 8) {
    let text = '';
    for (let k = 0; k < length; k++) text += String.fromCharCode(units[k]!);
    return text;
  }
  return UTF16.decode(units.subarray(0, length));
}

/**
 * Reverses UTF-8-read-as-Windows-1252, sequence by sequence: only characters that together
 * form a complete, valid UTF-8 sequence are replaced, so correct text mixed with broken text
 * is left alone (a real "é" or "€" stays). Text that was mangled twice is repaired by
 * repeating the pass; each pass that changes anything shortens the text, so this ends, and
 * the result is a fixed point (repairing it again changes nothing).
 */
export function repairMojibake(text: string): string {
  let current = text;
  while (MAY_HOLD_SEQUENCE.test(current)) {
    const next = repairOnce(current);
    if (next === current) break;
    current = next;
  }
  return current;
}
