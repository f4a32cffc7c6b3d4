import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeCliIo } from '../../src/cli/node-io';
import { PARALLEL_FROM } from '../../src/cli/parallel-threshold';
import { formatProgress } from '../../src/cli/progress-bar';
import { runCli, type CliIo, type FileJob } from '../../src/cli/run-cli';

const repo = path.resolve(__dirname, '../..');
const fixtures = path.join(repo, 'test/fixtures/postings');
let tree: string;

/**
 * A job-board repository in miniature: postings at two depths, the files every repository
 * has, folders a walk must not enter, a file that is no posting, and a link back to the root.
 */
beforeAll(() => {
  tree = mkdtempSync(path.join(tmpdir(), 'jobmark-tree-'));
  const put = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(tree, file)), { recursive: true });
    writeFileSync(path.join(tree, file), text);
  };
  mkdirSync(path.join(tree, 'jobs/2026'), { recursive: true });
  copyFileSync(path.join(fixtures, 'platform-engineer.remotewlb.md'), path.join(tree, 'jobs/2026/platform.md'));
  copyFileSync(path.join(fixtures, 'data-analyst.jsonld.json'), path.join(tree, 'jobs/analyst.json'));
  put('jobs/backend.md', '# Backend Developer\n\n## Requirements\n\n- 3+ years with Django and PostgreSQL\n');
  put('README.md', '# Our job board\n\nPostings live in jobs/.\n');
  put('package.json', '{"name": "board"}');
  put('.git/HEAD.md', '# Not a posting\n');
  put('node_modules/dep/readme.md', '# A dependency\n');
  put('jobs/logo.png', 'not text');
  put('jobs/empty.txt', '   \n');
  put('jobs/broken.json', '{"title": ');
  symlinkSync(tree, path.join(tree, 'jobs/loop'));
});
afterAll(() => rmSync(tree, { recursive: true, force: true }));

async function run(argv: string[], options: { columns?: number; listDirectory?: CliIo['listDirectory'] } = {}) {
  let stdout = '';
  let stderr = '';
  let time = 0;
  const status = await runCli(argv, {
    ...nodeCliIo(repo),
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    drained: async () => {},
    now: new Date('2026-11-22T12:00:00Z'),
    progressColumns: options.columns ?? null,
    ...(options.listDirectory ? { listDirectory: options.listDirectory } : {}),
    // Each reading of the clock is 150 ms later: every file redraws the bar.
    clock: () => (time += 150),
  });
  return { status, stdout, stderr };
}

const linesOf = (stdout: string) => stdout.trim().split('\n').map((line) => JSON.parse(line) as FileJob);

