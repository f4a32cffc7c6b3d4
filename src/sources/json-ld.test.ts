import { describe, expect, it } from 'vitest';
import { readFixture } from '../../test/fixtures/sources/read-fixture';
import { extractJsonLdPostings, jobPostingNodes, jsonLdToPosting } from './json-ld';

const fixtureJson = (name: string): unknown => JSON.parse(readFixture('json-ld', name).text);
const firstPosting = (value: unknown) => jsonLdToPosting(jobPostingNodes(value)[0]);

describe('jsonLdToPosting', () => {
  it('reads a @graph posting: organization, remote location requirements, typed salary, date', () => {
    expect(firstPosting(fixtureJson('graph-remote.json'))).toMatchObject({
      source: 'jsonld',
      title: 'Senior Site Reliability Engineer',
      company: 'Harbourline Freight',
      location: 'Remote (Germany, Netherlands)',
      url: 'https://jobs.harbourline.example/sre-senior',
      hints: {
        workplace: 'remote',
        employmentType: 'full-time',
        postedAt: '2026-09-14T00:00:00.000Z',
        salary: { min: 85000, max: 105000, currency: 'EUR', period: 'year', kind: 'unknown', origin: 'employer', text: 'EUR 85,000–105,000 per year' },
      },
    });
  });

  it('turns the HTML description and the extra text fields into sections', () => {
    expect(firstPosting(fixtureJson('graph-remote.json'))?.sections).toEqual([
      { heading: '', text: "Keep our container yards' software running." },
      { heading: 'What you bring', text: '- Linux and networking\n- Prometheus & Grafana' },
      { heading: 'Qualifications', text: 'Experience with on-call rotations' },
    ]);
  });

  it('reads an HTML-escaped description, places with PostalAddress and a country object, a salary in words', () => {
    const posting = firstPosting(fixtureJson('string-salary-escaped.jsonld'));
    expect(posting).toMatchObject({
      title: 'Product Designer <img src=x onerror=alert(1)>',
      company: 'Marigold & Finch',
      location: 'Austin, TX, United States; Remote within the US',
      url: 'https://marigold.example/careers/designer',
      hints: { employmentType: 'full-time', salary: null, postedAt: null, workplace: null },
    });
    expect(posting?.sections).toEqual([
      { heading: 'About the role', text: 'Design our checkout flows.\n- Figma\n- User research' },
      { heading: 'Compensation', text: '$100,000 - $120,000 a year' },
    ]);
  });

  it.each([
    ['amounts without a unit', { currency: 'USD', value: { minValue: 50, maxValue: 60 } }, null, 'USD 50 – 60'],
    ['no currency', { value: { value: 70000, unitText: 'YEAR' } }, null, '70000 per year'],
    ['a bare number', 90000, null, '90000'],
    ['a single value per hour', { currency: 'gbp', value: { value: 24, unitText: 'HOUR' } }, { min: 24, max: 24, currency: 'GBP', period: 'hour' }, null],
    ['amounts on the MonetaryAmount itself', { currency: 'CAD', minValue: 1000, maxValue: 2000, unitText: 'MONTH' }, { min: 1000, max: 2000, period: 'month' }, null],
  ])('baseSalary as %s', (_name, baseSalary, salary, line) => {
    const posting = jsonLdToPosting({ '@type': 'JobPosting', title: 'T', baseSalary });
    if (salary) expect(posting?.hints.salary).toMatchObject(salary);
    else expect(posting?.hints.salary).toBeNull();
    const compensation = posting?.sections.find((s) => s.heading === 'Compensation')?.text ?? null;
    expect(compensation).toBe(line);
  });

  it('drops a malformed field, not the posting', () => {
    expect(jsonLdToPosting({ '@type': 'JobPosting', title: 'T', jobLocation: 42, hiringOrganization: { name: 7 }, datePosted: 'soon' })).toMatchObject({
      title: 'T',
      location: null,
      company: null,
      hints: { postedAt: null },
    });
  });

  it('returns null for a JobPosting without a title or name', () => {
    expect(jsonLdToPosting({ '@type': 'JobPosting', description: '<p>x</p>' })).toBeNull();
    expect(jsonLdToPosting({ '@type': 'JobPosting', name: 'Named' })?.title).toBe('Named');
  });
});

describe('jobPostingNodes', () => {
  it.each([
    ['an object', { '@type': 'JobPosting', title: 'a' }, 1],
    ['an array', [{ '@type': 'Organization' }, { '@type': 'JobPosting' }], 1],
    ['a @graph', { '@graph': [{ '@type': 'JobPosting' }, { '@type': 'JobPosting' }] }, 2],
    ['an array of types', { '@type': ['Thing', 'JobPosting'] }, 1],
    ['a full type IRI', { '@type': 'http://schema.org/JobPosting' }, 1],
    ['other types only', { '@type': 'WebSite' }, 0],
    ['a scalar', 'JobPosting', 0],
  ])('finds postings in %s', (_name, value, count) => {
    expect(jobPostingNodes(value)).toHaveLength(count);
  });
});

describe('extractJsonLdPostings', () => {
  it('skips a broken block and keeps the good one next to it', () => {
    const nodes = extractJsonLdPostings(readFixture('json-ld', 'page-broken-block.html').text);
    expect(nodes).toHaveLength(1);
    expect(jsonLdToPosting(nodes[0])).toMatchObject({
      title: 'Warehouse Systems Developer',
      company: 'Sablewood Logistics',
      location: 'Leeds, GB',
      hints: { employmentType: 'part-time', salary: { min: 24, max: 24, currency: 'GBP', period: 'hour' }, postedAt: '2026-08-02T08:30:00.000Z' },
    });
  });

  it('reads blocks wrapped in CDATA or holding raw line breaks inside strings', () => {
    const html = `<script type="application/ld+json">/*<![CDATA[*/{"@type":"JobPosting","title":"One"}/*]]>*/</script>
      <script type="application/ld+json">{"@type":"JobPosting","title":"Two","description":"line
break"}</script>
      <script type="text/javascript">{"@type":"JobPosting","title":"not JSON-LD"}</script>`;
    expect(extractJsonLdPostings(html).map((node) => (node as { title: string }).title)).toEqual(['One', 'Two']);
  });
});
