// @vitest-environment happy-dom
import { h, render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CurrencyRates } from '../../compare/currency-rates';
import { NO_DEAL_BREAKERS, type Salary } from '../../core/job';
import { NO_ELIGIBILITY, type Profile } from '../../core/profile';
import type { JobSummary } from '../../core/saved-job';
import { fakeJobSummary } from '../../../test/support/job-fixtures';
import { COLUMNS_AT_ONCE, CompareView, type CompareViewProps } from './compare-view';

/** Invented jobs and companies; only what a comparison reads. */
function summary(id: string, overrides: Partial<JobSummary> = {}): JobSummary {
  return fakeJobSummary({
    id,
    url: `https://jobs.example.test/${id}`,
    title: `Synthetic Role ${id}`,
    company: `Quuxcorp ${id}`,
    location: 'Springfield',
    workplace: 'hybrid',
    experience: null,
    skills: { required: [], preferred: [], unrecognised: [], topics: [] },
    ...overrides,
  });
}

function salary(min: number | null, max: number | null, overrides: Partial<Salary> = {}): Salary {
  return { min, max, currency: 'USD', period: 'year', kind: 'base', origin: 'employer', text: 'synthetic pay words', alternatives: [], ...overrides };
}

const RATES: CurrencyRates = { date: '2026-02-01', base: 'USD', rates: { USD: 1, EUR: 0.5 } };

const PROFILE: Profile = {
  skills: [
    { name: 'Golang', level: 'expert' },
    { name: 'Rust', level: 'learning' },
  ],
  targetSalary: null,
  workplaces: [],
  locations: [],
  eligibility: NO_ELIGIBILITY,
};

let host: HTMLElement | undefined;

function show(props: Partial<CompareViewProps> & Pick<CompareViewProps, 'jobs'>): HTMLElement {
  host = document.createElement('div');
  document.body.appendChild(host);
  render(h(CompareView, { profile: PROFILE, rates: RATES, ...props }), host);
  return host;
}

afterEach(() => {
  if (host) {
    render(null, host);
    host.remove();
  }
});

function rowByLabel(root: HTMLElement, label: string): HTMLTableRowElement {
  const row = [...root.querySelectorAll('tr')].find((tr) => tr.querySelector('th[scope="row"] .jmc-skill-name, th[scope="row"]')?.textContent?.startsWith(label));
  if (!row) throw new Error(`no row "${label}" in: ${root.textContent}`);
  return row as HTMLTableRowElement;
}

function skillRow(root: HTMLElement, skill: string): HTMLTableRowElement {
  const row = [...root.querySelectorAll('tr.jmc-skill')].find((tr) => tr.querySelector('.jmc-skill-name')?.textContent === skill);
  if (!row) throw new Error(`no skill row "${skill}"`);
  return row as HTMLTableRowElement;
}

function cells(row: HTMLTableRowElement): string[] {
  return [...row.querySelectorAll('td')].map((td) => td.textContent ?? '');
}

