import { DecodingMode, decodeHTML } from 'entities';

/** Longer than this, a "title", "company" or "location" field is not one (a pasted body). */
const MAX_FIELD_LENGTH = 2000;

/**
 * A one-line text field from structured data (title, company, location): entities decoded
 * (sites often HTML-escape JSON strings: "R&amp;D"), whitespace collapsed, trimmed; null
 * when empty or not a string. Strict decoding (";" required) leaves "AT&T" alone. What
 * looks like markup stays the literal text it is: this value is never treated as HTML.
 */
export function textField(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  let text = value.length > MAX_FIELD_LENGTH ? value.slice(0, MAX_FIELD_LENGTH) : value;
  if (text.includes('&')) text = decodeHTML(text, DecodingMode.Strict);
  text = text.replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

/** Distinct non-empty fields joined with a separator: several locations, tags… */
export function joinFields(values: readonly (string | null | undefined)[], separator: string): string | null {
  const seen: string[] = [];
  for (const value of values) {
    if (value && !seen.some((s) => s.toLowerCase() === value.toLowerCase())) seen.push(value);
  }
  return seen.length > 0 ? seen.join(separator) : null;
}
