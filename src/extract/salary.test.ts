import { describe, expect, it } from 'vitest';
import { DIGITS_MB, PAY_MB } from '../../test/support/hostile-inputs';
import type { JobSection, Salary, SectionKind } from '../core/job';
import { extractSalary } from './salary';

const section = (kind: SectionKind, text: string, heading = ''): JobSection => ({ kind, heading, text });

const structured: Salary = {
  min: 1,
  max: 2,
  currency: 'EUR',
  period: 'month',
  kind: 'base',
  origin: 'employer',
  text: 'from the ATS', alternatives: [],
};

// All postings here are invented for this test.
describe('extractSalary precedence', () => {
  it('takes a structured salary as given, over anything in the text', () => {
    const salary = extractSalary({
      title: 'Engineer',
      sections: [section('compensation', 'Salary: $100,000 - $120,000')],
      structured,
      boardSalaryText: '$1 - $2',
    });
    expect(salary).toBe(structured);
  });

  it('prefers a compensation section over a figure elsewhere in the body', () => {
    const salary = extractSalary({
      title: 'Engineer',
      sections: [
        section('about', 'Engineers here earn between $90,000 and $95,000 in their first year.'),
        section('compensation', 'The pay range is $120,000 - $140,000.', 'Pay'),
      ],
    });
    expect(salary).toMatchObject({ min: 120000, max: 140000 });
  });

  it('falls back to the title when the body has no pay', () => {
    const salary = extractSalary({
      title: 'Backend Engineer ($130k - $160k)',
      sections: [section('about', 'We build tools for bakers.')],
    });
    expect(salary).toMatchObject({ min: 130000, max: 160000, origin: 'employer' });
  });

  it('lets a range stated in the body win over the board header', () => {
    const salary = extractSalary({
      title: 'Engineer',
      sections: [section('other', 'Salary: €60,000 - €70,000 per year')],
      boardSalaryText: '65k-95k USD',
    });
    expect(salary).toMatchObject({ min: 60000, max: 70000, currency: 'EUR', origin: 'employer' });
  });

  it.each<[string, Partial<Salary> | null]>([
    ['$174,000/yr - $235,000/yr', { min: 174000, max: 235000, currency: 'USD', period: 'year', origin: 'estimate' }],
    ['USD 145000.0~170000.0', { min: 145000, max: 170000, currency: 'USD', origin: 'estimate' }],
    ['💰 USD 128k~199k', { min: 128000, max: 199000, origin: 'estimate' }],
    ['`💰 $98,000 to $121,500`', { min: 98000, max: 121500, origin: 'estimate' }],
    ['~0k', null],
    ['0', null],
    ['$0', null],
    ['None', null],
    ['450000.0', null],
    ['~185k', null],
    ['65k-95k USD', null],
    ['$Competitive', null],
    ['competitive & fair pay', null],
  ])('reads the board header %s when the body has no pay', (board, expected) => {
    const salary = extractSalary({
      title: 'Engineer',
      sections: [section('about', 'We are a small team.')],
      boardSalaryText: board,
    });
    if (expected === null) expect(salary).toBeNull();
    else expect(salary).toMatchObject(expected);
  });

  it('ignores a board header line left inside a section', () => {
    const salary = extractSalary({
      title: 'Engineer',
      sections: [section('other', '#### `💰 65k-95k USD` `🌎 Remote`\nWe are a small team.')],
    });
    expect(salary).toBeNull();
  });
});

describe('extractSalary over several ranges', () => {
  it('takes the first of several geo zones, and lists the others with their labels', () => {
    const salary = extractSalary({
      title: 'Engineer',
      sections: [
        section(
          'compensation',
          [
            'Zone A: USD $120,000 - USD $150,000',
            'Zone B: USD $110,000 - USD $140,000',
            'Zone C: USD $100,000 - USD $130,000',
          ].join('\n'),
        ),
      ],
    });
    expect(salary).toMatchObject({ min: 120000, max: 150000, currency: 'USD', period: 'year' });
    expect(salary?.text).toBe('Zone A: USD $120,000 - USD $150,000');
    expect(salary?.alternatives).toEqual([
      { min: 110000, max: 140000, currency: 'USD', period: 'year', label: 'Zone B' },
      { min: 100000, max: 130000, currency: 'USD', period: 'year', label: 'Zone C' },
    ]);
  });

  it('labels ranges by the line above them, or by the place their sentence names', () => {
    const stacked = extractSalary({
      title: 'Engineering Manager',
      sections: [section('compensation', 'Target Salary Range\n$181,050—$191,700 USD\nFull Salary Range\n$170,400—$255,600 USD')],
    });
    expect(stacked).toMatchObject({ min: 181050, max: 191700 });
    expect(stacked?.alternatives).toEqual([{ min: 170400, max: 255600, currency: 'USD', period: 'year', label: 'Full Salary Range' }]);

    const places = extractSalary({
      title: 'Engineer',
      sections: [
        section(
          'compensation',
          'The base pay range for this role in New York City is $150,000 - $180,000.\nThe base pay range for this role in Austin is $130,000 - $160,000.',
        ),
      ],
    });
    expect(places).toMatchObject({ min: 150000, max: 180000 });
    expect(places?.alternatives.map((a) => a.label)).toEqual(['Austin']);
  });

  it('reads alternatives in a second currency too', () => {
    const salary = extractSalary({
      title: 'Engineer',
      sections: [section('other', '- US employees: $150,000 - 180,000\n- Canadian employees: CAD 170,000 – 200,000')],
    });
    expect(salary?.alternatives).toEqual([{ min: 170000, max: 200000, currency: 'CAD', period: 'year', label: 'Canadian employees' }]);
  });

  it('keeps the first currency for the salary itself', () => {
    const salary = extractSalary({
      title: 'Engineer',
      sections: [
        section('other', '- US employees: $150,000 - 180,000\n- Canadian employees: CAD 170,000 – 200,000'),
      ],
    });
    expect(salary).toMatchObject({ min: 150000, max: 180000, currency: 'USD' });
    expect(salary?.text).toBe('US employees: $150,000 - 180,000');
  });

  it('counts the same range stated twice once', () => {
    const salary = extractSalary({
      title: 'Engineer',
      sections: [
        section('about', 'Salary: $90,000 - $100,000'),
        section('benefits', 'Reminder: the salary is $90,000 - $100,000.'),
      ],
    });
    expect(salary).toMatchObject({ min: 90000, max: 100000, text: 'Salary: $90,000 - $100,000' });
  });

  it('does not mix base with on-target earnings', () => {
    const salary = extractSalary({
      title: 'Account Executive',
      sections: [section('compensation', 'Base salary: $80,000 - $90,000\nOTE: $160,000 - $180,000')],
    });
    expect(salary).toMatchObject({ min: 80000, max: 90000, kind: 'base' });
  });
});

