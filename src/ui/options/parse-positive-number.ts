/** What the user typed, read as a number, or why it cannot be one (worded for the user). */
export type ParsedNumber = { ok: true; value: number } | { ok: false; error: string };

export interface NumberWording {
  /** What the number is, in the error messages: "amount", "rate". */
  noun: string;
  /** How to write one, in the error messages: "90000 or 90k". */
  example: string;
}

const SEPARATORS = /[, \u00a0\u202f']/g;
// Grouped thousands ("90,000", "1 380", "1'000'000") or plain digits, an optional decimal
// part, and an optional "k" for thousands, as in "90k".
const NUMBER = /^(\d{1,3}(?:[, \u00a0\u202f']\d{3})+|\d*)(\.\d+)?\s*([kK])?$/;

/**
 * Reads a positive number the way people type one: "90000", "90,000", "90 000", "90k",
 * "0.92", ".5". Commas and spaces are taken only as thousands separators: a comma decimal
 * such as "52,50" is refused rather than silently read as 5250.
 */
export function parsePositiveNumber(typed: string, wording: NumberWording): ParsedNumber {
  const text = typed.trim();
  if (!text) return { ok: false, error: `Enter ${article(wording.noun)} ${wording.noun}.` };
  const match = NUMBER.exec(text);
  if (!match || (!match[1] && !match[2])) {
    return /^-\s*[\d.]/.test(text)
      ? { ok: false, error: `The ${wording.noun} must be more than 0.` }
      : { ok: false, error: `Enter the ${wording.noun} as a number, for example ${wording.example}.` };
  }
  const [, whole = '', fraction = '', thousands] = match;
  const value = Number((whole.replace(SEPARATORS, '') || '0') + fraction) * (thousands ? 1000 : 1);
  if (!(value > 0)) return { ok: false, error: `The ${wording.noun} must be more than 0.` };
  // Far beyond any salary or exchange rate: almost certainly a slip of the keyboard.
  if (value > 1e12) return { ok: false, error: `That ${wording.noun} is too large.` };
  return { ok: true, value };
}

const article = (noun: string) => (/^[aeiou]/i.test(noun) ? 'an' : 'a');