describe('CompareView: the jobs side by side', () => {
  const jobs = [
    summary('a', { skills: { required: ['Go', 'Kafka'], preferred: ['Rust'], unrecognised: [], topics: [] } }),
    summary('b', { skills: { required: ['Go', 'Rust'], preferred: [], unrecognised: [], topics: [] } }),
  ];

  it('heads each column with the title, company and match score', () => {
    const heads = [...show({ jobs }).querySelectorAll('th.jmc-job')];
    expect(heads.map((th) => th.querySelector('.jmc-job-title')?.textContent)).toEqual(['Synthetic Role a', 'Synthetic Role b']);
    expect(heads.map((th) => th.querySelector('.jmc-job-company')?.textContent)).toEqual(['Quuxcorp a', 'Quuxcorp b']);
    // a: Go (1) + Kafka (0) + Rust nice-to-have learning (0.5 × 0.5) over 2.5 → 50; b: (1 + 0.5) / 2 → 75
    expect(heads.map((th) => th.querySelector('.jmc-score')?.textContent)).toEqual(['50% match', '75% match']);
  });

  it('marks required and nice-to-have apart, in symbols and words, not colour alone', () => {
    const root = show({ jobs });
    expect(cells(skillRow(root, 'Go'))).toEqual(['● Required', '● Required']);
    expect(cells(skillRow(root, 'Rust'))).toEqual(['○ Nice to have', '● Required']);
    expect(cells(skillRow(root, 'Kafka'))).toEqual(['● Required', 'not asked']);
    // Required by most jobs first.
    expect([...root.querySelectorAll('tr.jmc-skill .jmc-skill-name')].map((n) => n.textContent)).toEqual(['Go', 'Rust', 'Kafka']);
  });

  it.each<[string, string, string]>([
    ['Go', 'jmc-have', '✓'],
    ['Rust', 'jmc-learning', '½'],
    ['Kafka', 'jmc-missing', '✗'],
  ])('colours %s by whether the profile has it (%s), with a symbol and words too', (skill, state, symbol) => {
    const row = skillRow(show({ jobs }), skill);
    expect(row.classList.contains(state)).toBe(true);
    expect(row.querySelector('th .jmc-symbol')?.textContent).toBe(symbol);
    expect(row.querySelector('th .jmc-sr')?.textContent).toMatch(/you have it|learning|not in your profile/);
  });

  it('says through which profile entry a skill is held', () => {
    expect(skillRow(show({ jobs }), 'Go').querySelector('th')?.getAttribute('title')).toBe('Go: you have it as “Golang” (expert)');
  });

  it('shows a legend for the marks and colours', () => {
    const legend = show({ jobs }).querySelector('.jmc-legend')?.textContent;
    expect(legend).toContain('Required');
    expect(legend).toContain('Nice to have');
    expect(legend).toContain('Not in your profile');
  });

  it('lets keyboard users scroll a wide comparison', () => {
    const region = show({ jobs }).querySelector('.jmc-scroll');
    expect(region?.getAttribute('role')).toBe('region');
    expect(region?.getAttribute('tabindex')).toBe('0');
  });
});

describe('CompareView: any-of groups', () => {
  it('shows a group as one row of its members, not as separate required rows', () => {
    const groupJob = summary('a', {
      skills: { required: ['Ruby', 'Go', 'Java', 'SQL'], preferred: [], unrecognised: [], topics: [] },
      skillGroups: [{ anyOf: ['Ruby', 'Go', 'Java'], required: true }],
    });
    const root = show({ jobs: [groupJob, summary('b', { skills: { required: ['SQL'], preferred: [], unrecognised: [], topics: [] } })] });
    expect([...root.querySelectorAll('tr.jmc-skill:not(.jmc-group) .jmc-skill-name')].map((n) => n.textContent)).toEqual(['SQL']);
    const group = root.querySelector('tr.jmc-group') as HTMLTableRowElement;
    expect([...group.querySelectorAll('.jmc-member')].map((m) => m.firstChild?.textContent)).toEqual(['Ruby', 'Go', 'Java']);
    expect(group.querySelector('.jmc-group-label')?.textContent).toBe('any of: ');
    expect(group.querySelector('.jmc-group-met')?.textContent).toBe('met by Go');
    expect(group.querySelector('.jmc-member.jmc-have')?.firstChild?.textContent).toBe('Go');
    expect(cells(group)).toEqual(['● Required', 'not asked']);
  });
});

