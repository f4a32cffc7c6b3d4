/**
 * Currency recognition for salary parsing: the marks written before or after an amount
 * ("$", "CA$", "USD", "zł", "kr", "euros") and rough magnitudes per currency, used only to
 * tell a monthly figure from a yearly one and to drop implausible amounts — never to convert.
 */

/** A currency written next to an amount: `code` is ISO 4217, `explicit` when the text named it. */
export interface CurrencyMark {
  code: string;
  /** True for an ISO code or a dollar with a country prefix ("CA$"); false for "$", "¥", "kr". */
  explicit: boolean;
  /** Characters the mark takes up, so the caller can extend the amount's span. */
  length: number;
}

/**
 * ISO codes we accept as words. Curated rather than complete: codes that are also English
 * words or common acronyms (ALL, TOP, CUP, BOB, GEL, MOP) would turn prose into money.
 */
const ISO_CODES = new Set([
  'USD', 'EUR', 'GBP', 'CHF', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'JPY', 'CNY', 'INR', 'PLN',
  'SEK', 'NOK', 'DKK', 'ISK', 'CZK', 'HUF', 'RON', 'BGN', 'UAH', 'BRL', 'MXN', 'ARS', 'CLP',
  'COP', 'PEN', 'ZAR', 'NGN', 'KES', 'EGP', 'ILS', 'TRY', 'AED', 'SAR', 'KRW', 'PHP', 'IDR',
  'MYR', 'THB', 'VND', 'TWD', 'PKR', 'BDT', 'LKR', 'RSD',
]);

/** Symbols, prefixed dollars and written-out names → [ISO code, named explicitly]. */
const MARKS: Record<string, readonly [string, boolean]> = {
  USD$: ['USD', true], CAD$: ['CAD', true], AUD$: ['AUD', true], US$: ['USD', true],
  CA$: ['CAD', true], AU$: ['AUD', true], NZ$: ['NZD', true], SG$: ['SGD', true],
  HK$: ['HKD', true], MX$: ['MXN', true], R$: ['BRL', true], C$: ['CAD', true],
  A$: ['AUD', true], S$: ['SGD', true], 'Rs.': ['INR', true], Rs: ['INR', true],
  'Fr.': ['CHF', true], zł: ['PLN', true], 'kr.': ['SEK', false], kr: ['SEK', false],
  $: ['USD', false], '€': ['EUR', true], '£': ['GBP', true], '¥': ['JPY', false],
  '₹': ['INR', true], '₩': ['KRW', true], '₱': ['PHP', true], '₪': ['ILS', true],
  '₺': ['TRY', true], '₴': ['UAH', true], '₦': ['NGN', true],
  dollars: ['USD', true], euros: ['EUR', true], euro: ['EUR', true], pounds: ['GBP', true],
  rupees: ['INR', true], złotych: ['PLN', true], zloty: ['PLN', true], yen: ['JPY', true],
};

/**
 * The marks as one alternation, longest first so "CA$" wins over "$". Letter marks ("kr",
 * "Rs", "zł", "euros") must stand as words: "Mr 5" is not rupees and "5 krakens" not krona.
 */
const SYMBOL_ALTERNATION = String.raw`USD\$|CAD\$|AUD\$|US\$|CA\$|AU\$|NZ\$|SG\$|HK\$|MX\$|R\$|C\$|A\$|S\$|\$|€|£|¥|₹|₩|₱|₪|₺|₴|₦`;
const WORD_ALTERNATION = String.raw`Rs\.?|Fr\.|zł|kr\.?`;
const NAME_ALTERNATION = String.raw`dollars|euros|euro|pounds|rupees|złotych|zloty|yen`;

/** Before a number: an optional ISO code, then an optional symbol, then spaces or "~". */
const MARK_BEFORE = new RegExp(
  String.raw`(?<![A-Za-z])(?:(?<code>[A-Z]{3})[ \u00A0]{0,2})?(?:(?<symbol>${SYMBOL_ALTERNATION})|(?<![\p{L}])(?<word>${WORD_ALTERNATION}))?[ \u00A0~]{0,3}$`,
  'u',
);

/** After a number: spaces, then an ISO code, a symbol, or a name. */
const MARK_AFTER = new RegExp(
  String.raw`[ \u00A0]{0,2}(?:(?<code>[A-Z]{3})(?![A-Za-z])|(?<symbol>${SYMBOL_ALTERNATION})|(?<word>${WORD_ALTERNATION}|${NAME_ALTERNATION})(?![\p{L}]))`,
  'uy',
);

function markOf(written: string, length: number): CurrencyMark | null {
  const known = MARKS[written] ?? MARKS[written.toLowerCase()];
  return known ? { code: known[0], explicit: known[1], length } : null;
}

/**
 * Whether MARK_BEFORE could find a mark ending at `end`: skipping back over the spaces and
 * "~" it allows after a mark (at most 2 after a code, then 3 more), the character reached
 * must end a code ([A-Z]), a symbol ("$", "€" …) or a word mark (Rs, Rs., Fr., zł, kr, kr.).
 * Most numbers follow a lower-case word or a bracket, and this spares them the anchored
 * regex, which the engine tries from every position of its window.
 */
