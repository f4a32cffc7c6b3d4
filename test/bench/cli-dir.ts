import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultThreadCount } from '../../src/cli/thread-count';
import { nodeCliIo } from '../../src/cli/node-io';
import { runCli } from '../../src/cli/run-cli';
import { CORPUS_DIR, hasCorpus } from '../support/shared-data';

/** About the size of a small job-board repository: large enough that the CLI uses its worker threads. */
const TREE_FILES = 5_000;
const RUNS = 3;

/** A tree of copies of the corpus (or the fixtures), one folder per copy. */
function buildTree(): { root: string; from: string } {
  const source = hasCorpus ? CORPUS_DIR : path.resolve(import.meta.dirname, '../fixtures/postings');
  const names = readdirSync(source);
  const root = mkdtempSync(path.join(tmpdir(), 'jobmark-cli-bench-'));
  const copies = Math.ceil(TREE_FILES / names.length);
  for (let copy = 0; copy < copies; copy++) {
    const dir = path.join(root, `copy-${String(copy).padStart(3, '0')}`);
    mkdirSync(dir);
    for (const name of names) copyFileSync(path.join(source, name), path.join(dir, name));
  }
  return { root, from: `${copies} copies of ${hasCorpus ? 'the corpus' : 'the fixtures'}` };
}

/** One run of `jobmark extract DIR`, start to end: walk, thread start-up, reads, extraction, JSON lines into a sink. */
async function timeRun(root: string): Promise<{ ms: number; files: number }> {
  let summary = '';
  const start = performance.now();
  await runCli([root], {
    ...nodeCliIo(),
    stdout: () => {},
    stderr: (s) => void (summary += s),
    drained: async () => {},
    progressColumns: null,
  });
  const ms = performance.now() - start;
  const files = Number(/read ([\d,]+) files/.exec(summary)?.[1]?.replace(/,/g, '') ?? 0);
  return { ms, files };
}

export async function benchCliDirectory(): Promise<string[]> {
  const { root, from } = buildTree();
  try {
    const runs: { ms: number; files: number }[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await timeRun(root));
    const median = runs.sort((a, b) => a.ms - b.ms)[Math.floor(RUNS / 2)]!;
    return [
      `cli-dir: ${Math.round((median.files * 1000) / median.ms)} files/s (${median.files} files, ${from}, ${defaultThreadCount() > 1 ? `${defaultThreadCount()} threads` : 'on the main thread'}, median of ${RUNS} runs)`,
    ];
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