describe('CompareView: salaries on one scale', () => {
  function bars(root: HTMLElement): (string | null)[] {
    return [...root.querySelectorAll('.jmc-chart-row')].map((row) => {
      const bar = row.querySelector<HTMLElement>('.jmc-bar');
      return bar ? `${bar.style.left} ${bar.style.width}` : null;
    });
  }

  it('draws each range on one scale, per year', () => {
    const root = show({
      jobs: [
        summary('a', { salary: salary(100_000, 140_000) }),
        summary('b', { salary: salary(60, 90, { period: 'hour', text: '$60–90 an hour' }) }),
      ],
    });
    // b per year: 124,800–187,200; scale 100K–200K in steps of 25K.
    expect(bars(root)).toEqual(['0% 40%', '24.8% 62.4%']);
    expect(root.querySelector('.jmc-chart-caption')?.textContent).toContain('Salary per year in USD');
    const ticks = [...root.querySelectorAll('.jmc-tick')].map((t) => t.textContent);
    expect(ticks[0]).toBe('$100K');
    expect(ticks.at(-1)).toBe('$200K');
  });

  it('shows the posting\'s words on hover and in text', () => {
    const root = show({
      jobs: [summary('a', { salary: salary(60, 90, { period: 'hour', text: '$60–90 an hour' }) }), summary('b')],
    });
    const row = root.querySelector('.jmc-chart-row')!;
    expect(row.getAttribute('title')).toContain('The posting says: “$60–90 an hour”');
    expect(row.textContent).toContain('the posting says “$60–90 an hour”');
    expect(rowByLabel(root, 'Salary per year').querySelector('.jmc-words')?.textContent).toBe('“$60–90 an hour”');
  });

  it('marks converted amounts (≈, with the rates\' date), estimates and OTE', () => {
    const root = show({
      profile: { ...PROFILE, targetSalary: { amount: 90_000, currency: 'USD', period: 'year' } },
      jobs: [
        summary('a', { salary: salary(100_000, 120_000) }),
        summary('b', { salary: salary(40_000, 50_000, { currency: 'EUR', origin: 'estimate', kind: 'ote' }) }),
      ],
    });
    const [, b] = [...root.querySelectorAll('.jmc-chart-row')];
    expect(b!.textContent).toContain('≈ $80K–$100K / year');
    expect([...b!.querySelectorAll('.jmc-tag')].map((t) => t.textContent)).toEqual(['OTE', 'estimate', 'from EUR']);
    expect(b!.querySelector('.jmc-bar')?.className).toBe('jmc-bar jmc-converted jmc-estimate jmc-ote');
    expect(root.querySelector('.jmc-chart-caption')?.textContent).toContain('rates of 2026-02-01');
    expect(rowByLabel(root, 'Salary per year').textContent).toContain('rates of 2026-02-01');
    expect(bars(root)).toEqual(['50% 50%', '0% 50%']);
  });

  it('uses the profile\'s target currency for the scale', () => {
    const root = show({
      profile: { ...PROFILE, targetSalary: { amount: 90_000, currency: 'EUR', period: 'year' } },
      jobs: [summary('a', { salary: salary(100_000, 120_000) }), summary('b', { salary: salary(40_000, 50_000, { currency: 'EUR' }) })],
    });
    expect(root.querySelector('.jmc-chart-caption')?.textContent).toContain('in EUR');
    expect(root.querySelectorAll('.jmc-chart-row')[0]?.textContent).toContain('≈ €50K–€60K / year');
  });

  it('says when a job states no salary, or one in a currency without a rate', () => {
    const root = show({
      jobs: [
        summary('a', { salary: salary(100_000, 120_000) }),
        summary('b'),
        summary('c', { salary: salary(500_000, 600_000, { currency: 'XYZ' }) }),
      ],
    });
    expect(bars(root)).toEqual(['0% 100%', null, null]);
    const [, b, c] = [...root.querySelectorAll('.jmc-chart-row')];
    expect(b!.textContent).toContain('No salary stated');
    expect(c!.querySelector('.jmc-track-note')?.textContent).toContain('No rate for XYZ');
    expect([...c!.querySelectorAll('.jmc-tag')].map((t) => t.textContent)).toContain('no rate');
    expect(cells(rowByLabel(root, 'Salary per year'))[1]).toBe('Not stated');
  });

  it('says so when no job has a salary to draw', () => {
    const root = show({ jobs: [summary('a'), summary('b')] });
    expect(root.querySelector('.jmc-chart')?.textContent).toContain('None of these jobs states a salary');
    expect(root.querySelector('.jmc-bar')).toBeNull();
  });
});

