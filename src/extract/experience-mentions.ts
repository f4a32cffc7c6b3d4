/**
 * Finding "N years" phrases about a candidate's experience in one section's text:
 * "4-8+ years", "at least five (5) years", "minimum of 2 yrs", "between 3 and 5 years".
 * The scan looks for the word "years"/"yrs" once (one linear regex pass), then reads a short
 * window on each side of every hit with anchored, bounded patterns.
 */

/** A number of years stated in a phrase, with where it sits. */
export interface ExperienceMention {
  minYears: number;
  maxYears: number | null;
  /** Words around it suggest work experience ("experience", "professional", "in a … role"). */
  saysExperience: boolean;
  /** Span of the phrase in the scanned text. */
  start: number;
  end: number;
}

/** Numbers written as words, in the languages postings are written in (lower case). */
const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  // French
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10,
  // German
  ein: 1, eine: 1, einem: 1, zwei: 2, drei: 3, vier: 4, 'fünf': 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10,
  // Spanish
  uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
  // Italian
  due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10,
  // Portuguese
  um: 1, dois: 2, duas: 2, 'três': 3, sete: 7, oito: 8, dez: 10,
  // Dutch
  een: 1, twee: 2, drie: 3, vijf: 5, zes: 6, zeven: 7, negen: 9, tien: 10,
};

/** Longest a stated minimum or maximum may be; more is a company age, not a requirement. */
const MAX_YEARS = 40;

/** "years" in English, French, German, Spanish, Italian, Portuguese and Dutch. */
const YEARS = /\b(?:years?|yrs?|ans|ann[ée]es|jahren?|a[ñn]os|anni|anos|jaar|jaren)\b['’]?/gi;

/** The number words, longest first so that "eleven" is not read as "eleve…" + "n". */
const WORD = Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const AMOUNT = String.raw`(?:(?:\d{1,2}(?:\.\d)?|${WORD})(?:[ \u00A0]{0,2}\([ \u00A0]{0,2}\d{1,2}[ \u00A0]{0,2}\))?|\([ \u00A0]{0,2}\d{1,2}[ \u00A0]{0,2}\))`;

/**
 * The number expression that ends right before "years": an optional qualifier, a number
 * (digits, a word, or "five (5)"), an optional "+", and optionally a second number after a
 * range word. Anchored at the end of a window of at most 60 characters.
 */
const BEFORE_YEARS = new RegExp(
  String.raw`(?<![\w.,])(?:(?<qualifier>at least|a minimum of|minimum of|minimum de|minimum|min\.?|more than|over|greater than|in excess of|upwards of|no less than|up to|less than|under|between|au moins|au minimum|plus de|mindestens|mind\.|mehr als|über|al menos|como mínimo|mínimo de|mínimo|más de|almeno|minimo|più di|pelo menos|no mínimo|mais de|minimaal|minstens|ten minste|meer dan|>|≥|<)[ \u00A0]{0,2}:?[ \u00A0]{0,2})?` +
    String.raw`(?<low>${AMOUNT})[ \u00A0]{0,2}(?<lowPlus>\+)?` +
    String.raw`(?:[ \u00A0]{0,2}(?<connector>-|–|—|to|and|or|à|bis|a|tot|y|e|ou|o|of)[ \u00A0]{0,2}(?<high>${AMOUNT})[ \u00A0]{0,2}(?<highPlus>\+)?)?` +
    String.raw`(?:[ \u00A0]{0,2}(?<orMore>or more|plus))?` +
    String.raw`[ \u00A0]{0,2}(?:(?:full|solid|professional|relevant|total|proven|consecutive)[ \u00A0]{1,2})?-?$`,
  'i',
);

/** Words after "years" that make it something other than the candidate's experience. */
const NOT_EXPERIENCE_AFTER =
  /^['’]?[ \u00A0]{0,2}(?:ago|fa\b|geleden|alt\b|d['’]existence|de existencia|old|of age|later|from now|in business|running|in a row|straight|contract|warranty|guarantee|of (?:growth|history|existence|innovation|success)|,?[ \u00A0]{0,2}(?:we|our)\b|(?:the|this|our) company)/i;

/** Words shortly before the number that make it the company's history or a deadline. */
const NOT_EXPERIENCE_BEFORE =
  /\b(?:founded|since|ago|after|next|every|each|established|around for|in business|contract|vesting|vest|cliff|warranty|guarantee|history|we|we['’]ve|we['’]re|our|company|existence|during|depuis|il y a|seit|vor|desde|hace|há|sinds|nous|wir|nosotros|fondée?|gegründet|fundada)\b/i;

const RECENCY = /\b(?:past|last|within)\b/i;
const CANDIDATE_CLAUSE = /\b(?:you|your|track record|experience|has|have)\b/i;

const HYPHENATED_EXPERIENCE = /^[ \u00A0]{0,2}(?:of )?(?:experience|track record|professional)/i;

/** Words that say the years are work experience. */
const EXPERIENCE_WORDS =
  /\b(?:experience|exp|experienced|expertise|background|professional(?:ly)?|hands-on|track record|working|work|worked|developing|development|engineering|programming|coding|building|designing|managing|leading|leadership|industry|relevant|role|position|\p{L}*erfahrung|exp[ée]rience|experiencia|esperienza|experiência|(?:werk)?ervaring|professionnelle?|profesional|professionale|profissional)\b/iu;

