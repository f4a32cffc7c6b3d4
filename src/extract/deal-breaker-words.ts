/**
 * The words deal-breakers are stated in, in English, French, German and Spanish. Kept
 * apart from the rules (deal-breakers.ts) so a new language is a table, not new code.
 */

/** Language names as postings write them → the English name Jobmark stores. */
export const LANGUAGE_NAMES: Record<string, string> = {
  english: 'English', anglais: 'English', englisch: 'English', inglés: 'English', ingles: 'English',
  german: 'German', allemand: 'German', deutsch: 'German', deutschkenntnisse: 'German', alemán: 'German', aleman: 'German',
  french: 'French', français: 'French', francais: 'French', französisch: 'French', francés: 'French', frances: 'French',
  spanish: 'Spanish', espagnol: 'Spanish', spanisch: 'Spanish', español: 'Spanish', espanol: 'Spanish', castellano: 'Spanish',
  italian: 'Italian', italien: 'Italian', italienisch: 'Italian', italiano: 'Italian',
  portuguese: 'Portuguese', portugais: 'Portuguese', portugiesisch: 'Portuguese', portugués: 'Portuguese',
  dutch: 'Dutch', néerlandais: 'Dutch', niederländisch: 'Dutch', neerlandés: 'Dutch',
  polish: 'Polish', polonais: 'Polish', polnisch: 'Polish', polaco: 'Polish',
  swedish: 'Swedish', danish: 'Danish', norwegian: 'Norwegian', finnish: 'Finnish',
  japanese: 'Japanese', japonais: 'Japanese', japanisch: 'Japanese', japonés: 'Japanese',
  mandarin: 'Mandarin', chinese: 'Chinese', chinois: 'Chinese', chinesisch: 'Chinese', chino: 'Chinese',
  korean: 'Korean', arabic: 'Arabic', arabe: 'Arabic', arabisch: 'Arabic', árabe: 'Arabic',
  russian: 'Russian', russe: 'Russian', russisch: 'Russian', ruso: 'Russian',
  turkish: 'Turkish', hindi: 'Hindi', hebrew: 'Hebrew', czech: 'Czech', greek: 'Greek', romanian: 'Romanian',
  hungarian: 'Hungarian', ukrainian: 'Ukrainian', vietnamese: 'Vietnamese', thai: 'Thai', indonesian: 'Indonesian',
};

/**
 * Words (lower-cased) at least one of which every pattern of a kind begins with (see
 * deal-breakers.ts), besides the English "to work"/"work permit" forms and "%" that the
 * rules spell out themselves. The sentence gates and the cue walk (deal-breaker-cues.ts)
 * are both built from this one list, so a word added here is found by both.
 */
export const GATE_WORDS = {
  visa: ['sponsor', 'visa', 'visum', 'parrain', 'patrocin'],
  workAuthorization: ['travail', 'arbeits', 'trabaj', 'citizen', 'nationalité', 'staats', 'nacionalidad'],
  clearance: ['clearance', 'habilitation', 'sicherheits', 'habilitación', 'acreditación'],
  relocation: ['relocat', 'relocalis', 'relocaliz', 'déménagement', 'mobilité', 'umzug', 'reubicación', 'mudanza'],
  officeDays: ['week', 'semaine', 'woche', 'semana'],
  licence: ['licen', 'führerschein', 'fahrerlaubnis', 'permis', 'conducir'],
} as const;

/** Words that put a level on a language: a CEFR code, or fluent / native / professional. */
export const LEVEL_WORDS: readonly [RegExp, string][] = [
  [/\b([ABC][12])\b/, '$1'],
  [/\b(?:native|mother tongue|muttersprach\w*|langue maternelle|nativo|nativa|lengua materna)\b/i, 'native'],
  [
    /\b(?:fluent|fluency|fluently|fließend\w*|fliessend\w*|verhandlungssicher\w*|courant|couramment|bilingue|bilingual|fluido|fluida|con fluidez)\b/i,
    'fluent',
  ],
  [
    /\b(?:professional(?: working)? proficiency|business[- ]level|business fluent|proficient|proficiency|advanced|excellent|strong|sehr gute?|gute?|exzellente?|avancé|excellent|professionnel|avanzado|alto nivel|nivel alto)\b/i,
    'professional',
  ],
  [/\b(?:basic|conversational|notions|grundkenntnisse|básico|basico)\b/i, 'basic'],
];

/** Countries (and the EU) a work permit or citizenship is asked for, as written → as stored. */
export const COUNTRY_NAMES: Record<string, string> = {
  'united states': 'United States', 'u.s.': 'United States', us: 'United States', usa: 'United States', 'u.s.a.': 'United States',
  america: 'United States', 'états-unis': 'United States', 'estados unidos': 'United States',
  'united kingdom': 'United Kingdom', uk: 'United Kingdom', 'u.k.': 'United Kingdom', britain: 'United Kingdom', 'great britain': 'United Kingdom',
  'royaume-uni': 'United Kingdom', 'reino unido': 'United Kingdom', großbritannien: 'United Kingdom',
  canada: 'Canada', kanada: 'Canada', canadá: 'Canada',
  germany: 'Germany', deutschland: 'Germany', allemagne: 'Germany', alemania: 'Germany',
  france: 'France', frankreich: 'France', francia: 'France',
  spain: 'Spain', espagne: 'Spain', spanien: 'Spain', españa: 'Spain',
  netherlands: 'Netherlands', 'the netherlands': 'Netherlands', 'pays-bas': 'Netherlands', niederlande: 'Netherlands', 'países bajos': 'Netherlands',
  ireland: 'Ireland', irland: 'Ireland', irlande: 'Ireland', irlanda: 'Ireland',
  australia: 'Australia', australien: 'Australia', australie: 'Australia',
  'new zealand': 'New Zealand', india: 'India', inde: 'India', indien: 'India',
  switzerland: 'Switzerland', schweiz: 'Switzerland', suisse: 'Switzerland', suiza: 'Switzerland',
  austria: 'Austria', österreich: 'Austria', autriche: 'Austria',
  poland: 'Poland', polen: 'Poland', pologne: 'Poland', polonia: 'Poland',
  portugal: 'Portugal', italy: 'Italy', italie: 'Italy', italia: 'Italy',
  mexico: 'Mexico', méxico: 'Mexico', mexique: 'Mexico', brazil: 'Brazil', brasil: 'Brazil', brésil: 'Brazil',
  singapore: 'Singapore', japan: 'Japan', israel: 'Israel', sweden: 'Sweden', denmark: 'Denmark', norway: 'Norway',
  eu: 'European Union', 'e.u.': 'European Union', 'european union': 'European Union', 'the eu': 'European Union',
  eea: 'European Economic Area', 'union européenne': 'European Union', 'unión europea': 'European Union', 'europäischen union': 'European Union',
};

/** Number words for "three days a week" in the four languages. */
export const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5,
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5,
  ein: 1, einen: 1, eine: 1, zwei: 2, drei: 3, vier: 4, fünf: 5,
  uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5,
};