describe('CompareView: facts in rows', () => {
  it.each<[string, Partial<JobSummary>, string]>([
    ['Years asked', { experience: { minYears: 3, maxYears: 5, text: 'three to five years' } }, '3–5 years“three to five years”'],
    ['Years asked', { experience: null }, 'Not stated'],
    ['Seniority', { seniority: 'staff' }, 'Staff'],
    ['Workplace', { workplace: 'onsite' }, 'On-site'],
    ['Employment', { employmentType: 'contract' }, 'Contract'],
    ['Location', { location: 'Shelbyville' }, 'Shelbyville'],
    ['Location', { location: null }, 'Not stated'],
    ['Read from', { source: 'linkedin' }, 'LinkedIn'],
    ['Read from', { source: 'jsonld' }, 'A company page'],
  ])('%s', (label, overrides, text) => {
    const root = show({ jobs: [summary('a', overrides), summary('b')] });
    expect(cells(rowByLabel(root, label))[0]).toBe(text);
  });
});

describe('CompareView: page text, links and states', () => {
  it('renders a hostile title and company as text, creating no element', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const root = show({
      jobs: [summary('a', { title: hostile, company: '<b>Evil</b>', location: '<script>x</script>' }), summary('b')],
    });
    expect(root.querySelector('img, b, script')).toBeNull();
    expect(root.querySelector('.jmc-job-title')?.textContent).toBe(hostile);
    expect(root.querySelector('.jmc-chart-job')?.textContent).toBe(hostile);
  });

  it.each<[string, string | null, string | null]>([
    ['https', 'https://jobs.example.test/a', 'https://jobs.example.test/a'],
    ['javascript:', 'javascript:alert(1)', null],
    ['data:', 'data:text/html,<b>x</b>', null],
    ['none', null, null],
  ])('links the title only to a web address (%s)', (_name, url, href) => {
    const root = show({ jobs: [summary('a', { url }), summary('b')] });
    const first = root.querySelector('th.jmc-job')!;
    expect(first.querySelector('.jmc-job-title a')?.getAttribute('href') ?? null).toBe(href);
    expect(first.querySelector('.jmc-job-title')?.textContent).toBe('Synthetic Role a');
  });

  it('explains a score when asked', () => {
    const root = show({ jobs: [summary('a', { skills: { required: ['Go'], preferred: [], unrecognised: [], topics: [] } }), summary('b')] });
    const details = root.querySelector('details.jmc-why') as HTMLDetailsElement;
    expect(details.querySelector('.jmc-explain')).toBeNull();
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    return Promise.resolve().then(() => {
      expect(details.querySelector('.jmc-explain')?.textContent).toContain('Go — from your “Golang” (expert)');
    });
  });

  it('takes a job out of the comparison when its Remove button is pressed', () => {
    const onRemove = vi.fn();
    const root = show({ jobs: [summary('a'), summary('b')], onRemove });
    const buttons = root.querySelectorAll<HTMLButtonElement>('button.jmc-remove');
    expect(buttons).toHaveLength(2);
    expect(buttons[1]!.getAttribute('type')).toBe('button');
    buttons[1]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onRemove).toHaveBeenCalledWith('b');
  });

  it('says what to do with no jobs, and asks for another with one', () => {
    expect(show({ jobs: [] }).textContent).toContain('Choose two or more saved jobs');
    render(null, host!);
    host!.remove();
    const root = show({ jobs: [summary('a')] });
    expect(root.querySelector('.jmc-hint')?.textContent).toContain('Choose one more job');
    expect(root.querySelectorAll('th.jmc-job')).toHaveLength(1);
  });

  it('draws a dozen columns at first and more on demand, so a thousand jobs do not stall it', async () => {
    const many = Array.from({ length: COLUMNS_AT_ONCE + 3 }, (_, i) => summary(`j${i}`));
    const root = show({ jobs: many });
    expect(root.querySelectorAll('th.jmc-job')).toHaveLength(COLUMNS_AT_ONCE);
    expect(root.querySelectorAll('.jmc-chart-row')).toHaveLength(COLUMNS_AT_ONCE);
    const more = root.querySelector<HTMLButtonElement>('.jmc-more button')!;
    expect(root.querySelector('.jmc-more')?.textContent).toContain(`Showing ${COLUMNS_AT_ONCE} of ${COLUMNS_AT_ONCE + 3} jobs`);
    expect(more.textContent).toBe('Show 3 more');
    more.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await Promise.resolve();
    expect(root.querySelectorAll('th.jmc-job')).toHaveLength(COLUMNS_AT_ONCE + 3);
    expect(root.querySelector('.jmc-more')).toBeNull();
  });

  it('says so when no job names a recognised skill', () => {
    expect(show({ jobs: [summary('a'), summary('b')] }).querySelector('.jmc-skills')?.textContent).toContain(
      'None of these postings names a skill',
    );
  });
});

