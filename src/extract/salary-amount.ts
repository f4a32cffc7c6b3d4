import type { SalaryPeriod } from '../core/job';
import { currencyAfter, currencyBefore, type CurrencyMark } from './salary-currency';
import { MoneyMarkFinder } from './salary-money-marks';

/** How a written number is scaled: "120k", "$1.2M", "12 LPA" (lakh), "$2B". */
export type Multiplier = 'k' | 'm' | 'lakh' | 'crore' | 'billion' | null;

/** One number in the text with what is written around it: currency, scale, period. */
export interface MoneyAmount {
  /** The number as written, before the multiplier ("120" in "$120k"). */
  written: number;
  /** `written` times the multiplier. */
  value: number;
  multiplier: Multiplier;
  currency: CurrencyMark | null;
  /** A period written right after it: "/yr", " per hour", " p.a.", " brutto/Monat". */
  period: SalaryPeriod | null;
  /** "150k+", "$25+": the figure is a floor. */
  plus: boolean;
  /** Span including currency marks and suffixes, so the text between two amounts is the connector. */
  start: number;
  end: number;
}

/**
 * Numbers as salaries are written, matched at the start of a digit run. Alternatives:
 * 1. Indian grouping "12,00,000";
 * 2. thousands groups with ONE separator used consistently (comma, dot, apostrophe, plain,
 *    no-break, narrow no-break or thin space): "171,450", "45.000", "60 000", "60'000";
 * 3. a plain run of digits: "232000".
 * Each may end in a 1–2 digit decimal part ("45.000,00", "$204.4K", "232000.0").
 * Every repetition is bounded, and the closing lookahead refuses to stop inside a longer
 * digit blob, so "50058,500" (a typo) yields no number rather than two wrong ones.
 */
