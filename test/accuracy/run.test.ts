import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const RUN_TS = path.resolve(import.meta.dirname, 'run.ts');
const TSX = path.resolve(import.meta.dirname, '../../node_modules/.bin/tsx');

async function accuracy(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, [RUN_TS, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run accuracy', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'jobmark-accuracy-'));

  it('says clearly that there is nothing to score when the label file is absent, and exits 0', async () => {
    const result = await accuracy('--labels', path.join(dir, 'missing.json'));
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/no label file at .*missing\.json/);
  });

  it('rejects a malformed label file with a clear error and exit code 2', async () => {
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify([{ file: 'x.md', title: 'T', company: 7 }]));
    const result = await accuracy('--labels', bad);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/not a valid label file: 0\.company/);
  });

  it('prints every figure on its own line, and misses with --verbose', async () => {
    const labels = path.join(dir, 'one.json');
    const corpus = path.join(dir, 'corpus');
    await import('node:fs').then((fs) => fs.mkdirSync(corpus, { recursive: true }));
    writeFileSync(
      path.join(corpus, 'posting.md'),
      '# Data Engineer\n\n## Requirements\n\n- 4+ years of experience with Python and SQL\n- Airflow\n',
    );
    writeFileSync(
      labels,
      JSON.stringify([
        { file: 'posting.md', title: 'Data Engineer', company: null, location: null, remote: null, salary: null,
          yearsMin: 4, mustSkills: ['Python', 'SQL', 'Airflow', 'dbt'], niceSkills: [] },
      ]),
    );
    const plain = await accuracy('--labels', labels, '--corpus', corpus);
    expect(plain.code).toBe(0);
    expect(plain.stdout.trim().split('\n')).toEqual([
      'accuracy-title: 1/1',
      'accuracy-company: 0/0',
      'accuracy-location: 0/0',
      'accuracy-remote: 0/0',
      'accuracy-salary: 1/1',
      'accuracy-years: 1/1',
      'accuracy-fields: 100.0 %',
      'accuracy-skills-required-f1: 0.86',
      'accuracy-skills-all-f1: 0.86',
      // The posting names no company, so it can be the same job as nothing.
      'same job: 0 pairs suggested among 1 posting (0 pairs); 0 of them judged one job by reading, 0 false merges',
      'same job, made copies: re-posts found 0/0 (—); other city merged 0/0 (—); other level merged 0/0 (—)',
    ]);
    const verbose = await accuracy('--labels', labels, '--corpus', corpus, '--verbose');
    expect(verbose.stdout).toContain('posting.md  skills-required  missing ["dbt"]');
    const json = JSON.parse((await accuracy('--labels', labels, '--corpus', corpus, '--json')).stdout);
    expect(json.skillsRequired.falseNegatives).toBe(1);
  });
});