describe('extractSalary in free text', () => {
  it('mirrors seed 002: a base range in a compensation section', () => {
    const salary = extractSalary({
      title: 'Senior Backend Engineer (Elixir)',
      sections: [
        section('about', 'You join a team of forty engineers.'),
        section(
          'compensation',
          [
            'Pay differs by region, so the band is wide.',
            'Base salary range for this full-time role: between USD $51,850 to $171,450. Where you land depends on level.',
          ].join('\n'),
          'Remote Compensation Philosophy',
        ),
      ],
    });
    expect(salary).toMatchObject({
      min: 51850,
      max: 171450,
      currency: 'USD',
      period: 'year',
      kind: 'base',
      origin: 'employer',
      text: 'Base salary range for this full-time role: between USD $51,850 to $171,450.', alternatives: [],
    });
  });

  it.each([
    ['a funding round', 'Last spring we raised $48M in a Series C round.'],
    ['a sales requirement', '- You have sold deals worth more than $50,000 before'],
    ['a perk list', '- $1,800 home setup and equipment budget\n- Up to $1,200 per year for wellness'],
    ['a fertility benefit', '- Family-planning HRA (up to $8,000 per year)'],
    ['a premium', '- $0 monthly premium for dental cover'],
    ['a company fact', 'Our platform moves over $90B in yearly spend for 40,000+ firms.'],
    ['a typo range', 'We offer a base pay of 12345,678 - $190,000, plus equity.'],
    ['a benefit cap', 'Yearly cap is $2,500 for health care, and $4500 for dependent care.'],
    ['an equity grant', 'Equity: $40,000 in RSUs vesting over four years'],
  ])('finds no salary in %s', (_what, text) => {
    expect(extractSalary({ title: 'Engineer', sections: [section('other', text)] })).toBeNull();
  });

  it('reads a salary line among perks without taking the perks', () => {
    const salary = extractSalary({
      title: 'Engineer',
      sections: [
        section(
          'benefits',
          '- $250 monthly internet budget\n- Pay range: $150,000.00 to $210,000.00 annually + bonus + stock\n- 401k match',
        ),
      ],
    });
    expect(salary).toMatchObject({ min: 150000, max: 210000, period: 'year' });
  });

  it('reads an hourly rate in a list', () => {
    const salary = extractSalary({ title: 'Tutor', sections: [section('benefits', '- $40 per hour\n- Flexible hours')] });
    expect(salary).toMatchObject({ min: 40, max: 40, period: 'hour' });
  });
});

// How long these take is a bench figure (`hostile-1mb-extractors`).
describe('extractSalary on a megabyte', () => {
  it('reads the pay out of 1 MB of pay, funding and benefit figures, and none out of 1 MB of digits', () => {
    expect(extractSalary({ title: 'x', sections: [section('other', PAY_MB)] })).toMatchObject({ min: 120_000, max: 150_000, currency: 'USD', period: 'year' });
    expect(extractSalary({ title: 'x', sections: [section('other', DIGITS_MB)] })).toBeNull();
  });
});

describe('extractSalary: single bounds in free text', () => {
  const inText = (text: string) => extractSalary({ title: 'Engineer', sections: [section('other', text)] });
  it('reads "up to" as a ceiling and "from" as a floor', () => {
    expect(inText('The role pays up to 60K EUR depending on experience.')).toMatchObject({ min: null, max: 60000, currency: 'EUR' });
    expect(inText('Salary from €45k, plus bonus.')).toMatchObject({ min: 45000, max: null, currency: 'EUR' });
  });
  it('quotes the sentence that holds the figures, not the one before it', () => {
    const salary = inText('We adjust our bands as market conditions change. Base salary range: $227,500 - $250,000 USD.');
    expect(salary?.text).toBe('Base salary range: $227,500 - $250,000 USD.');
  });
});
