import { similarityAtLeast } from './description-sketch';
import { foldForSearch } from './search-text';

/**
 * Whether two saved postings are one job: the same posting saved from LinkedIn and from the
 * company's board, or re-posted under a new id. Company, title and place are folded (case,
 * accents, punctuation, legal suffixes, "Sr."), and the descriptions compared by their
 * sketches. The answer is only ever a suggestion: the user confirms before two are shown as one.
 */

/** What the judgement reads of a job. */
export interface SameJobFacts {
  title: string;
  company: string | null;
  location: string | null;
  descriptionSketch: string;
}

export interface SameJobEvidence {
  /** Estimated share of the description that is the same (0–1); null when either has too little text. */
  description: number | null;
  /** Share of the title's words (level words aside) the two have in common (0–1). */
  title: number;
}

/** With titles this alike, this much of the description must be the same. */
const DESCRIPTION_NEEDED = 0.75;
/** Titles sharing at least half their words ("Backend Engineer" / "Backend Engineer (Remote)"). */
export const TITLE_NEEDED = 0.5;

/** A job folded once for every comparison it takes part in. */
export interface FoldedJob {
  /** '' when the job names no company: such a job is never matched. */
  company: string;
  /** The title's level words, sorted ("senior", "ii"). */
  level: string;
  /** The title's other words. */
  titleWords: ReadonlySet<string>;
  /** The place's parts (comma-separated), each as its words joined; empty when unstated. */
  placeParts: readonly string[];
  placeWords: ReadonlySet<string>;
  /** The description sketch (description-sketch.ts); '' when there is none. */
  sketch: string;
}

/**
 * The evidence that `a` and `b` are one job, or null when they are not:
 * - the same company (folded; a job without one is never matched);
 * - places that agree (one unstated, the same city, or one inside the other: "Berlin" and
 *   "Berlin, Germany"; never "London" and "Paris": one role hired in two cities is two jobs);
 * - titles at the same level (a company often posts one text as "Senior" and as "Staff":
 *   two jobs) sharing at least half their other words, and descriptions at least 75 % the
 *   same; when a description is too short to compare, exactly the same title.
 */
export function sameJobEvidence(a: SameJobFacts, b: SameJobFacts, fold: Folder = folder()): SameJobEvidence | null {
  return foldedEvidence(fold.job(a), fold.job(b));
}

/** sameJobEvidence over jobs already folded. */
export function foldedEvidence(a: FoldedJob, b: FoldedJob): SameJobEvidence | null {
  if (a.company === '' || a.company !== b.company || a.level !== b.level) return null;
  if (!placesAgree(a, b)) return null;
  const title = wordOverlap(a.titleWords, b.titleWords);
  if (title < TITLE_NEEDED) return null;
  if (a.sketch === '' || b.sketch === '') return title === 1 ? { description: null, title } : null;
  const description = similarityAtLeast(a.sketch, b.sketch, DESCRIPTION_NEEDED);
  return description === null ? null : { description, title };
}

/** Folds remembered per text (the same companies and places recur across thousands of jobs) and per job. */
export interface Folder {
  job(job: SameJobFacts): FoldedJob;
}

export function folder(): Folder {
  const companies = new Map<string, string>();
  const titles = new Map<string, { level: string; words: ReadonlySet<string> }>();
  const places = new Map<string, { parts: readonly string[]; words: ReadonlySet<string> }>();
  const jobs = new WeakMap<SameJobFacts, FoldedJob>();
  const NO_PLACE = { parts: [], words: new Set<string>() };
  return {
    job(job) {
      let folded = jobs.get(job);
      if (folded === undefined) {
        const title = remembered(titles, job.title, (text) => {
          const words = foldTitle(text);
          return { level: levelKey(words), words: new Set(words.filter((word) => !LEVEL_WORDS.has(word))) };
        });
        const place =
          job.location === null
            ? NO_PLACE
            : remembered(places, job.location, (text) => {
                const parts = foldPlace(text);
                return { parts: parts.map((part) => part.join(' ')), words: new Set(parts.flat()) };
              });
        folded = {
          company: job.company === null ? '' : remembered(companies, job.company, foldCompany),
          level: title.level,
          titleWords: title.words,
          placeParts: place.parts,
          placeWords: place.words,
          sketch: job.descriptionSketch,
        };
        jobs.set(job, folded);
      }
      return folded;
    },
  };
}

function remembered<T>(cache: Map<string, T>, key: string, make: (key: string) => T): T {
  let value = cache.get(key);
  if (value === undefined) cache.set(key, (value = make(key)));
  return value;
}

