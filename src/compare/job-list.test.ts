import { dictionarySkillKey, plainSkillKey } from './match';
import { describe, expect, it } from 'vitest';
import { NO_DEAL_BREAKERS, type Salary } from '../core/job';
import { NO_ELIGIBILITY, type Profile } from '../core/profile';
import type { JobSummary } from '../core/saved-job';
import { fakeJobSummary } from '../../test/support/job-fixtures';
import type { CurrencyRates } from './currency-rates';
import { activeFilterCount, buildJobRows, filterJobs, jobRowBuilder, sortJobs, type JobFilter, type JobSort } from './job-list';

const RATES: CurrencyRates = { date: '2026-11-15', base: 'USD', rates: { USD: 1, EUR: 0.8, GBP: 0.5 } };

function pay(min: number | null, max: number | null, currency = 'EUR', period: Salary['period'] = 'year'): Salary {
  return { min, max, currency, period, kind: 'base', origin: 'employer', text: `synthetic ${currency} pay`, alternatives: [] };
}

/** Invented jobs that name no skills and state no salary unless a test says so. */
function summary(id: string, overrides: Partial<JobSummary> = {}): JobSummary {
  return fakeJobSummary({
    id,
    url: `https://jobs.example.test/${id}`,
    title: `Widget Engineer ${id}`,
    experience: null,
    skills: { required: [], preferred: [], unrecognised: [], topics: [] },
    savedAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '2026-03-01T10:00:00.000Z',
    ...overrides,
  });
}

const required = (...names: string[]) => ({ required: names, preferred: [], unrecognised: [], topics: [] });
const PROFILE: Profile = {
  skills: [
    { name: 'Golang', level: 'working' },
    { name: 'postgres', level: 'working' },
  ],
  targetSalary: null,
  workplaces: [],
  locations: [],
  eligibility: NO_ELIGIBILITY,
};
const ids = (rows: { job: JobSummary }[]) => rows.map((row) => row.job.id);

