import type { DealBreakers, JobSection } from '../core/job';
import { linesWithCues } from './deal-breaker-cues';
import { COUNTRY_NAMES, GATE_WORDS, LANGUAGE_NAMES, LEVEL_WORDS, NUMBER_WORDS } from './deal-breaker-words';

/** A table entry for a word of the posting: own keys only, so "constructor" is no entry. */
function entryOf<T>(table: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/**
 * The facts that can rule a job out, each with the sentence that states it: visa
 * sponsorship, the right to work or citizenship, security clearance, human languages,
 * relocation, office days, travel and a driving licence. English, French, German and
 * Spanish. A sentence is read as the posting wrote it; nothing is inferred from silence.
 */
export function extractDealBreakers(sections: readonly JobSection[]): DealBreakers {
  let budget = MAX_SCANNED_CHARS;
  const sentences: string[] = [];
  for (const section of sections) {
    if (budget <= 0) break;
    const text = section.text.length > budget ? section.text.slice(0, budget) : section.text;
    budget -= text.length;
    for (const line of linesWithCues(text)) {
      if (sentences.length >= MAX_SENTENCES) break;
      sentences.push(...sentencesOf(text.slice(line.start, line.end)));
    }
  }
  return readDealBreakers(sentences);
}

/**
 * The deal-breakers the sentences state, the first sentence of each kind winning. Reading
 * every sentence of a posting gives the same answer as reading those linesWithCues keeps
 * (deal-breaker-cues.test.ts checks that on the corpus); it only costs more.
 */
export function readDealBreakers(sentences: readonly string[]): DealBreakers {
  const lower = sentences.map((sentence) => sentence.toLowerCase());
  return {
    visaSponsorship: firstOf(sentences, lower, GATES.visa, readVisa),
    workAuthorization: firstOf(sentences, lower, GATES.workAuthorization, readWorkAuthorization),
    securityClearance: firstOf(sentences, lower, GATES.clearance, (s) => (CLEARANCE.test(s) && !NO_CLEARANCE.test(s) ? {} : null)),
    languages: readLanguages(sentences.filter((_, i) => GATES.language.test(lower[i]!))),
    relocation: firstOf(sentences, lower, GATES.relocation, readRelocation),
    officeDays: firstOf(sentences, lower, GATES.officeDays, readOfficeDays),
    travelPercent: firstOf(sentences, lower, GATES.travel, readTravel),
    drivingLicence: firstOf(sentences, lower, GATES.licence, (s) => (DRIVING_LICENCE.test(s) && !NO_LICENCE.test(s) ? {} : null)),
  };
}

/**
 * A sentence without any of a kind's gate words (GATE_WORDS) cannot state that kind, so
 * its patterns never run on it: a substring search costs a fraction of the Unicode-aware
 * expressions behind it. Each list must stay implied by its patterns: deal-breakers.test.ts
 * reads every kind.
 */
const GATES = {
  visa: anyOf(GATE_WORDS.visa),
  // "to work", "and work" and "work(ing) authori…/permit/visa/eligib…" are every English form AUTHORIZATION knows.
  workAuthorization: new RegExp(`to work|and work|work(?:ing)? (?:authori|permit|visa|eligib)|${GATE_WORDS.workAuthorization.join('|')}`),
  clearance: anyOf(GATE_WORDS.clearance),
  relocation: anyOf(GATE_WORDS.relocation),
  officeDays: anyOf(GATE_WORDS.officeDays),
  travel: anyOf(['%']),
  licence: anyOf(GATE_WORDS.licence),
  language: anyOf(Object.keys(LANGUAGE_NAMES)),
};

/** One plain alternation of lower-case words (letters and "%" only, nothing to escape): one scan, where a search per word cost more than the patterns it spared. */
function anyOf(words: readonly string[]): RegExp {
  return new RegExp(words.join('|'));
}

/** Longer than this, a "sentence" is a run-on paragraph: the flag shows its start. */
const MAX_SENTENCE = 600;
/** Sentences with a cue read at most: a pasted text full of cues is not read past this. */
const MAX_SENTENCES = 2000;
/** Real postings run to 6 kB, 50 kB at most in the corpus: past this a text is not read on. */
const MAX_SCANNED_CHARS = 60_000;

/** The sentences of one line, as the flags show them. */
export function sentencesOf(line: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const end of line.matchAll(SENTENCE_END)) {
    pushSentence(out, line.slice(from, end.index + 1));
    from = end.index + end[0].length;
  }
  pushSentence(out, from === 0 ? line : line.slice(from));
  return out;
}

/**
 * A sentence ends at ".", "!", "?" or ";" and the spaces after it, before a capital, a quote
 * or a parenthesis. Matched from the mark, not by a look-behind for it, which the engine
 * would try at every position of the line.
 */