/** Folded as search folds ("Zürich" = "zurich"), "+" and "#" kept for C++ and C#. */
function words(text: string): string[] {
  return foldForSearch(text)
    .split(/[^\p{L}\p{N}+#]+/u)
    .filter((word) => word !== '');
}

/** Words that name the legal form or say nothing about which company it is. */
const COMPANY_NOISE = new Set([
  'inc', 'incorporated', 'llc', 'ltd', 'limited', 'gmbh', 'ag', 'sa', 'sas', 'sarl', 'bv', 'nv', 'plc', 'co', 'corp',
  'corporation', 'company', 'pty', 'srl', 'spa', 'oy', 'ab', 'as', 'aps', 'kg', 'se', 'the',
]);

/** "Red Canary, Inc." and "RedCanary" are one company: legal words dropped, spaces too. */
export function foldCompany(name: string): string {
  return words(name)
    .filter((word) => !COMPANY_NOISE.has(word))
    .join('');
}

/** Short forms boards use in titles. */
const TITLE_SPELLINGS: Record<string, string> = {
  sr: 'senior',
  snr: 'senior',
  jr: 'junior',
  eng: 'engineer',
  engr: 'engineer',
  dev: 'developer',
  mgr: 'manager',
  mgmt: 'management',
};

/** Words that say where or on what terms, not which role ("Remote", "(m/w/d)", "Full-time"). */
const TITLE_NOISE = new Set([
  'a', 'an', 'the', 'and', 'of', 'for', 'at', 'in', 'to', 'with', 'remote', 'hybrid', 'onsite', 'on', 'site', 'office',
  'full', 'part', 'time', 'fulltime', 'm', 'w', 'd', 'f', 'h', 'x', 'mwd', 'fmd', 'wmd', 'all', 'genders',
  // "React.js" and "React" are one word of a title.
  'js',
]);

/** Words boards write apart or together ("Full Stack", "Fullstack"): the pair counts as one word. */
const JOINED_WORDS = new Set(['full stack', 'front end', 'back end', 'dev ops', 'data base']);

export function foldTitle(title: string): readonly string[] {
  const folded = new Set<string>();
  const split = words(title);
  const joined: string[] = [];
  for (let i = 0; i < split.length; i++) {
    const pair = `${split[i]} ${split[i + 1]}`;
    if (JOINED_WORDS.has(pair)) {
      joined.push(pair.replace(' ', ''));
      i++;
    } else joined.push(split[i]!);
  }
  for (const word of joined) {
    const spelled = Object.hasOwn(TITLE_SPELLINGS, word) ? TITLE_SPELLINGS[word]! : word;
    if (!TITLE_NOISE.has(spelled)) folded.add(spelled);
  }
  return [...folded];
}

/** A place as its comma-separated parts, each a list of words ("San Francisco, CA" → [[san, francisco], [ca]]). */
export function foldPlace(location: string): readonly string[][] {
  return location
    .split(/[,;|]/)
    .map(words)
    .filter((part) => part.length > 0);
}

/**
 * One unstated place agrees with any; otherwise the first parts (the city, or "Remote US")
 * must be the same, or every word of one place must appear in the other ("Remote" and
 * "Remote, US"; "Berlin" and "Berlin, Germany").
 */
function placesAgree(a: FoldedJob, b: FoldedJob): boolean {
  if (a.placeParts.length === 0 || b.placeParts.length === 0) return true;
  if (a.placeParts[0] === b.placeParts[0]) return true;
  const [smaller, larger] = a.placeWords.size <= b.placeWords.size ? [a.placeWords, b.placeWords] : [b.placeWords, a.placeWords];
  for (const word of smaller) if (!larger.has(word)) return false;
  return true;
}

/** Words that set a role's level; two titles that differ in one are two jobs. */
const LEVEL_WORDS = new Set([
  'intern', 'internship', 'trainee', 'apprentice', 'junior', 'entry', 'associate', 'mid', 'intermediate', 'senior', 'staff',
  'principal', 'lead', 'head', 'chief', 'director', 'vp', 'distinguished', 'i', 'ii', 'iii', 'iv', 'v', '1', '2', '3', '4', '5',
  'l1', 'l2', 'l3', 'l4', 'l5', 'l6', 'l7', 'l8',
]);

/** A folded title's level words, sorted: equal keys for "Senior Staff X" and "Staff Senior X". */
export function levelKey(title: readonly string[]): string {
  return title
    .filter((word) => LEVEL_WORDS.has(word))
    .sort()
    .join(' ');
}

/** Shared words over all the words of the two (0–1); two empty titles are not alike. */
function wordOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of b) if (a.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}
