import { dictionarySkillKey } from './match';
/**
 * Prints how long the popup's list model takes over many saved jobs, in Node. Run by hand:
 *   npx tsx src/compare/measure-compare-speed.ts [count]
 * Not a test (timings on a shared machine are noise); `npm run bench` holds the budgets.
 */
import { performance } from 'node:perf_hooks';
import type { Profile } from '../core/profile';
import { createMatcher } from './batch-match';
import { SHIPPED_CURRENCY_RATES } from './currency-rates';
import { buildJobRows, filterJobs, sortJobs } from './job-list';
import { matchJob } from './match';
import { syntheticJobSummaries } from './synthetic-job-summaries';

const count = Number(process.argv[2] ?? 10_000);
const jobs = syntheticJobSummaries(count);
const profile: Profile = {
  skills: ['Golang', 'postgres', 'Docker', 'k8s', 'AWS', 'Python', 'Git', 'TypeScript', 'React', 'Terraform'].map((name, i) => ({
    name,
    level: i % 3 === 0 ? 'learning' : 'working',
  })),
  targetSalary: { amount: 90_000, currency: 'EUR', period: 'year' },
  workplaces: ['remote'],
  locations: [],
};

/**
 * The median of a few runs, as wall time and as this process's CPU time: on a busy machine
 * the wall time includes waiting for a core, the CPU time does not. The first run pays for
 * JIT and the dictionary index.
 */
function time(label: string, run: () => unknown, runs = 7): void {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const startCpu = process.cpuUsage();
    const start = performance.now();
    run();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1000);
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!.toFixed(1);
  console.log(`${label}: ${median(wall)} ms wall, ${median(cpu)} ms cpu (medians of ${runs})`);
}

time(`matchJob × ${count}`, () => jobs.map((job) => matchJob({ ...job, sections: [] }, profile)), 3);
time(`createMatcher × ${count}`, () => jobs.map(createMatcher(profile)));
const rows = buildJobRows(jobs, profile, SHIPPED_CURRENCY_RATES, { keyOf: dictionarySkillKey });
time(`buildJobRows ${count}`, () => buildJobRows(jobs, profile, SHIPPED_CURRENCY_RATES, { keyOf: dictionarySkillKey }));
time(`sortJobs match`, () => sortJobs(rows, 'match'));
time(`sortJobs salary`, () => sortJobs(rows, 'salary'));
time(`sortJobs title`, () => sortJobs(rows, 'title'));
time(`filterJobs text+workplace+min`, () => filterJobs(rows, { text: 'engineer zurich', workplaces: ['remote', 'hybrid'], minSalary: 60_000 }));
time(`build + sort + filter ${count}`, () =>
  filterJobs(sortJobs(buildJobRows(jobs, profile, SHIPPED_CURRENCY_RATES, { keyOf: dictionarySkillKey }), 'match'), { text: 'senior', hasSalary: true }),
);