describe('buildJobRows', () => {
  it('computes each job’s match with the profile, through aliases', () => {
    const rows = buildJobRows(
      [summary('a', { skills: required('Go', 'PostgreSQL') }), summary('b', { skills: required('Go', 'Rust') }), summary('c')],
      PROFILE,
      RATES,
      { keyOf: dictionarySkillKey },
    );
    expect(rows.map((row) => row.match.score)).toEqual([100, 50, null]);
    expect(rows[1]!.match.missingRequired).toEqual(['Rust']);
    expect(rows[2]!.match.noScoreReason).toBe('no-job-skills');
  });

  it('a builder builds each job’s row once: the same summary gets the same row, another summary a new one', () => {
    const rowOf = jobRowBuilder(PROFILE, RATES, { keyOf: dictionarySkillKey, currency: 'USD' });
    const job = summary('a', { skills: required('Go') });
    expect(rowOf(job)).toBe(rowOf(job));
    const edited = { ...job, status: 'applied' as const };
    expect(rowOf(edited)).not.toBe(rowOf(job));
    expect(rowOf(edited).job.status).toBe('applied');
  });

  it('with plain keys (before the dictionary loads) canonical names still match, aliases only with the dictionary', () => {
    const jobs = [summary('a', { skills: required('Go', 'PostgreSQL') })];
    const canonical = { ...PROFILE, skills: [{ name: 'go', level: 'expert' as const }, { name: 'PostgreSQL', level: 'working' as const }] };
    expect(buildJobRows(jobs, canonical, RATES, { keyOf: plainSkillKey })[0]!.match.score).toBe(100);
    const aliases = { ...PROFILE, skills: [{ name: 'Golang', level: 'expert' as const }, { name: 'Postgres', level: 'working' as const }] };
    expect(buildJobRows(jobs, aliases, RATES, { keyOf: plainSkillKey })[0]!.match.score).toBe(0);
    expect(buildJobRows(jobs, aliases, RATES, { keyOf: dictionarySkillKey })[0]!.match.score).toBe(100);
  });

  it('puts salaries on the scale of the currency most jobs use when the profile sets none', () => {
    const rows = buildJobRows(
      [summary('a', { salary: pay(60_000, 80_000, 'EUR') }), summary('b', { salary: pay(50_000, null, 'EUR') }), summary('c', { salary: pay(5_000, 6_000, 'GBP', 'month') })],
      PROFILE,
      RATES,
      { keyOf: dictionarySkillKey },
    );
    expect(rows.map((row) => row.salary && [row.salary.currency, row.salary.min, row.salary.max, row.salary.converted])).toEqual([
      ['EUR', 60_000, 80_000, false],
      ['EUR', 50_000, null, false],
      ['EUR', 96_000, 115_000, true],
    ]);
  });

  it('uses the profile’s target currency, or the one passed in', () => {
    const jobs = [summary('a', { salary: pay(80_000, 100_000, 'EUR') })];
    const withTarget = { ...PROFILE, targetSalary: { amount: 70_000, currency: 'GBP', period: 'year' as const } };
    expect(buildJobRows(jobs, withTarget, RATES, { keyOf: dictionarySkillKey })[0]!.salary).toMatchObject({ currency: 'GBP', min: 50_000, max: 62_500 });
    expect(buildJobRows(jobs, withTarget, RATES, { currency: 'USD', keyOf: dictionarySkillKey })[0]!.salary).toMatchObject({ currency: 'USD', min: 100_000, max: 125_000 });
  });

  it('keeps a salary without a rate, as written', () => {
    const [row] = buildJobRows([summary('a', { salary: pay(500_000, null, 'XAF', 'month') })], PROFILE, RATES, { currency: 'EUR', keyOf: dictionarySkillKey });
    expect(row!.salary).toMatchObject({ min: null, max: null, unconvertible: 'No rate for XAF in your currency table', text: 'synthetic XAF pay' });
    expect(row!.salaryFigure).toBeNull();
  });
});

describe('sortJobs', () => {
  const jobs = [
    summary('low-match', { title: 'Zeta Wrangler', skills: required('Go', 'Rust', 'Kafka'), salary: pay(90_000, 120_000), savedAt: '2026-03-05T00:00:00.000Z' }),
    summary('full-match', { title: 'alpha Engineer', skills: required('Go'), salary: pay(60_000, null), savedAt: '2026-03-02T00:00:00.000Z' }),
    summary('no-skills', { title: 'Ängel Investor Liaison', salary: null, savedAt: '2026-03-09T00:00:00.000Z' }),
    summary('half-match', { title: 'Beta Builder', skills: required('Go', 'Rust'), salary: pay(null, 200_000, 'GBP'), savedAt: '2026-03-01T00:00:00.000Z' }),
    summary('no-rate', { title: 'gamma Gadgeteer', skills: required('Go', 'Rust'), salary: pay(1_000_000, 2_000_000, 'XAF'), savedAt: '2026-03-01T00:00:00.000Z' }),
  ];
  const rows = buildJobRows(jobs, PROFILE, RATES, { currency: 'EUR', keyOf: dictionarySkillKey });

  it.each<[JobSort, string[]]>([
    // Equal scores (half-match, no-rate: 50) fall back to newest saved, then id.
    ['match', ['full-match', 'half-match', 'no-rate', 'low-match', 'no-skills']],
    // half-match: £200K → €320K; low-match €120K; full-match "from €60K"; no salary and no rate last.
    ['salary', ['half-match', 'low-match', 'full-match', 'no-skills', 'no-rate']],
    ['saved', ['no-skills', 'low-match', 'full-match', 'half-match', 'no-rate']],
    // Case and accents do not decide: "Ängel" files under A.
    ['title', ['full-match', 'no-skills', 'half-match', 'no-rate', 'low-match']],
  ])('by %s', (sort, expected) => {
    expect(ids(sortJobs(rows, sort))).toEqual(expected);
  });

  it('rows saved at the same moment keep one order, by id, whatever order they came in', () => {
    const same = ['c', 'a', 'b'].map((id) => summary(id, { savedAt: '2026-03-01T00:00:00.000Z' }));
    const forward = buildJobRows(same, PROFILE, RATES, { keyOf: dictionarySkillKey });
    expect(ids(sortJobs(forward, 'match'))).toEqual(['a', 'b', 'c']);
    expect(ids(sortJobs([...forward].reverse(), 'match'))).toEqual(['a', 'b', 'c']);
  });

  it('an unreadable savedAt sorts as the oldest, without breaking the sort', () => {
    const mixed = buildJobRows([summary('bad', { savedAt: 'not a date' }), summary('good')], PROFILE, RATES, { keyOf: dictionarySkillKey });
    expect(ids(sortJobs(mixed, 'saved'))).toEqual(['good', 'bad']);
  });

  it('returns a copy and leaves the rows it was given in their order', () => {
    const before = ids(rows);
    sortJobs(rows, 'title');
    expect(ids(rows)).toEqual(before);
  });
});