function amountValue(written: string): number {
  const trimmed = written.replace(/^[(\s]+/, '').trim();
  // "five (5)": the digits in brackets repeat the word; read the word.
  const word = /^\p{L}+/u.exec(trimmed)?.[0]?.toLowerCase();
  if (word && NUMBER_WORDS[word] !== undefined) return NUMBER_WORDS[word];
  return Number(/^\d{1,2}(?:\.\d)?/.exec(trimmed)?.[0] ?? NaN);
}

/** Cuts the window after "years" at the end of its sentence or clause. */
function clauseAfter(text: string, from: number): string {
  const words = text.slice(from, from + 80);
  const cut = /[.;!?\n](?:\s|$)|\n/.exec(words);
  return cut ? words.slice(0, cut.index) : words;
}

/** The words before `to` in the same line and sentence, at most `reach` characters. */
function clauseBefore(text: string, to: number, reach: number): string {
  const words = text.slice(Math.max(0, to - reach), to);
  const cut = Math.max(words.lastIndexOf('\n'), words.lastIndexOf('. '), words.lastIndexOf('; '));
  return cut >= 0 ? words.slice(cut + 1) : words;
}

/**
 * Most "years" words read per text. A posting has a few dozen; past this a text is not a
 * posting, and reading on would only cost time.
 */
const MAX_YEAR_WORDS = 1_000;

/** Every "N years" phrase in `text` that could be a candidate's experience, in order. */
export function findExperienceMentions(text: string): ExperienceMention[] {
  const mentions: ExperienceMention[] = [];
  // The shared pattern, not a copy per call: a copy is another RegExp to look up (and, after
  // the engine drops its regexp cache, to compile again) on every section. Nothing in the
  // loop runs another scan with it, so its lastIndex is this loop's alone.
  const years = YEARS;
  years.lastIndex = 0;
  let read = 0;
  for (let hit = years.exec(text); hit && read < MAX_YEAR_WORDS; hit = years.exec(text), read++) {
    const before = clauseBefore(text, hit.index, 60);
    const match = BEFORE_YEARS.exec(before);
    if (!match?.groups) continue;
    const g = match.groups;
    const start = hit.index - (before.length - match.index);
    const end = hit.index + hit[0].length;
    const after = clauseAfter(text, end);
    if (NOT_EXPERIENCE_AFTER.test(after)) continue;
    // "a 7-year vesting window" is a term; "5-year experience" is experience.
    if (match[0].endsWith('-') && !HYPHENATED_EXPERIENCE.test(after)) continue;
    const justBefore = clauseBefore(text, start, 40);
    if (NOT_EXPERIENCE_BEFORE.test(justBefore)) continue;
    // "in the last 3 years" is the candidate's recent experience only when the clause is
    // about the candidate ("a track record of shipping … in the last 3+ years").
    if (RECENCY.test(justBefore) && !CANDIDATE_CLAUSE.test(clauseBefore(text, start, 120))) continue;

    const low = amountValue(g.low ?? '');
    const high = g.high ? amountValue(g.high) : null;
    if (!Number.isFinite(low)) continue;
    let minYears = low;
    let maxYears: number | null = null;
    const qualifier = g.qualifier?.toLowerCase() ?? '';
    if (high !== null) {
      // "4-8+ years", "3 or 4 years": 4 to 8, 3 to 4; a "+" on the upper end only says it
      // is not a hard cap.
      maxYears = high;
    } else if (['up to', 'less than', 'under', '<'].includes(qualifier)) {
      minYears = 0;
      maxYears = low;
    }
    if (minYears > MAX_YEARS || (maxYears !== null && (maxYears > MAX_YEARS || maxYears < minYears))) continue;

    const wider = clauseBefore(text, start, 60) + ' ' + after;
    mentions.push({ minYears, maxYears, saysExperience: EXPERIENCE_WORDS.test(wider), start, end });
  }
  if (text.includes('+') || CJK_YEARS_HINT.test(text)) {
    mentions.push(...mentionsWithoutYearsWord(text));
    mentions.sort((a, b) => a.start - b.start);
  }
  return mentions;
}

/** "경력 9년 이상", "3年以上の経験": years in Korean, Japanese and Chinese. */
const CJK_YEARS = /(\d{1,2})\s?(?:년|年)\s?(?:이상|以上|及以上)/g;
const CJK_YEARS_HINT = /[년年]/;
const CJK_EXPERIENCE = /경력|経験|经验|工作/;

/** "at least 7+ experience in back-end": the "+" says years though the word is missing. */
const PLUS_EXPERIENCE = /(?<![\w.,$€£])(\d{1,2})\s?\+\s(?:of\s)?(?:(?:professional|relevant|proven|hands-on|solid)\s)?experience\b/gi;

/** The mentions that do not use a "years" word. */
function mentionsWithoutYearsWord(text: string): ExperienceMention[] {
  const out: ExperienceMention[] = [];
  for (const match of text.matchAll(PLUS_EXPERIENCE)) {
    const years = Number(match[1]);
    if (years <= MAX_YEARS) out.push({ minYears: years, maxYears: null, saysExperience: true, start: match.index, end: match.index + match[0].length });
  }
  if (!CJK_YEARS_HINT.test(text)) return out;
  for (const match of text.matchAll(CJK_YEARS)) {
    const years = Number(match[1]);
    const around = text.slice(Math.max(0, match.index - 20), match.index + match[0].length + 10);
    if (years <= MAX_YEARS) out.push({ minYears: years, maxYears: null, saysExperience: CJK_EXPERIENCE.test(around), start: match.index, end: match.index + match[0].length });
  }
  return out;
}
