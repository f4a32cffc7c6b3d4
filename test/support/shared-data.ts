import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The real postings live in ../shared beside the repository (never copied into it). Tests
 * that read them skip, saying why, when it is absent.
 */
export const SHARED_DIR = path.resolve(import.meta.dirname, '../../../shared');
export const SEEDS_DIR = path.join(SHARED_DIR, 'seeds');
export const CORPUS_DIR = path.join(SHARED_DIR, 'corpus');

export const hasSeeds = existsSync(SEEDS_DIR);
export const hasCorpus = existsSync(CORPUS_DIR);
export const SKIP_REASON = `../shared is absent (looked in ${SHARED_DIR}): real-posting tests skipped`;

export function readSeed(prefix: string): { name: string; text: string } {
  const name = readdirSync(SEEDS_DIR).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}* in ${SEEDS_DIR}`);
  return { name, text: readFileSync(path.join(SEEDS_DIR, name), 'utf8') };
}

/** Every posting file of the corpus (SOURCES.md is documentation, not a posting). */
export function corpusFiles(): { name: string; text: string }[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f !== 'SOURCES.md')
    .sort()
    .map((name) => ({ name, text: readFileSync(path.join(CORPUS_DIR, name), 'utf8') }));
}