describe('filterJobs', () => {
  const jobs = [
    summary('zurich', { title: 'Senior Widget Engineer', company: 'Fernwood Labs', location: 'Zürich', workplace: 'hybrid', salary: pay(90_000, 110_000), skills: required('Kubernetes'), status: 'applied' }),
    summary('lodz', { title: 'Data Wrangler', company: 'Tessellate', location: 'Łódź', workplace: 'onsite', salary: pay(5_000, 6_250, 'GBP', 'month'), note: 'Ask about the équipe' }),
    summary('remote', { title: 'Platform Engineer', company: 'Quuxworks', location: 'Remote (EU)', workplace: 'remote', salary: pay(null, 70_000), status: 'interviewing' }),
    summary('no-pay', { title: 'Gadget Designer', company: 'Blimpco', location: null, workplace: null, salary: null }),
    summary('no-rate', { title: 'Widget Engineer', company: 'Nimbic', location: 'Douala', workplace: 'remote', salary: pay(900_000, null, 'XAF', 'month'), status: 'rejected' }),
  ];
  const rows = buildJobRows(jobs, PROFILE, RATES, { currency: 'EUR', keyOf: dictionarySkillKey });

  it.each<[string, JobFilter, string[]]>([
    ['no filter keeps everything', {}, ['zurich', 'lodz', 'remote', 'no-pay', 'no-rate']],
    ['blank text is no filter', { text: '   ' }, ['zurich', 'lodz', 'remote', 'no-pay', 'no-rate']],
    ['a word of the title', { text: 'engineer' }, ['zurich', 'remote', 'no-rate']],
    ['all words must match, in any field and order', { text: 'fernwood ENGINEER' }, ['zurich']],
    ['accents are ignored: zurich finds Zürich', { text: 'zurich' }, ['zurich']],
    ['letters that do not decompose: lodz finds Łódź', { text: 'lodz' }, ['lodz']],
    ['an accent typed in the query still matches', { text: 'Zürich' }, ['zurich']],
    ['skills are searched', { text: 'kubernetes' }, ['zurich']],
    ['the user’s note is searched', { text: 'equipe' }, ['lodz']],
    ['a word found nowhere', { text: 'engineer blimpco' }, []],
    ['workplaces: a job stating none is dropped', { workplaces: ['remote', 'hybrid'] }, ['zurich', 'remote', 'no-rate']],
    ['an empty workplace list is no filter', { workplaces: [] }, ['zurich', 'lodz', 'remote', 'no-pay', 'no-rate']],
    ['has salary keeps one without a rate', { hasSalary: true }, ['zurich', 'lodz', 'remote', 'no-rate']],
    ['has salary false is no filter', { hasSalary: false }, ['zurich', 'lodz', 'remote', 'no-pay', 'no-rate']],
    // lodz: £5,000–6,250 a month → £60K–£75K a year → €96K–€120K; remote: up to €70K; zurich: up to €110K.
    ['minimum salary, per year, converted', { minSalary: 100_000 }, ['zurich', 'lodz']],
    ['minimum salary compares the top of the range', { minSalary: 110_000 }, ['zurich', 'lodz']],
    ['minimum salary: "up to" is judged by its maximum', { minSalary: 70_000 }, ['zurich', 'lodz', 'remote']],
    ['minimum salary drops jobs with no figure on the scale', { minSalary: 1 }, ['zurich', 'lodz', 'remote']],
    ['a null minimum is no filter', { minSalary: null }, ['zurich', 'lodz', 'remote', 'no-pay', 'no-rate']],
    ['statuses', { statuses: ['applied', 'interviewing'] }, ['zurich', 'remote']],
    ['everything at once', { text: 'engineer', workplaces: ['remote'], hasSalary: true, minSalary: 50_000, statuses: ['interviewing'] }, ['remote']],
  ])('%s', (_name, filter, expected) => {
    expect(ids(filterJobs(rows, filter))).toEqual(expected);
  });

  it('keeps the order it is given (sort first, then filter, or the other way round)', () => {
    const sorted = sortJobs(rows, 'salary');
    expect(ids(filterJobs(sorted, { hasSalary: true }))).toEqual(['lodz', 'zurich', 'remote', 'no-rate']);
  });

  it('a query that looks like markup is just words', () => {
    const hostile = buildJobRows([summary('x', { title: '<img src=x onerror=alert(1)>' })], PROFILE, RATES, { keyOf: dictionarySkillKey });
    expect(ids(filterJobs(hostile, { text: '<img' }))).toEqual(['x']);
    expect(ids(filterJobs(hostile, { text: '.*' }))).toEqual([]);
  });
});