describe('extract CLI over a directory tree', () => {
  it('prints JSON lines, one job per posting file, in path order, leaving repository files and hidden folders out', async () => {
    const { status, stdout, stderr } = await run([tree]);
    expect(status).toBe(0);
    const jobs = linesOf(stdout);
    expect(jobs.map((j) => path.relative(tree, j.file))).toEqual(['jobs/2026/platform.md', 'jobs/analyst.json', 'jobs/backend.md']);
    expect(jobs.map((j) => j.title)).toEqual(['Senior Platform Engineer', 'Junior Data Analyst', 'Backend Developer']);
    expect(jobs[2]!.skills.required).toEqual(expect.arrayContaining(['Django', 'PostgreSQL']));
    // Files that hold no posting are counted, not failures, and nothing is drawn when stderr is not a terminal.
    expect(stderr).toBe('jobmark: read 5 files: 3 postings, 2 without a posting (--verbose names them)\n');
  });

  it('names the files without a posting under --verbose', async () => {
    const { status, stderr } = await run(['--verbose', tree]);
    expect(status).toBe(0);
    expect(stderr).toMatch(/jobs\/broken\.json: not valid JSON/);
    expect(stderr).toMatch(/jobs\/empty\.txt: empty file/);
  });

  it('prints a JSON array with --json and a table with --table, files and folders mixed', async () => {
    const json = await run(['--json', path.join(fixtures, 'data-analyst.jsonld.json'), path.join(tree, 'jobs/2026')]);
    expect((JSON.parse(json.stdout) as FileJob[]).map((j) => j.title)).toEqual(['Junior Data Analyst', 'Senior Platform Engineer']);
    const table = await run(['--table', tree]);
    expect(table.stdout).toContain('Northwind Freight');
    expect(table.stdout).toContain('Backend Developer');
  });

  it('draws a progress bar on a terminal and erases it before messages and at the end', async () => {
    const { stdout, stderr } = await run(['--verbose', tree], { columns: 70 });
    expect(linesOf(stdout)).toHaveLength(3);
    expect(stderr).toContain('\r[');
    expect(stderr).toMatch(/5\/5 files +\d+ files\/s/);
    // Every message starts on an erased line, and the bar is gone when the summary is printed.
    for (const message of stderr.split('\n').filter(Boolean)) {
      const visible = message.slice(message.lastIndexOf('\x1b[K') + 3);
      expect(visible).toMatch(/^jobmark: /);
    }
    expect(stderr.endsWith('\r\x1b[Kjobmark: read 5 files: 3 postings, 2 without a posting\n')).toBe(true);
  });

  it('names a subfolder it may not read, exits 1, and still prints every posting it could read', async () => {
    const { status, stdout, stderr } = await run([tree], {
      listDirectory: async (dir) => {
        if (dir.endsWith(`${path.sep}2026`)) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
        return nodeCliIo(repo).listDirectory(dir);
      },
    });
    expect(status).toBe(1);
    expect(stderr).toContain(`jobmark: ${path.join(tree, 'jobs/2026')}: permission denied\n`);
    expect(linesOf(stdout).map((j) => j.title)).toEqual(['Junior Data Analyst', 'Backend Developer']);
  });

  it('fails a folder with no posting files in it, and goes on with the rest', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'jobmark-empty-'));
    try {
      writeFileSync(path.join(empty, 'photo.jpg'), 'x');
      const { status, stdout, stderr } = await run([empty, path.join(fixtures, 'platform-engineer.remotewlb.md')]);
      expect(status).toBe(1);
      expect(stderr).toContain(`jobmark: ${empty}: no posting files under this folder`);
      expect(linesOf(stdout).map((j) => j.title)).toEqual(['Senior Platform Engineer']);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('runs as a real process into a pipe: JSON lines on stdout, no progress bar on stderr', () => {
    const result = spawnSync(path.join(repo, 'node_modules/.bin/tsx'), ['src/cli/main.ts', tree], { cwd: repo, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(linesOf(result.stdout)).toHaveLength(3);
    expect(result.stderr).not.toContain('\r');
    expect(result.stderr).toContain('3 postings');
  });
});

describe('extract CLI over a large tree on worker threads', () => {
  it('prints what one thread prints, in the same order, with --threads 2', async () => {
    const large = mkdtempSync(path.join(tmpdir(), 'jobmark-large-'));
    try {
      // Past PARALLEL_FROM, so the thread pool is used; every tenth file holds no posting.
      for (let i = 0; i < PARALLEL_FROM + 20; i++) {
        const dir = path.join(large, `team-${i % 7}`);
        mkdirSync(dir, { recursive: true });
        const text = i % 10 === 9 ? '' : `# Engineer ${i}\n\n## Requirements\n\n- ${2 + (i % 5)}+ years of ${['Go', 'Python', 'Rust'][i % 3]} and Kubernetes\n`;
        writeFileSync(path.join(dir, `posting-${String(i).padStart(4, '0')}.md`), text);
      }
      const one = await run(['--threads', '1', large]);
      const two = await run(['--threads', '2', large]);
      expect(two.status).toBe(0);
      expect(two.stderr).toBe(one.stderr);
      expect(two.stderr).toContain(`${PARALLEL_FROM - 82} postings, 102 without a posting`);
      expect(two.stdout).toBe(one.stdout);
      const jobs = linesOf(two.stdout);
      expect(jobs[0]).toMatchObject({ title: 'Engineer 0', experience: { minYears: 2 } });
      expect(jobs[0]!.skills.required).toEqual(['Go', 'Kubernetes']);
    } finally {
      rmSync(large, { recursive: true, force: true });
    }
  }, 60_000);

  it.each([['0'], ['many'], ['1.5']])('rejects --threads %s as bad usage', async (value) => {
    const { status, stderr } = await run(['--threads', value, tree]);
    expect(status).toBe(2);
    expect(stderr).toContain('--threads needs a whole number');
  });
});

describe('formatProgress', () => {
  it('fills the bar in proportion, gives the rate, and fits the terminal', () => {
    const line = formatProgress({ done: 4_500, total: 18_000, elapsedMs: 1_000 }, 80);
    expect(line).toBe(`[${'#'.repeat(10)}${'-'.repeat(30)}]  4,500/18,000 files  4,500 files/s`);
    expect(formatProgress({ done: 18_000, total: 18_000, elapsedMs: 2_000 }, 30).length).toBeLessThan(30);
  });
});
