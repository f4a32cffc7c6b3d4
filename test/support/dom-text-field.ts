/** Longer than this, a "title", "company" or "location" field is not one (a pasted body). */
const MAX_FIELD_LENGTH = 2000;
/** Character references that end in ";" (strict, as in src/sources/text-field.ts: "AT&T" stays). */
const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

/**
 * The DOM twin of src/sources/text-field.ts (DOM_READERS), for JSON-LD strings: entities
 * decoded ("R&amp;D"), whitespace collapsed, trimmed; null when empty or not a string.
 * Named references are decoded by the page's own HTML parser, one reference at a time, so
 * no entity table is shipped and no markup is ever parsed: "<img src=x>" stays that text.
 */
export function domTextField(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  let text = value.length > MAX_FIELD_LENGTH ? value.slice(0, MAX_FIELD_LENGTH) : value;
  if (text.includes('&')) text = text.replace(REFERENCE, decodeReference);
  text = text.replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

function decodeReference(reference: string, decimal?: string, hex?: string, name?: string): string {
  if (decimal !== undefined || hex !== undefined) {
    const code = decimal !== undefined ? Number(decimal) : parseInt(hex ?? '', 16);
    const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return valid ? String.fromCodePoint(code) : '\ufffd';
  }
  if (name === undefined || typeof DOMParser === 'undefined') return reference;
  // The reference is only letters and digits between "&" and ";": no tag can hide in it.
  const decoded = new DOMParser().parseFromString(reference, 'text/html').body?.textContent ?? reference;
  // HTML also decodes a legacy prefix ("&notanentity;" → "¬anentity;"); strict means whole names only.
  const wholeName = decoded !== '' && (!decoded.endsWith(';') || name === 'semi');
  return wholeName ? decoded : reference;
}
