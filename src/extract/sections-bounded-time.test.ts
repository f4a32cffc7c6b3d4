import { describe, expect, it } from 'vitest';
import { detectEmploymentType } from './employment';
import { cleanLocation } from './location';
import { cleanInline } from './normalize-text';
import { classifySections } from './sections';
import { detectSeniority } from './seniority';
import { detectWorkplace } from './workplace';

/**
 * Text and section extraction on 1 MB inputs built to make patterns backtrack: long runs
 * of exactly what the patterns look for. Catastrophic backtracking shows up as seconds or
 * minutes; the budget is the project's 100 ms, stretched only when the machine is so busy
 * that a plain linear pass over a megabyte is itself slow (see loadFactor).
 */
const MB = 1_000_000;
const hostile: [string, string][] = [
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

/**
 * How much slower than an idle machine this one is right now, measured on fixed linear
 * work (split, trim and join a megabyte of short lines: about 10 ms when idle). At least 1.
 */
function loadFactor(): number {
  const lines = 'x:\n'.repeat(MB / 3);
  const baseline = bestOf(3, () => {
    lines
      .split('\n')
      .map((line) => line.trim())
      .join('\n');
  });
  return Math.max(1, baseline / 10);
}

function bestOf(runs: number, work: () => void): number {
  let best = Infinity;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    work();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe('bounded time on 1 MB inputs', () => {
  it.each(hostile)('%s', (_, text) => {
    const budget = 100 * loadFactor();
    const ms = bestOf(5, () => {
      const title = cleanInline(text);
      const location = cleanLocation(text);
      const sections = classifySections([{ heading: text, text }]);
      detectWorkplace({ title: text, location, sections });
      detectEmploymentType({ title: text, sections, tags: [text] });
      detectSeniority({ title, sections });
    });
    expect(ms).toBeLessThan(budget);
  });
});
