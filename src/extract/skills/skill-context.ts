/**
 * Whether an ambiguous name ("Go", "Swift", "React", "Spring") is used as a technology at
 * one place in a text. "Go above and beyond", "React quickly", "Swift delivery", "Spring
 * 2025" are English; "written in Go", "Go, PHP, Python", "Go developer", a bullet that is
 * just "- Go" are not. Only a bounded window of the same line is read.
 */

/** The neighbouring skill mentions on either side, if any. */
export interface Neighbours {
  before?: { end: number };
  after?: { start: number };
}

/** Words in front that make the next word a technology: "experience with", "written in". */
const CUES_BEFORE = new Set([
  'in', 'with', 'using', 'use', 'uses', 'used', 'experience', 'experienced', 'knowledge', 'know',
  'proficient', 'proficiency', 'fluent', 'fluency', 'expert', 'expertise', 'familiar',
  'familiarity', 'skills', 'skilled', 'background', 'written', 'programming', 'language',
  'languages', 'framework', 'frameworks', 'stack', 'mastery', 'coding', 'develop', 'developing',
]);

/** Words behind that make the word before them a technology: "Go developer", "Swift code". */
const CUES_AFTER = new Set([
  'developer', 'developers', 'engineer', 'engineers', 'engineering', 'development', 'experience',
  'programming', 'language', 'code', 'codebase', 'codebases', 'services', 'microservices',
  'backend', 'back-end', 'frontend', 'front-end', 'application', 'applications', 'apps', 'stack',
  'framework', 'frameworks', 'library', 'libraries', 'ecosystem', 'runtime', 'skills', 'knowledge',
  'expertise', 'sdk', 'modules', 'components', 'hooks', 'programmer', 'programmers', 'toolchain',
  'proficiency', 'projects', 'scripts', 'scripting',
  // "React js", "Node js": the suffix written apart is still the library's name.
  'js',
]);

/** Articles and fillers skipped when reading the words in front ("experience with the modern …"). */
const FILLERS = new Set(['a', 'an', 'the', 'modern', 'strong', 'solid', 'good', 'deep', 'some', 'production', 'idiomatic']);

/** How far either side is read: enough for three words, never the whole line. */
const WINDOW = 48;

/** Between two list items: separators and "or"/"and", nothing else ("Go, PHP", "React/Vue", "Ruby (Rails)"). */
const LIST_GAP = /^[\s,;/&|+()[\]]{0,6}(?:(?:and\/or|and|or|as well as|plus|&)[\s,;/()[\]]{1,4})?$/i;

export function inTechnicalContext(text: string, start: number, end: number, neighbours: Neighbours): boolean {
  // Cut the window first, then look for the line break in it: searching the text itself
  // would walk a whole line per mention, quadratic on a megabyte without line breaks.
  const wideBefore = text.slice(Math.max(0, start - WINDOW), start);
  const before = wideBefore.slice(wideBefore.lastIndexOf('\n') + 1);
  const wideAfter = text.slice(end, end + WINDOW);
  const lineBreak = wideAfter.indexOf('\n');
  const after = lineBreak === -1 ? wideAfter : wideAfter.slice(0, lineBreak);

  // A year after it is a season or a date, whatever comes before: "in Spring 2025".
  if (/^\s(?:19|20)\d\d\b/.test(after)) return false;
  if (isListed(text, start, end, neighbours)) return true;
  if (isWholeItem(before, after)) return true;
  // "(Go)": a parenthesis holding only the name is a label, never English.
  if (before.endsWith('(') && after.startsWith(')')) return true;
  if (hasCueAfter(after)) return true;
  return hasCueBefore(before) && endsThePhrase(after);
}

/** Function words that may follow a technology named after a cue: "with Go and Python". */
const PHRASE_ENDERS = new Set(['and', 'or', 'nor', 'plus', 'as', 'for', 'on', 'with', 'is', 'are', 'to', 'in', 'at']);

/**
 * After "with"/"in", the name must end the noun phrase: "experience with Linear algebra"
 * and "experience in how to React quickly" go on with an ordinary lower-case word.
 */
function endsThePhrase(after: string): boolean {
  const match = /^\s{1,3}([a-z][a-z'-]{0,20})/.exec(after);
  return match === null || PHRASE_ENDERS.has(match[1]!);
}

function isListed(text: string, start: number, end: number, { before, after }: Neighbours): boolean {
  if (before !== undefined && start - before.end <= 16 && LIST_GAP.test(text.slice(before.end, start))) return true;
  return after !== undefined && after.start - end <= 16 && LIST_GAP.test(text.slice(end, after.start));
}

/** A bullet or line that is nothing but the name: "- Go", "**Swift**", "React (or similar)". */
function isWholeItem(before: string, after: string): boolean {
  // The window may have cut the line: only a line start counts as "nothing before".
  if (!/^[\s*•·-]{0,6}(?:\d{1,2}[.)]\s{1,3})?[*_]{0,2}$/.test(before)) return false;
  return /^[*_]{0,2}[\s.:;,!]{0,3}$/.test(after) || /^\s?\(/.test(after);
}

function hasCueBefore(before: string): boolean {
  const words = before.toLowerCase().match(/[a-z][a-z'-]{0,20}/g);
  if (words === null) return false;
  let looked = 0;
  for (let i = words.length - 1; i >= 0 && looked < 3; i--) {
    const word = words[i]!;
    if (CUES_BEFORE.has(word)) return true;
    if (word === 'as' && words[i - 1] === 'such') return true;
    if (!FILLERS.has(word)) looked++;
  }
  return false;
}

function hasCueAfter(after: string): boolean {
  const match = /^\s{1,3}([A-Za-z][A-Za-z-]{0,20}|\d{1,2}(?:\.\d{1,3}){0,2}\+?)/.exec(after);
  if (match === null) return false;
  const word = match[1]!;
  // A version number: "Go 1.22", "Swift 5".
  if (/^\d/.test(word)) return true;
  return CUES_AFTER.has(word.toLowerCase());
}