const NUMBER =
  /(?:(?<indian>\d{1,2}(?:,\d{2}){1,3},\d{3})|(?<grouped>\d{1,3}(?<sep>[ \u00A0\u202F\u2009'’.,])\d{3}(?:\k<sep>\d{3}){0,3})|(?<plain>\d{1,9}))(?<decimal>[.,]\d{1,2})?(?!\d|[.,]\d)/uy;

/** Digit runs: the only places a number can start. A plain class, so the scan is fast. */
const DIGIT_RUN = /\d+/g;

/** Characters that, right before a digit run, make it the tail of a word or a longer number. */
const GLUED_BEFORE = /[\p{L}\d.,'’_]/u;

const MULTIPLIER =
  /[ \u00A0]?(?:(?<k>[kK]|thousand)(?![\p{L}])|(?<m>mm|MM|M|m|mn|mln|mil|million|millions)(?![\p{L}\d])|(?<b>bn|b|B|billion|billions)(?![\p{L}\d])|(?<lakh>lakhs?|lacs?|LPA|lpa)(?![\p{L}])|(?<crore>crores?|cr)(?![\p{L}]))/uy;

/**
 * Whether MULTIPLIER could match at `at`: after its optional space, every alternative starts
 * with one of k K t (thousand) m M b B l L (lakh, lac, LPA) c (crore, cr). Most numbers have
 * none of these after them, and the sticky regex (Unicode, named groups) costs far more than
 * this look at one or two characters.
 */
function mayStartMultiplier(text: string, at: number): boolean {
  let code = text.charCodeAt(at);
  if (code === 0x20 || code === 0xa0) code = text.charCodeAt(at + 1);
  switch (code) {
    case 0x6b: // k
    case 0x4b: // K
    case 0x74: // t
    case 0x6d: // m
    case 0x4d: // M
    case 0x62: // b
    case 0x42: // B
    case 0x6c: // l
    case 0x4c: // L
    case 0x63: // c
      return true;
    default:
      return false;
  }
}

/** "150k+" marks a floor; "$75k + equity" is a list, so the "+" must be glued on. */
const PLUS = /\+(?![ \u00A0]?[\p{L}$€£])/uy;

/**
 * A period glued to the amount. Kept here (not only in the context scan) so that the text
 * between "$60/hour" and "$93/hour" reads as a bare connector " to ".
 */
const ATTACHED_PERIOD =
  /[ \u00A0]?(?:(?:gross|brutto|net|netto)[ \u00A0]?)?(?:(?:\/|per |an? |pro |p\.)[ \u00A0]?(?<unit>hours?|hrs?|h|Std\.?|Stunde|days?|d|Tag|weeks?|wks?|w|Woche|months?|mos?|mths?|m\.?|Monat|mois|mes|years?|yrs?|y|a\.|annum|Jahr|an|año)(?!\p{Ll})|(?<word>hourly|daily|weekly|monthly|yearly|annually|annual|p\.a\.|pa|pm|ph|LPA)(?!\p{Ll}))/uy;

const UNIT_PERIOD: Record<string, SalaryPeriod> = {
  hour: 'hour', hours: 'hour', hr: 'hour', hrs: 'hour', h: 'hour', std: 'hour', 'std.': 'hour',
  stunde: 'hour', hourly: 'hour', ph: 'hour',
  day: 'day', days: 'day', d: 'day', tag: 'day', daily: 'day',
  week: 'week', weeks: 'week', wk: 'week', wks: 'week', w: 'week', woche: 'week', weekly: 'week',
  month: 'month', months: 'month', mo: 'month', mos: 'month', mth: 'month', mths: 'month',
  m: 'month', 'm.': 'month', monat: 'month', mois: 'month', mes: 'month', monthly: 'month', pm: 'month',
  year: 'year', years: 'year', yr: 'year', yrs: 'year', y: 'year', 'a.': 'year', annum: 'year',
  jahr: 'year', an: 'year', 'año': 'year', yearly: 'year', annually: 'year', annual: 'year',
  'p.a.': 'year', pa: 'year', lpa: 'year',
};

const SCALE: Record<Exclude<Multiplier, null>, number> = {
  k: 1_000,
  m: 1_000_000,
  lakh: 100_000,
  crore: 10_000_000,
  billion: 1_000_000_000,
};

/** The numeric value of a NUMBER match, reading its separators as the groups say. */
function numberValue(groups: Record<string, string | undefined>): number | null {
  const decimal = groups.decimal ? Number(`0.${groups.decimal.slice(1)}`) : 0;
  if (groups.indian) return Number(groups.indian.replace(/,/g, '')) + decimal;
  if (groups.grouped) {
    // "1.234.56" uses the same mark for groups and decimals: not a number anyone writes.
    if (groups.decimal && groups.decimal[0] === groups.sep) return null;
    return Number(groups.grouped.replace(/\D/g, '')) + decimal;
  }
  if (groups.plain) return Number(groups.plain) + decimal;
  return null;
}

function stickyMatch(regex: RegExp, text: string, at: number): RegExpExecArray | null {
  regex.lastIndex = at;
  return regex.exec(text);
}

/** A number further than this from every money mark cannot join a pay figure. */
const MARK_REACH = 60;

/**
 * How far past a number's own reach a mark search looks. Finding no mark there lets the scan
 * skip every digit run up to it. It starts at nothing (a posting's numbers are few and far
 * apart, and text past a number's reach is not worth reading for it) and doubles from
 * MIN_LOOK_AHEAD with each search that finds no mark, so text dense with numbers but with no
 * money (tables of years, a megabyte of "1,0") costs a number of searches that grows with
 * the log of its length, not with its count of digit runs.
 */
const MIN_LOOK_AHEAD = 32;
const MAX_LOOK_AHEAD = 65_536;

/**
 * Most numbers near a money mark we read in one text, and most we hand on. A posting has a
 * handful; a text with thousands of them is not a posting, and must not cost more than this.
 */
const MAX_NUMBERS_READ = 2_000;
const MAX_AMOUNTS = 500;

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * The numbers of `text` that sit within MARK_REACH of a money mark, with their currency
 * marks, multiplier and attached period, in order, at most MAX_AMOUNTS of them. Years,
 * counts and percentages far from any currency cost one step; marks are looked for only
 * around digit runs (see MoneyMarkFinder), so words far from any number are never scanned.
 * `from` skips a start the caller knows holds no digit.
 */
export function* amountsIn(text: string, from = 0): Generator<MoneyAmount> {
  const marks = new MoneyMarkFinder(text);
  let lookAhead = 0;
  let yielded = 0;
  let read = 0;
  // Where the next digit run is searched from. A local rather than the pattern's lastIndex:
  // the scan is a generator, so two scans may be open at once and share the pattern.
  let searchFrom = from;
  for (;;) {
    DIGIT_RUN.lastIndex = searchFrom;
    const run = DIGIT_RUN.exec(text);
    if (!run) return;
    searchFrom = DIGIT_RUN.lastIndex;
    const reachEnd = run.index + MARK_REACH;
    const mark = marks.firstIn(run.index - MARK_REACH, reachEnd + lookAhead);
    if (mark < 0) {
      // No mark up to reachEnd + lookAhead, so no digit run starting up to run.index +
      // lookAhead has one in reach. Resume after that point, past the rest of any digit run
      // there, so that no run is read from its middle.
      let resume = Math.max(searchFrom, run.index + lookAhead + 1);
      while (resume < text.length && isDigit(text.charCodeAt(resume)) && isDigit(text.charCodeAt(resume - 1))) resume++;
      searchFrom = resume;
      lookAhead = Math.min(Math.max(lookAhead * 2, MIN_LOOK_AHEAD), MAX_LOOK_AHEAD);
      continue;
    }
    lookAhead = 0;
    if (mark > reachEnd) {
      // Nothing money-like near here: jump to the first digit that could be near the mark.
      searchFrom = Math.max(searchFrom, mark - MARK_REACH);
      continue;
    }
    if (yielded >= MAX_AMOUNTS || read >= MAX_NUMBERS_READ) return;
    read++;
    const previous = text[run.index - 1];
    if (previous !== undefined && previous !== ' ' && GLUED_BEFORE.test(previous)) continue;
    const match = stickyMatch(NUMBER, text, run.index);
    if (!match) continue;
    // Resume after the whole number, so "171,450" is not read again from "450".
    searchFrom = run.index + match[0].length;
    const groups = match.groups ?? {};
    const written = numberValue(groups);
    if (written === null) continue;
    const numberStart = match.index;
    let end = numberStart + match[0].length;

    let multiplier: Multiplier = null;
    const mult = mayStartMultiplier(text, end) ? stickyMatch(MULTIPLIER, text, end) : null;
    if (mult?.groups) {
      const g = mult.groups;
      multiplier = g.k ? 'k' : g.m ? 'm' : g.b ? 'billion' : g.lakh ? 'lakh' : g.crore ? 'crore' : null;
      end += mult[0].length;
    }
    // "401k", "3D", "5G", "10x": a number glued to a word is a name, not an amount.
    if (!mult && /[\p{L}]/u.test(text[end] ?? '') && !/^(?:zł|kr)(?![\p{L}])/u.test(text.slice(end, end + 3))) continue;
    // "0.5%" is an equity share.
    if (/^[ \u00A0]?%/.test(text.slice(end, end + 2))) continue;

    let period: SalaryPeriod | null = null;
    if (mult?.groups?.lakh && /lpa/i.test(mult[0])) period = 'year';

    let currency = currencyAfter(text, end);
    if (currency) end += currency.length;
    let plus = false;
    if (stickyMatch(PLUS, text, end)) {
      plus = true;
      end = PLUS.lastIndex;
    }
    const attached = stickyMatch(ATTACHED_PERIOD, text, end);
    if (attached?.groups) {
      const key = (attached.groups.unit ?? attached.groups.word ?? '').toLowerCase();
      period = UNIT_PERIOD[key] ?? period;
      end += attached[0].length;
      if (!currency) {
        currency = currencyAfter(text, end);
        if (currency) end += currency.length;
      }
    }

    let start = numberStart;
    const before = currencyBefore(text, numberStart);
    if (before) {
      start = numberStart - before.length;
      // A mark written before wins over one after only when it is explicit ("USD 5 $" is odd;
      // "$81,200 - $121,800 CAD" must read CAD, which the range logic handles).
      if (!currency || (before.explicit && !currency.explicit)) currency = before;
    }

    const scale = multiplier ? SCALE[multiplier] : 1;
    // Round to cents: 204.4 * 1000 is 204400.00000000003 in floating point.
    const value = Math.round(written * scale * 100) / 100;
    yielded++;
    yield { written, value, multiplier, currency, period, plus, start, end };
  }
}
