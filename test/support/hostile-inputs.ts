import { detectEmploymentType } from '../../src/extract/employment';
import { cleanLocation } from '../../src/extract/location';
import { cleanInline } from '../../src/extract/normalize-text';
import { classifySections } from '../../src/extract/sections';
import { detectSeniority } from '../../src/extract/seniority';
import { detectWorkplace } from '../../src/extract/workplace';

/**
 * 1 MB inputs built to make patterns backtrack: long runs of exactly what the patterns
 * look for. Shared by the behaviour tests (each must finish, with a sane answer) and the
 * bench (`hostile-1mb-*` figures): a catastrophic pattern shows as seconds or minutes.
 */
export const MB = 1_000_000;
export const HOSTILE_TEXTS: readonly [name: string, text: string][] = [
  ['spaces then junk', `${' '.repeat(MB - 1)}!`],
  ['one giant word', 'a'.repeat(MB)],
  ['bold markers', '**'.repeat(MB / 2)],
  ['bold lines', '**a**\n'.repeat(MB / 6)],
  ['underscores', '_a '.repeat(MB / 3)],
  ['headings', '#'.repeat(MB)],
  ['markdown links', '[x]('.repeat(MB / 4)],
  ['brackets', '[[[]'.repeat(MB / 4)],
  ['bullets', '• '.repeat(MB / 2)],
  ['many lines', 'x:\n'.repeat(MB / 3)],
  ['colon lines before lists', 'Requirements:\n- a\n'.repeat(MB / 19)],
  ['blank lines', ' \n'.repeat(MB / 2)],
  ['mojibake', 'Ã©â€™ðŸŒŽ'.repeat(MB / 9)],
  ['entities', '&amp;&lt;&#x'.repeat(MB / 12)],
  ['NBSP', '\u00a0'.repeat(MB)],
  ['emoji', '🚀'.repeat(MB / 2)],
  ['commas', 'a,'.repeat(MB / 2)],
  ['workplace words', 'this role is a hybrid remote on-site 3 days a week in the office '.repeat(MB / 66)],
  ['employment words', 'this is a full-time part-time 6 month contract internship '.repeat(MB / 58)],
  ['seniority words', 'senior/junior/mid-level lead staff looking for a '.repeat(MB / 49)],
  ['company opening', 'Acme Beta Gamma Delta Epsilon '.repeat(MB / 30)],
];

/** Texts and wordings that would make a naive multi-term scan quadratic. */
export const HOSTILE_TERM_SCANS: readonly [name: string, text: string, terms: string[]][] = [
  ['near-misses', 'Reac '.repeat(200_000) + 'React', ['React', 'Reactive', 'Redux', 'Rea', 'R', ...Array.from({ length: 300 }, (_, i) => `Re${i}`)]],
  ['long partial matches', ('+'.repeat(59) + '-').repeat(16_700) + 'React', ['+'.repeat(60), 'React']],
];

/** Every text reader normalizeJob runs, each given the whole input as it would get a field. */
export function readHostileText(text: string) {
  const title = cleanInline(text);
  const location = cleanLocation(text);
  const sections = classifySections([{ heading: text, text }]);
  return {
    title,
    location,
    sections,
    workplace: detectWorkplace({ title: text, location, sections }),
    employment: detectEmploymentType({ title: text, sections, tags: [text] }),
    seniority: detectSeniority({ title, sections }),
  };
}