describe('CompareView topics', () => {
  it('shows each job\'s topics in a row of their own, never in the skills table', () => {
    const root = show({
      jobs: [
        summary('t1', { skills: { required: ['Go'], preferred: [], unrecognised: [], topics: ['Software architecture'] } }),
        summary('t2', { skills: { required: ['Go'], preferred: [], unrecognised: [], topics: [] } }),
      ],
    });
    expect(cells(rowByLabel(root, 'Topics'))).toEqual(['Software architecture', 'Not stated']);
    expect([...root.querySelectorAll('tr.jmc-skill .jmc-skill-name')].map((n) => n.textContent)).toEqual(['Go']);
  });
});

describe('CompareView: deal-breakers', () => {
  const stated = (days: number | null, sponsorship: boolean | null) => ({
    ...NO_DEAL_BREAKERS,
    officeDays: days === null ? null : { days, sentence: `${days} days a week in the office.` },
    visaSponsorship: sponsorship === null ? null : { offered: sponsorship, sentence: 'We cannot sponsor visas.' },
  });
  const jobs = [summary('a', { dealBreakers: stated(4, false) }), summary('b', { dealBreakers: stated(null, null) })];

  it('puts each job’s conflicts in one row, with the sentences, and the stated facts in their own rows', () => {
    const profile = { ...PROFILE, eligibility: { ...NO_ELIGIBILITY, maxOfficeDays: 2, needsSponsorship: true } };
    const root = show({ jobs, profile });
    const [a, b] = cells(rowByLabel(root, 'Conflicts with your profile'));
    expect(a).toContain('2 found');
    expect(a).toContain('No visa sponsorship; your profile says you need it. The posting says: “We cannot sponsor visas.”');
    expect(a).toContain('Asks for 4 days a week in the office; your profile says at most 2 days.');
    expect(b).toBe('None found');
    expect(cells(rowByLabel(root, 'Visa sponsorship'))).toEqual(['Not offered“We cannot sponsor visas.”', 'Not stated']);
    expect(cells(rowByLabel(root, 'Office days'))[0]).toContain('4 a week');
  });

  it('says nothing was checked when the profile states no deal-breakers, rather than "none found"', () => {
    const root = show({ jobs });
    expect(cells(rowByLabel(root, 'Conflicts with your profile'))[0]).toContain('Not checked');
  });
});

describe('CompareView: closed postings', () => {
  it('says which posting a visit saw closed, in its words', () => {
    const closed = { seenAt: '2026-01-28T10:00:00.000Z', reason: 'No longer accepting applications' };
    const root = show({ jobs: [summary('a', { closed }), summary('b')] });
    expect(cells(rowByLabel(root, 'Posting'))).toEqual(['Closed“No longer accepting applications”', 'Not seen closed']);
  });
});
