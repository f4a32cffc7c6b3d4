import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeCliIo } from '../../src/cli/node-io';
import { runCli, type FileJob } from '../../src/cli/run-cli';

const repo = path.resolve(__dirname, '../..');
const fixture = (name: string) => path.join('test/fixtures/postings', name);

async function run(argv: string[], stdin = '') {
  let stdout = '';
  let stderr = '';
  const status = await runCli(argv, {
    ...nodeCliIo(repo),
    readStdin: async () => stdin,
    drained: async () => {},
    progressColumns: null,
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    now: new Date('2026-11-22T12:00:00Z'),
  });
  return { status, stdout, stderr };
}

describe('extract CLI', () => {
  it('prints one Job per file, in the order given, each with its file as given', async () => {
    const files = [fixture('data-analyst.jsonld.json'), fixture('platform-engineer.remotewlb.md')];
    const { status, stdout, stderr } = await run(['--json', ...files]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const jobs = JSON.parse(stdout) as FileJob[];
    expect(jobs.map((j) => j.file)).toEqual(files);

    const [analyst, platform] = jobs;
    expect(analyst).toMatchObject({
      id: 'https://careers.lakeside.example/jobs/42',
      source: 'jsonld',
      title: 'Junior Data Analyst',
      company: 'Lakeside Health',
      employmentType: 'part-time',
      seniority: 'junior',
      postedAt: '2026-10-01T00:00:00.000Z',
      salary: { min: 18, max: 22, currency: 'GBP', period: 'hour', origin: 'employer' },
      experience: { minYears: 1 },
    });
    expect(analyst!.skills.required).toEqual(expect.arrayContaining(['SQL', 'Excel', 'Tableau']));
    expect(analyst!.skills.preferred).toContain('Python');

    expect(platform).toMatchObject({
      source: 'remotewlb',
      title: 'Senior Platform Engineer',
      company: 'Northwind Freight',
      location: 'Remote, Portugal',
      workplace: 'remote',
      seniority: 'senior',
      // The body's range wins over the board's 💰 estimate; equity and funding are not pay.
      salary: { min: 70000, max: 90000, currency: 'EUR', period: 'year', origin: 'employer' },
      experience: { minYears: 5 },
    });
    expect(platform!.skills.required).toEqual(
      expect.arrayContaining(['Kubernetes', 'Terraform', 'Helm', 'Go', 'Python', 'Rust', 'PostgreSQL', 'Redis']),
    );
    expect(platform!.skills.preferred).toEqual(expect.arrayContaining(['Kafka', 'Datadog', 'Grafana']));
    expect(platform!.skills.required).not.toContain('Snowflake');
    expect(platform!.skills.required).not.toContain('Perl');
    expect(platform!.skillGroups).toContainEqual({ anyOf: ['Go', 'Python', 'Rust'], required: true });
    expect(JSON.stringify(platform)).not.toMatch(/â€|ðŸ|Ã/);
  });

  it('names a file that holds no posting on stderr, prints the others and exits 1', async () => {
    const { status, stdout, stderr } = await run([
      fixture('not-a-posting.json'),
      'no/such/file.md',
      fixture('platform-engineer.remotewlb.md'),
    ]);
    expect(status).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^jobmark: test\/fixtures\/postings\/not-a-posting\.json: .*posting/i);
    expect(lines[1]).toBe('jobmark: no/such/file.md: no such file');
    expect((JSON.parse(stdout) as FileJob[]).map((j) => j.title)).toEqual(['Senior Platform Engineer']);
  });

  it('reads standard input for "-" and takes the URL from --url', async () => {
    const text = '# Backend Developer\n\n## Requirements\n\n- 3+ years with Django and PostgreSQL\n';
    const { status, stdout } = await run(['--url', 'https://jobs.example.org/backend?utm_medium=x', '-'], text);
    expect(status).toBe(0);
    const [job] = JSON.parse(stdout) as FileJob[];
    expect(job).toMatchObject({ file: '-', title: 'Backend Developer', id: 'https://jobs.example.org/backend' });
    expect(job!.skills.required).toEqual(expect.arrayContaining(['Django', 'PostgreSQL']));
  });

  it('prints a table with the columns a job seeker compares', async () => {
    const { status, stdout } = await run(['--table', fixture('platform-engineer.remotewlb.md'), fixture('data-analyst.jsonld.json')]);
    expect(status).toBe(0);
    for (const column of ['Title', 'Company', 'Location', 'Salary', 'Years', 'Required skills']) {
      expect(stdout).toContain(column);
    }
    expect(stdout).toContain('EUR 70,000–90,000 /year');
    expect(stdout).toContain('GBP 18–22 /hour');
    expect(stdout).toContain('Northwind Freight');
  });

  it.each([[['--bogus', 'x']], [[]], [['--url']]])('rejects bad usage %j with status 2 and the usage', async (argv) => {
    const { status, stderr } = await run(argv);
    expect(status).toBe(2);
    expect(stderr).toContain('Usage:');
  });

  it('runs as a real process: npm run extract with stdin and exit status', () => {
    const result = spawnSync(
      path.join(repo, 'node_modules/.bin/tsx'),
      ['src/cli/main.ts', '--json', '-', fixture('not-a-posting.json')],
      { cwd: repo, input: '# Support Engineer\n\nHelp customers with Zendesk.\n', encoding: 'utf8' },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('not-a-posting.json');
    expect((JSON.parse(result.stdout) as FileJob[])[0]).toMatchObject({ file: '-', title: 'Support Engineer' });
  });
});