function mayEndMarkBefore(text: string, end: number): boolean {
  let index = end - 1;
  for (let skipped = 0; skipped < 5 && index >= 0; skipped++, index--) {
    const code = text.charCodeAt(index);
    if (code !== 0x20 && code !== 0xa0 && code !== 0x7e) break;
  }
  if (index < 0) return false;
  const code = text.charCodeAt(index);
  if (code >= 0x41 && code <= 0x5a) return true; // A–Z: an ISO code
  switch (code) {
    case 0x24: // $ (and every "X$")
    case 0x2e: // . (Rs., Fr., kr.)
    case 0x73: // s (Rs)
    case 0x72: // r (kr)
    case 0x142: // ł (zł)
    case 0x20ac: // €
    case 0xa3: // £
    case 0xa5: // ¥
    case 0x20b9: // ₹
    case 0x20a9: // ₩
    case 0x20b1: // ₱
    case 0x20aa: // ₪
    case 0x20ba: // ₺
    case 0x20b4: // ₴
    case 0x20a6: // ₦
      return true;
    default:
      return false;
  }
}

/**
 * The currency mark that ends exactly at `end` in `text` (spaces and a "~" allowed between
 * the mark and the number), e.g. "USD $" before "51,850". Looks back at most 14 characters.
 * An ISO code beats a bare symbol ("CAD $" is CAD) but not a prefixed one.
 */
export function currencyBefore(text: string, end: number): CurrencyMark | null {
  if (!mayEndMarkBefore(text, end)) return null;
  const floor = Math.max(0, end - 14);
  const match = MARK_BEFORE.exec(text.slice(floor, end));
  if (!match?.groups || match[0].length === 0) return null;
  const { code, symbol, word } = match.groups;
  const mark = markOf(symbol ?? word ?? '', match[0].length);
  if (code && ISO_CODES.has(code) && (!mark || !mark.explicit)) {
    return { code, explicit: true, length: match[0].length };
  }
  if (!mark) return null;
  // The code group matched a word that is not a currency ("THE $5"): keep only the symbol.
  const ownLength = code ? match[0].length - match[0].indexOf(symbol ?? word ?? '') : match[0].length;
  return { ...mark, length: ownLength };
}

/**
 * The currency mark that starts at `start` (after up to two spaces), e.g. " USD" in
 * "65k-95k USD", "€" in "60 000 €", " kr" in "45 000 kr", " euros".
 */
export function currencyAfter(text: string, start: number): CurrencyMark | null {
  MARK_AFTER.lastIndex = start;
  const match = MARK_AFTER.exec(text);
  if (!match?.groups) return null;
  const { code, symbol, word } = match.groups;
  if (code) return ISO_CODES.has(code) ? { code, explicit: true, length: match[0].length } : null;
  return markOf(symbol ?? word ?? '', match[0].length);
}

/** Codes that "$" can stand for; "$" alone is USD unless one of these is named nearby. */
const DOLLAR_CODES = /\b(USD|CAD|AUD|NZD|SGD|HKD|MXN)\b|\b(Canadian|Australian|New Zealand|Singapore) dollars?\b/;
const DOLLAR_NAMES: Record<string, string> = {
  Canadian: 'CAD',
  Australian: 'AUD',
  'New Zealand': 'NZD',
  Singapore: 'SGD',
};

/**
 * The dollar currency a bare "$" means: the code named within the nearby text (the caller
 * passes only a short window), else USD.
 */
export function resolveDollar(nearby: string): string {
  const match = DOLLAR_CODES.exec(nearby);
  if (!match) return 'USD';
  if (match[1]) return match[1];
  return DOLLAR_NAMES[match[2] ?? ''] ?? 'USD';
}

/** "kr" is Swedish, Norwegian, Danish or Icelandic: the named code nearby decides, else SEK. */
export function resolveKrone(nearby: string): string {
  return /\b(NOK|DKK|ISK|SEK)\b/.exec(nearby)?.[1] ?? 'SEK';
}

/** "¥" is yen unless yuan is named nearby. */
export function resolveYen(nearby: string): string {
  return /\b(CNY|RMB|yuan)\b/i.test(nearby) ? 'CNY' : 'JPY';
}

/**
 * How pay in a currency is customarily written, in that currency's units.
 * - `yearFrom`: a figure at or above it with no period stated is a yearly salary.
 * - `monthFrom`: between it and `yearFrom` is a monthly salary.
 * - `hourBelow`: below it is an hourly rate (null where hourly pay is rarely quoted).
 * - `monthlyCustomary`: the market quotes monthly pay, so a monthly reading needs no
 *   salary word next to it (for USD/GBP/CAD/AUD/NZD a bare 4-digit figure is ambiguous).
 * - `usdPerUnit`: a rough rate, only for plausibility bounds.
 * The numbers are deliberately round: they separate magnitudes, they do not convert.
 */
export interface CurrencyScale {
  usdPerUnit: number;
  yearFrom: number;
  monthFrom: number;
  hourBelow: number | null;
  monthlyCustomary: boolean;
}

