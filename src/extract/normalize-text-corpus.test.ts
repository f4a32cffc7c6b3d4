import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repairMojibake } from './normalize-text-mojibake';

/** The real postings live beside the repository, never in it. */
const CORPUS_DIR = path.resolve(__dirname, '../../../shared/corpus');
const hasCorpus = existsSync(CORPUS_DIR);
if (!hasCorpus) console.warn(`${CORPUS_DIR} is absent: mojibake corpus test skipped`);

/** Traces of UTF-8 read as Windows-1252: "Ã©", "â€™", "ðŸŒŽ", "Â " / "Â·". */
const MOJIBAKE_MARKER = /Ã|â€|ðŸ|Â[\s\p{P}]/u;

/**
 * SOURCES.md says which files carry the mojibake transform; every other file is a
 * byte-identical copy of clean UTF-8.
 */
function transformedFiles(): Set<string> {
  const sources = readFileSync(path.join(CORPUS_DIR, 'SOURCES.md'), 'utf8');
  const names = new Set<string>();
  for (const line of sources.split('\n')) {
    const match = /^\| (\S+) \|.*\| mojibake-cp1252 \|$/.exec(line);
    if (match?.[1]) names.add(match[1]);
  }
  return names;
}

describe.skipIf(!hasCorpus)('repairMojibake on the corpus', () => {
  const files = hasCorpus ? readdirSync(CORPUS_DIR).filter((name) => name !== 'SOURCES.md').sort() : [];
  const transformed = hasCorpus ? transformedFiles() : new Set<string>();

  it('the corpus has both kinds of file, so both checks below mean something', () => {
    expect(transformed.size).toBeGreaterThan(100);
    expect(files.length - transformed.size).toBeGreaterThan(50);
    const brokenBefore = [...transformed].filter((name) => MOJIBAKE_MARKER.test(readFileSync(path.join(CORPUS_DIR, name), 'utf8')));
    expect(brokenBefore.length).toBeGreaterThan(100);
  });

  it('leaves no mojibake in any file', () => {
    const stillBroken = files.filter((name) => {
      const repaired = repairMojibake(readFileSync(path.join(CORPUS_DIR, name), 'utf8'));
      return MOJIBAKE_MARKER.test(repaired);
    });
    expect(stillBroken).toEqual([]);
  });

  it('does not change the files that were clean', () => {
    const changed = files
      .filter((name) => !transformed.has(name))
      .filter((name) => {
        const text = readFileSync(path.join(CORPUS_DIR, name), 'utf8');
        return repairMojibake(text) !== text;
      });
    expect(changed).toEqual([]);
  });
});