describe('deal-breaker conflicts in the list', () => {
  const german = (level: string | null) => ({
    ...NO_DEAL_BREAKERS,
    languages: [{ language: 'German', level, sentence: 'Fluent German (C1) is a must.' }],
  });
  const jobs = [summary('c1', { dealBreakers: german('C1') }), summary('any', { dealBreakers: german(null) }), summary('none')];
  const speaksB1 = { ...PROFILE, eligibility: { ...NO_ELIGIBILITY, languages: [{ language: 'German', level: 'B1' as const }] } };

  it('each row carries its conflicts, and the match score is left as it was', () => {
    const rows = buildJobRows(jobs, speaksB1, RATES, { keyOf: dictionarySkillKey });
    expect(rows.map((row) => row.conflicts.map((c) => c.message))).toEqual([['Requires German C1; your profile says B1'], [], []]);
    expect(rows[0]!.match).toEqual(buildJobRows(jobs, PROFILE, RATES, { keyOf: dictionarySkillKey })[0]!.match);
  });

  it('the filter can hide the jobs that conflict, and counts as one restriction', () => {
    const rows = buildJobRows(jobs, speaksB1, RATES, { keyOf: dictionarySkillKey });
    expect(ids(filterJobs(rows, { hideConflicts: true }))).toEqual(['any', 'none']);
    expect(ids(filterJobs(rows, { hideConflicts: false }))).toEqual(['c1', 'any', 'none']);
    expect(activeFilterCount({ hideConflicts: true })).toBe(1);
  });
});

describe('activeFilterCount', () => {
  it.each<[JobFilter, number]>([
    [{}, 0],
    [{ text: '  ', workplaces: [], hasSalary: false, minSalary: null, statuses: [] }, 0],
    [{ text: 'go' }, 1],
    [{ text: 'go', workplaces: ['remote'], hasSalary: true, minSalary: 0, statuses: ['saved'] }, 5],
  ])('%j → %d', (filter, count) => {
    expect(activeFilterCount(filter)).toBe(count);
  });
});
