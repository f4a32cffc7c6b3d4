import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import judgements from '../../../test/fixtures/skills/unrecognised-judgements.json';
import { PostingReadError, readPostingFile } from '../../sources';
import { classifySections } from '../sections';
import { extractSkills } from './index';

/**
 * How often a name reported as `unrecognised` really is a technology, over the real
 * postings in ../shared/corpus. The judgements (name → is it a technology or tool?) were
 * made by hand from a run over the corpus; they hold names only, never posting text.
 */
const CORPUS_DIR = path.resolve(__dirname, '../../../../shared/corpus');
const hasCorpus = existsSync(CORPUS_DIR);
if (!hasCorpus) console.warn(`${CORPUS_DIR} is absent: the unrecognised-name precision test is skipped`);

const JUDGED: Readonly<Record<string, boolean>> = judgements;

/** Below this the names mislead more than they help; the figure measured is printed. */
const PRECISION_FLOOR = 0.7;
/** With fewer of the names judged, the figure would say little (the extractors changed since). */
const COVERAGE_FLOOR = 0.6;

describe.skipIf(!hasCorpus)('unrecognised names over the corpus', () => {
  it(`are technologies at least ${PRECISION_FLOOR * 100}% of the time`, () => {
    let right = 0;
    let judged = 0;
    const unjudged = new Set<string>();
    const wrong = new Set<string>();
    let total = 0;
    for (const file of readdirSync(CORPUS_DIR).filter((f) => f !== 'SOURCES.md')) {
      const text = readFileSync(path.join(CORPUS_DIR, file), 'utf8');
      let postings;
      try {
        postings = readPostingFile({ text, fileName: file });
      } catch (error) {
        if (error instanceof PostingReadError) continue;
        throw error;
      }
      for (const raw of postings) {
        for (const name of extractSkills(classifySections(raw.sections)).skills.unrecognised) {
          total++;
          const verdict = JUDGED[name];
          if (verdict === undefined) unjudged.add(name);
          else {
            judged++;
            if (verdict) right++;
            else wrong.add(name);
          }
        }
      }
    }
    const precision = judged === 0 ? 0 : right / judged;
    const coverage = total === 0 ? 1 : judged / total;
    console.log(
      [
        `unrecognised names: ${total} in the corpus, ${judged} judged, ${right} right`,
        `  precision ${(precision * 100).toFixed(1)}%, judged ${(coverage * 100).toFixed(1)}%`,
        `  wrong: ${[...wrong].join(', ') || '-'}`,
        `  not judged yet: ${[...unjudged].join(', ') || '-'}`,
      ].join('\n'),
    );
    expect(coverage).toBeGreaterThanOrEqual(COVERAGE_FLOOR);
    expect(precision).toBeGreaterThanOrEqual(PRECISION_FLOOR);
  });
});