const SENTENCE_END = /[.!?;]\s+(?=[A-ZÀ-Ý"(¿¡])/g;

function pushSentence(out: string[], piece: string): void {
  const sentence = piece.replace(/^[-*•\s]+/, '').replace(/\s+/g, ' ').trim();
  if (sentence.length < 4) return;
  out.push(sentence.length > MAX_SENTENCE ? `${sentence.slice(0, MAX_SENTENCE - 1)}…` : sentence);
}

function firstOf<T extends object>(
  sentences: readonly string[],
  lower: readonly string[],
  gate: RegExp,
  read: (sentence: string) => T | null,
): (T & { sentence: string }) | null {
  for (let i = 0; i < sentences.length; i++) {
    if (!gate.test(lower[i]!)) continue;
    const found = read(sentences[i]!);
    if (found !== null) return { ...found, sentence: sentences[i]! };
  }
  return null;
}

// Visa sponsorship. The refusals are read first: they name sponsorship too.
const VISA_REFUSED =
  /\b(?:(?:not|no|unable to|cannot|can ?not|can['’]t|won['’]t|will not|don['’]t|do not|does not|doesn['’]t|are not able to|is not able to)\b[^.;]{0,60}\bsponsor|sponsorship (?:is )?(?:not|unavailable)|without (?:the need for )?(?:any )?(?:current or future )?(?:employer |visa )?sponsorship|no (?:visa |employer )?sponsorship|ne (?:pouvons|sommes|proposons|offrons)[^.;]{0,40}(?:parrain|sponsor)|pas de (?:parrainage|sponsoring|sponsorisation)|keine?n? (?:Visa|Visum)[- ]?(?:Sponsoring|Unterstützung)|(?:können|bieten) (?:leider )?keine?[^.;]{0,30}(?:Visa|Visum|Sponsoring)|no (?:ofrecemos|podemos|proporcionamos)[^.;]{0,40}patrocin)/i;
const VISA_OFFERED =
  /\b(?:visa sponsorship|sponsor(?:s|ing)? (?:your |a |the )?(?:work )?visas?|(?:we|will|can|do) sponsor|sponsorship (?:is )?(?:available|provided|offered|possible)|(?:parrainage|sponsoring|sponsorisation) (?:de |du )?visa|(?:Visa|Visum)[- ]?(?:Sponsoring|Unterstützung)|Unterstützung (?:beim|bei der) (?:Visum|Visa)|patrocinio (?:de )?(?:visa|visado))/i;

/** Sponsorship of something other than a person's visa: US export-control wording. */
const OTHER_SPONSORSHIP = /\bexport licen[cs]e/i;

function readVisa(sentence: string): { offered: boolean } | null {
  if (OTHER_SPONSORSHIP.test(sentence)) return null;
  if (VISA_REFUSED.test(sentence)) return { offered: false };
  if (VISA_OFFERED.test(sentence)) return { offered: true };
  return null;
}

// The right to work somewhere, or citizenship. The place follows the phrase.
const AUTHORIZATION =
  /(?:(?:legally )?(?:authori[sz]ed|eligible|entitled|permitted) to (?:live and )?work|right to work|work(?:ing)? (?:authori[sz]ation|permit|visa)|work eligibility|autorisation de travail|autorisée? à travailler|permis de travail|droit de travailler|Arbeitserlaubnis|Arbeitsgenehmigung|Arbeitsberechtigung|permiso de trabajo|autorizaci[oó]n (?:para|de) trabaj\w+|autorizad[oa] para trabajar)/i;
const PLACE_AFTER = /^[^.;]{0,40}?\b(?:in|for|within|en|au|aux|dans|für|para) (?:the |la |le |l['’]|el |los |die |der |den )?((?:[A-ZÀ-Ý][\p{L}.\-]*)(?: [A-ZÀ-Ý][\p{L}.\-]*)?)/u;
const CITIZENSHIP =
  /\b(?:(U\.?S\.?|American|British|UK|Canadian|EU|German|French|Australian) citizen(?:ship)?|citizen(?:ship)? of (?:the )?((?:[A-Z][\p{L}.]*)(?: [A-Z][\p{L}]*)?)|nationalité (française|européenne)|(deutsche|EU-)Staats(?:bürgerschaft|angehörigkeit)|nacionalidad (española|europea))/iu;
const DEMONYMS: Record<string, string> = {
  'u.s.': 'United States', us: 'United States', american: 'United States', british: 'United Kingdom', uk: 'United Kingdom',
  canadian: 'Canada', eu: 'European Union', 'eu-': 'European Union', german: 'Germany', deutsche: 'Germany', french: 'France',
  française: 'France', européenne: 'European Union', australian: 'Australia', española: 'Spain', europea: 'European Union',
};

function readWorkAuthorization(sentence: string): { countries: string[]; citizenship: boolean } | null {
  const citizen = CITIZENSHIP.exec(sentence);
  if (citizen !== null) {
    const said = (citizen[1] ?? citizen[3] ?? citizen[4] ?? citizen[5])?.toLowerCase().replace(/\.$/, '');
    const country = said !== undefined ? (entryOf(DEMONYMS, said) ?? entryOf(DEMONYMS, said.replace(/\./g, '')) ?? null) : countryOf(citizen[2] ?? '');
    return { countries: country ? [country] : [], citizenship: true };
  }
  const phrase = AUTHORIZATION.exec(sentence);
  if (phrase === null) return null;
  const after = sentence.slice(phrase.index + phrase[0].length);
  const place = PLACE_AFTER.exec(after);
  const country = place ? countryOf(place[1]!) : null;
  return { countries: country ? [country] : [], citizenship: false };
}

/** A place as written → its stored name; short codes count only in capitals ("US", not "us"). */
function countryOf(written: string): string | null {
  const words = written.split(' ');
  for (const candidate of [written, words[0]!]) {
    const key = candidate.toLowerCase().replace(/[.,]$/, '');
    const name = entryOf(COUNTRY_NAMES, key) ?? entryOf(COUNTRY_NAMES, key.replace(/\./g, ''));
    if (name === undefined) continue;
    if (key.replace(/\./g, '').length <= 3 && candidate !== candidate.toUpperCase()) continue;
    return name;
  }
  return null;
}

const CLEARANCE =
  /\b(?:security clearance|(?:TS\/SCI|top secret|secret|SC|DV|NV1|NV2|baseline|public trust|active|federal) (?:security )?clearance|clearance (?:level|is required|required)|(?:obtain|hold|maintain|eligible for) (?:an? |active |the )?(?:security )?clearance|habilitation (?:secret|confidentiel|de sécurité|défense)|Sicherheitsüberprüfung|Sicherheitsfreigabe|habilitación (?:de seguridad|personal de seguridad)|acreditación de seguridad)/i;
const NO_CLEARANCE = /\bno (?:security )?clearance (?:is )?(?:required|needed)|clearance (?:is )?not required/i;

const DRIVING_LICENCE =
  /(?:driver['’]?s licen[cs]e|driving licen[cs]e|licen[cs]e to drive|Führerschein|Fahrerlaubnis|permis (?:de conduire|B)\b|carn[eé]t? de conducir|permiso de conducir|licencia de conducir)/i;
const NO_LICENCE = /\b(?:no|not) (?:a )?(?:driver['’]?s |driving )licen[cs]e (?:is )?(?:required|needed)/i;

const RELOCATION_REFUSED =
  /\b(?:no relocation|relocation (?:is )?not (?:available|offered|provided|supported|possible)|(?:not|unable to|cannot|can['’]t|don['’]t|do not) (?:offer|provide|support|cover)[^.;]{0,30}relocation|keine Umzugs|sin (?:ayuda de )?reubicación|pas de (?:relocalisation|relocation))/i;
const RELOCATION_OFFERED =
  /\b(?:relocation (?:support|assistance|package|bonus|allowance|help|stipend|costs|is (?:available|offered|provided|possible|supported))|(?:help|support|assist)(?:s|ing)? (?:you )?(?:with )?(?:your )?relocat\w*|relocation (?:will|can) be (?:provided|offered|supported|covered)|(?:we|will) (?:offer|provide|cover|support) relocation|aide (?:à la|au) (?:relocalisation|déménagement|mobilité)|package de relocation|prise en charge du déménagement|Umzugs(?:unterstützung|kosten|hilfe|pauschale)|Relocation[- ]?(?:Unterstützung|Paket|Support)|Unterstützung (?:beim|bei der) Umzug|ayuda (?:con|para) (?:la )?(?:reubicación|mudanza|relocalización)|paquete de (?:reubicación|relocalización))/i;

function readRelocation(sentence: string): { offered: boolean } | null {
  if (RELOCATION_REFUSED.test(sentence)) return { offered: false };
  if (RELOCATION_OFFERED.test(sentence)) return { offered: true };
  return null;
}

// "3 days a week in the office", "deux jours par semaine au bureau", "3 Tage pro Woche im Büro".
const NUMBER = '([1-5]|one|two|three|four|five|une?|deux|trois|quatre|cinq|ein(?:en|e)?|zwei|drei|vier|fünf|uno|dos|tres|cuatro|cinco)';
const DAYS_A_WEEK = new RegExp(
  `\\b${NUMBER}(?:\\s*(?:-|–|to|or|à|bis|a|o)\\s*${NUMBER})?(?:\\+)?\\s*(?:days?|jours?|Tage?n?|días?)\\s*(?:a|per|each|every|/|par|pro|die|je|in der|a la|por|x)\\s*(?:week|semaine|Woche|semana)\\b`,
  'giu',
);
const OFFICE_CUE = /(?<!home[- ])\b(?:office|on[- ]?site|in[- ]person|onsite|bureau|sur site|présentiel|Büro|vor Ort|oficina|presencial)\b/giu;
const REMOTE_CUE = /\b(?:remote(?:ly)?|from home|home[- ]office|Homeoffice|mobil(?:es)? Arbeiten|télétravail|remoto|teletrabajo|desde casa)\b/giu;

function readOfficeDays(sentence: string): { days: number } | null {
  const offices = positions(sentence, OFFICE_CUE);
  if (offices.length === 0) return null;
  const remotes = positions(sentence, REMOTE_CUE);
  let best: { days: number; distance: number } | null = null;
  for (const match of sentence.matchAll(DAYS_A_WEEK)) {
    const at = match.index + match[0].length / 2;
    const toOffice = Math.min(...offices.map((p) => Math.abs(p - at)));
    const toRemote = remotes.length === 0 ? Infinity : Math.min(...remotes.map((p) => Math.abs(p - at)));
    // "From home 4 days a week": a remote word just before the count claims it.
    const claimedByRemote = remotes.some((p) => p <= match.index && match.index - p <= 25);
    if (toOffice > 60 || toRemote < toOffice || claimedByRemote) continue;
    const days = Math.max(numberOf(match[1]!), match[2] ? numberOf(match[2]) : 0);
    if (days >= 1 && days <= 5 && (best === null || toOffice < best.distance)) best = { days, distance: toOffice };
  }
  return best && { days: best.days };
}

function numberOf(word: string): number {
  return /^\d$/.test(word) ? Number(word) : (entryOf(NUMBER_WORDS, word.toLowerCase()) ?? 0);
}

function positions(text: string, pattern: RegExp): number[] {
  return [...text.matchAll(pattern)].map((m) => m.index + m[0].length / 2);
}

// Travel: a percentage next to a travel word.
const TRAVEL_CUE = /\b(?:travel\w*|déplacements?|Reise\w*|viajes?|viajar)/giu;
const PERCENT = /(\d{1,3})\s?%/g;

function readTravel(sentence: string): { percent: number } | null {
  const cues = positions(sentence, TRAVEL_CUE);
  if (cues.length === 0) return null;
  let most: number | null = null;
  for (const match of sentence.matchAll(PERCENT)) {
    const at = match.index;
    if (Math.min(...cues.map((p) => Math.abs(p - at))) > 50) continue;
    const percent = Number(match[1]);
    if (percent <= 100 && (most === null || percent > most)) most = percent;
  }
  return most === null ? null : { percent: most };
}

// Languages: a language name with a level beside it, or a cue that it is asked for.
const WORD = /[\p{L}]+/gu;
const LANGUAGE_CUE =
  /\b(?:speak\w*|spoken|written|language skills?|languages?|communicat\w*|proficien\w*|\w*kenntnisse|Sprach\w*|maîtrise|maitrise|dominio|nivel|idiomas?|langues?|parl\w+|hablar)\b/iu;
const WINDOW = 40;

function readLanguages(sentences: readonly string[]): DealBreakers['languages'] {
  const found = new Map<string, DealBreakers['languages'][number]>();
  for (const sentence of sentences) {
    for (const word of sentence.matchAll(WORD)) {
      const language = entryOf(LANGUAGE_NAMES, word[0].toLowerCase());
      if (language === undefined) continue;
      // English and German capitalise language names ("french fries" is not French); French
      // and Spanish do not ("anglais courant", "inglés B2"), so their own names count in lower case.
      const writtenInEnglish = word[0].toLowerCase() === language.toLowerCase();
      if (writtenInEnglish && word[0][0] !== word[0][0]!.toUpperCase()) continue;
      const from = Math.max(0, word.index - WINDOW);
      const around = sentence.slice(from, word.index + word[0].length + WINDOW);
      const level = levelIn(around) ?? (/kenntnisse$/i.test(word[0]) ? 'professional' : null);
      if (level === null && !LANGUAGE_CUE.test(around)) continue;
      const known = found.get(language);
      if (known === undefined) found.set(language, { language, level, sentence });
      else if (known.level === null && level !== null) found.set(language, { language, level, sentence });
      if (found.size >= 20) return [...found.values()];
    }
  }
  return [...found.values()];
}

function levelIn(text: string): string | null {
  for (const [pattern, level] of LEVEL_WORDS) {
    const match = pattern.exec(text);
    if (match !== null) return level === '$1' ? match[1]!.toUpperCase() : level;
  }
  return null;
}