const ANNUAL_MARKET = (usdPerUnit: number): CurrencyScale => ({
  usdPerUnit,
  yearFrom: 10_000,
  monthFrom: 1_000,
  hourBelow: 300,
  monthlyCustomary: false,
});

const SCALES: Record<string, CurrencyScale> = {
  USD: ANNUAL_MARKET(1),
  GBP: ANNUAL_MARKET(1.25),
  CAD: ANNUAL_MARKET(0.73),
  AUD: ANNUAL_MARKET(0.65),
  NZD: ANNUAL_MARKET(0.6),
  SGD: { usdPerUnit: 0.75, yearFrom: 30_000, monthFrom: 1_500, hourBelow: 300, monthlyCustomary: true },
  EUR: { usdPerUnit: 1.1, yearFrom: 10_000, monthFrom: 1_000, hourBelow: 300, monthlyCustomary: true },
  CHF: { usdPerUnit: 1.1, yearFrom: 20_000, monthFrom: 2_000, hourBelow: 300, monthlyCustomary: true },
  PLN: { usdPerUnit: 0.25, yearFrom: 50_000, monthFrom: 3_000, hourBelow: 300, monthlyCustomary: true },
  INR: { usdPerUnit: 0.012, yearFrom: 200_000, monthFrom: 10_000, hourBelow: null, monthlyCustomary: true },
  JPY: { usdPerUnit: 0.007, yearFrom: 2_000_000, monthFrom: 100_000, hourBelow: 5_000, monthlyCustomary: true },
  CNY: { usdPerUnit: 0.14, yearFrom: 100_000, monthFrom: 3_000, hourBelow: 300, monthlyCustomary: true },
  KRW: { usdPerUnit: 0.00075, yearFrom: 20_000_000, monthFrom: 1_000_000, hourBelow: 50_000, monthlyCustomary: true },
  SEK: { usdPerUnit: 0.095, yearFrom: 150_000, monthFrom: 15_000, hourBelow: 1_500, monthlyCustomary: true },
  NOK: { usdPerUnit: 0.095, yearFrom: 150_000, monthFrom: 15_000, hourBelow: 1_500, monthlyCustomary: true },
  DKK: { usdPerUnit: 0.145, yearFrom: 150_000, monthFrom: 15_000, hourBelow: 1_500, monthlyCustomary: true },
  CZK: { usdPerUnit: 0.043, yearFrom: 500_000, monthFrom: 20_000, hourBelow: 2_000, monthlyCustomary: true },
  HUF: { usdPerUnit: 0.0027, yearFrom: 6_000_000, monthFrom: 200_000, hourBelow: 20_000, monthlyCustomary: true },
  RON: { usdPerUnit: 0.22, yearFrom: 100_000, monthFrom: 2_000, hourBelow: 300, monthlyCustomary: true },
  BRL: { usdPerUnit: 0.19, yearFrom: 60_000, monthFrom: 1_500, hourBelow: 300, monthlyCustomary: true },
  MXN: { usdPerUnit: 0.055, yearFrom: 300_000, monthFrom: 8_000, hourBelow: 1_000, monthlyCustomary: true },
  ZAR: { usdPerUnit: 0.055, yearFrom: 150_000, monthFrom: 8_000, hourBelow: 1_000, monthlyCustomary: true },
};

const ROUGH_USD_PER_UNIT: Record<string, number> = {
  HKD: 0.13, ISK: 0.007, BGN: 0.55, UAH: 0.025, ARS: 0.001, CLP: 0.0011, COP: 0.00025,
  PEN: 0.27, NGN: 0.0007, KES: 0.0077, EGP: 0.02, ILS: 0.27, TRY: 0.03, AED: 0.27, SAR: 0.27,
  PHP: 0.018, IDR: 0.000063, MYR: 0.22, THB: 0.028, VND: 0.00004, TWD: 0.031, PKR: 0.0036,
  BDT: 0.0085, LKR: 0.0033, RSD: 0.0093,
};

/** The scale for `code`; currencies without a table entry get one derived from a rough rate. */
export function currencyScale(code: string): CurrencyScale {
  const known = SCALES[code];
  if (known) return known;
  const usdPerUnit = ROUGH_USD_PER_UNIT[code] ?? 1;
  return {
    usdPerUnit,
    yearFrom: 10_000 / usdPerUnit,
    monthFrom: 300 / usdPerUnit,
    hourBelow: null,
    monthlyCustomary: true,
  };
}

/**
 * The ISO code named in a short window ("Salary range (EUR): 45.000 – 55.000"), for a figure
 * written with no mark of its own. `pick` chooses the one nearest the figure: the last in a
 * window that ends at it, the first in one that starts after it.
 */
export function isoCodeIn(nearby: string, pick: 'first' | 'last'): string | null {
  let found: string | null = null;
  const words = /\b[A-Z]{3}\b/g;
  for (let m = words.exec(nearby); m; m = words.exec(nearby)) {
    if (!ISO_CODES.has(m[0])) continue;
    found = m[0];
    if (pick === 'first') break;
  }
  return found;
}
