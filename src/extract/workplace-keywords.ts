/**
 * The workplace words a section holds, found in one scan, so that the statement patterns
 * of workplace.ts run only on sections that have the words they need: nine long patterns
 * per section made reading the text the slowest part of workplace detection.
 *
 * Each keyword starts a word (after \b, a space or a hyphen) wherever a pattern holds it,
 * so looking for the keywords at word starts skips no text a pattern would match. Which
 * keywords each pattern needs is stated beside the pattern, in workplace.ts.
 */
export const WORD = {
  /** "Location:", "Job locations -" (the location line). */
  location: 1,
  /** "remote", "remotely". */
  remote: 2,
  /** "#LI-Remote" and the other LinkedIn tags. */
  linkedInTag: 4,
  hybrid: 8,
  /** "3 days a week", "two days per week". */
  daysAWeek: 16,
  /** "(in) the office", "(at) our hub": the office of every OFFICE phrase, which may not start a word itself. */
  theOffice: 32,
  /** "telecommuting", "teleworking", "teleworker". */
  telework: 64,
  /** "on-site", "onsite", "in-office", "office-based", "in person". */
  onSite: 128,
  /** "work from home", "work from anywhere". */
  workFrom: 256,
} as const;

/**
 * The keywords, grouped by first letter so that the engine tries fewer alternatives at
 * each word start. "#li-" does not start a word ("#" is no word character), so it is found
 * as "li-" at a word start with "#" before it: a top-level alternative without \b would be
 * tried at every position.
 */
const KEYWORD = new RegExp(
  '\\b(?:' +
    [
      'l(?:ocations?|i-(?<=#li-))',
      'remote',
      'hybrid',
      'days? (?:(?:a|per|each|every) )?week',
      't(?:he (?:office|hub|studio|headquarters|hq)|ele(?:commuting|working|worker))',
      'o(?:ur (?:office|hub|studio|headquarters|hq)|n[- ]?site|ffice[- ]based)',
      'an? (?:office|hub|studio|headquarters|hq)',
      'in[- ](?:office|person)',
      'work from (?:home|anywhere)',
    ].join('|') +
    ')',
  'gi',
);

/** The WORD bits of the keywords in a text. */
export function workplaceWordsIn(text: string): number {
  let words = 0;
  KEYWORD.lastIndex = 0;
  for (let match = KEYWORD.exec(text); match !== null; match = KEYWORD.exec(text)) {
    words |= wordOf(match[0].toLowerCase());
  }
  KEYWORD.lastIndex = 0;
  return words;
}

/** The WORD bit of a keyword found by KEYWORD (lower case). */
function wordOf(keyword: string): number {
  if (keyword.startsWith('loc')) return WORD.location;
  if (keyword === 'li-') return WORD.linkedInTag;
  if (keyword === 'remote') return WORD.remote;
  if (keyword === 'hybrid') return WORD.hybrid;
  if (keyword.startsWith('day')) return WORD.daysAWeek;
  if (keyword.startsWith('tele')) return WORD.telework;
  if (keyword.startsWith('work')) return WORD.workFrom;
  // "the office", "our hub", "an office", "a studio"; what is left is "on-site", "in-office", "office-based", "in person".
  if (/^(?:the|our|an?) /.test(keyword)) return WORD.theOffice;
  return WORD.onSite;
}
