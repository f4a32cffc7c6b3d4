import { describe, expect, it } from 'vitest';
import { Salary } from '../core/job';
import { parseSalaryText } from './salary-parse';

type Expected = Pick<Salary, 'min' | 'max' | 'currency' | 'period'> & { kind?: Salary['kind'] };

const y = (min: number | null, max: number | null, currency = 'USD'): Expected => ({
  min,
  max,
  currency,
  period: 'year',
});

// Every input below is invented for this test.
const salaries: Array<[string, Expected]> = [
  // Symbols and codes, before or after the number.
  ['$120,000 - $150,000', y(120000, 150000)],
  ['€50,000 – €60,000', y(50000, 60000, 'EUR')],
  ['£45,000 - £55,000', y(45000, 55000, 'GBP')],
  ['¥6,000,000 - ¥8,000,000', y(6000000, 8000000, 'JPY')],
  ['₹18,00,000 – ₹24,00,000', y(1800000, 2400000, 'INR')],
  ['CHF 110,000 - 130,000', y(110000, 130000, 'CHF')],
  ['USD 90,000 - 110,000', y(90000, 110000)],
  ['90,000 - 110,000 USD', y(90000, 110000)],
  ['EUR 55,000 to 65,000', y(55000, 65000, 'EUR')],
  ['GBP 70k - 85k', y(70000, 85000, 'GBP')],
  ['CAD 95,000 – 120,000', y(95000, 120000, 'CAD')],
  ['AUD 130k-150k', y(130000, 150000, 'AUD')],
  ['C$88,000 - C$99,000', y(88000, 99000, 'CAD')],
  ['CA$100k–CA$125k', y(100000, 125000, 'CAD')],
  ['A$140,000 – A$160,000', y(140000, 160000, 'AUD')],
  ['AU$120k - AU$135k', y(120000, 135000, 'AUD')],
  ['NZ$95,000 - NZ$105,000', y(95000, 105000, 'NZD')],
  ['US$150,000 - US$170,000', y(150000, 170000)],
  ['R$ 12.000 - R$ 15.000 por mês', { min: 12000, max: 15000, currency: 'BRL', period: 'month' }],
  ['18 000 - 24 000 zł brutto/mies', { min: 18000, max: 24000, currency: 'PLN', period: 'month' }],
  ['PLN 20,000 - 26,000 monthly', { min: 20000, max: 26000, currency: 'PLN', period: 'month' }],
  ['45 000 - 55 000 kr per month', { min: 45000, max: 55000, currency: 'SEK', period: 'month' }],
  ['SEK 600 000 – 720 000', y(600000, 720000, 'SEK')],
  ['NOK 750 000 - 900 000', y(750000, 900000, 'NOK')],
  ['DKK 50.000 - 60.000 per month', { min: 50000, max: 60000, currency: 'DKK', period: 'month' }],
  ['INR 25,00,000 - 35,00,000', y(2500000, 3500000, 'INR')],
  ['USD $51,850 to $171,450', y(51850, 171450)],
  ['$81,200 - $121,800 CAD', y(81200, 121800, 'CAD')],
  ['$140,000 - $160,000 (AUD)', y(140000, 160000, 'AUD')],
  ['between $90,000 and $110,000 Canadian dollars', y(90000, 110000, 'CAD')],
  ['Salary range (EUR): 48,000 - 58,000', y(48000, 58000, 'EUR')],
  ['55.000 - 65.000 euros', y(55000, 65000, 'EUR')],
  ['45 000kr per month', { min: 45000, max: 45000, currency: 'SEK', period: 'month' }],
  ['NOK 60 000 kr per month', { min: 60000, max: 60000, currency: 'NOK', period: 'month' }],
  ['5000 zł brutto', { min: 5000, max: 5000, currency: 'PLN', period: 'month' }],
  ['Compensation: $60k-$75k + equity with upside', y(60000, 75000)],
  ['Level 2 - $100,000 - $120,000', y(100000, 120000)],
  ['Q3 2025 - $120k base salary', { ...y(120000, 120000), kind: 'base' }],
  // k, decimal k, shared k.
  ['$204.4K', y(204400, 204400)],
  ['$204.4K - $250.1K', y(204400, 250100)],
  ['120k-150k USD', y(120000, 150000)],
  ['$120-150k', y(120000, 150000)],
  ['$80 - 100K base', { ...y(80000, 100000), kind: 'base' }],
  ['€65k – €80k', y(65000, 80000, 'EUR')],
  ['USD 30k-50K', y(30000, 50000)],
  // European and Swiss separators, spaces of every width.
  ['€45.000,00', y(45000, 45000, 'EUR')],
  ['€45.000,00 - €55.000,00', y(45000, 55000, 'EUR')],
  ['60 000 €', y(60000, 60000, 'EUR')],
  ["60'000 CHF", y(60000, 60000, 'CHF')],
  ["CHF 95'000 – 115'000", y(95000, 115000, 'CHF')],
  ['45.000 – 55.000 EUR', y(45000, 55000, 'EUR')],
  ['62\u00A0000 – 70\u00A0000 €', y(62000, 70000, 'EUR')],
  ['62\u202F000 – 70\u202F000 €', y(62000, 70000, 'EUR')],
  ['$1,234.56 per week', { min: 1234.56, max: 1234.56, currency: 'USD', period: 'week' }],
  ['$132,000.00-$264,000.00', y(132000, 264000)],
  // Range words.
  ['$100,000 to $120,000', y(100000, 120000)],
  ['60.000 bis 75.000 € brutto/Jahr', y(60000, 75000, 'EUR')],
  ['between €50,000 and €60,000', y(50000, 60000, 'EUR')],
  ['USD 132k~264k', y(132000, 264000)],
  ['USD 232000.0~348000.0', y(232000, 348000)],
  ['$90,000—$110,000', y(90000, 110000)],
  ['$115,000 \\- $130,000 USD', y(115000, 130000)],
  ['Zone A: $150,000 - $170,000 - $190,000', y(150000, 190000)],
  // Periods.
  ['$45/hr', { min: 45, max: 45, currency: 'USD', period: 'hour' }],
  ['$45 - $60/h', { min: 45, max: 60, currency: 'USD', period: 'hour' }],
  ['$50 per hour', { min: 50, max: 50, currency: 'USD', period: 'hour' }],
  ['Hourly rate: $40 - $55', { min: 40, max: 55, currency: 'USD', period: 'hour' }],
  ['28 € brutto/Std.', { min: 28, max: 28, currency: 'EUR', period: 'hour' }],
  ['30 € pro Stunde', { min: 30, max: 30, currency: 'EUR', period: 'hour' }],
  ['Daily rate: £450 - £550', { min: 450, max: 550, currency: 'GBP', period: 'day' }],
  ['€600 per day', { min: 600, max: 600, currency: 'EUR', period: 'day' }],
  ['$700/day', { min: 700, max: 700, currency: 'USD', period: 'day' }],
  ['$2,000 per week', { min: 2000, max: 2000, currency: 'USD', period: 'week' }],
  ['$6,000/mo', { min: 6000, max: 6000, currency: 'USD', period: 'month' }],
  ['$5,000 - $7,000 per month', { min: 5000, max: 7000, currency: 'USD', period: 'month' }],
  ['4.500 € brutto/Monat', { min: 4500, max: 4500, currency: 'EUR', period: 'month' }],
  ['5.000 € pro Monat', { min: 5000, max: 5000, currency: 'EUR', period: 'month' }],
  ['$150,000/yr', y(150000, 150000)],
  ['$150,000 - $170,000 per year', y(150000, 170000)],
  ['$120,000 annually', y(120000, 120000)],
  ['Annual salary: $95,000 - $105,000', y(95000, 105000)],
  ['£60k p.a.', y(60000, 60000, 'GBP')],
  ['£60,000 per annum', y(60000, 60000, 'GBP')],
  ['70.000 € pro Jahr', y(70000, 70000, 'EUR')],
  ['65.000 € jährlich', y(65000, 65000, 'EUR')],
  ['$174,000/yr - $235,000/yr', y(174000, 235000)],
  ['US$60/hour to US$93/hour', { min: 60, max: 93, currency: 'USD', period: 'hour' }],
  // Period inferred from magnitude (see inferPeriod).
  ['€3.500 - €4.500', { min: 3500, max: 4500, currency: 'EUR', period: 'month' }],
  ['12 000 - 16 000 PLN', { min: 12000, max: 16000, currency: 'PLN', period: 'month' }],
  ['$35 - $45', { min: 35, max: 45, currency: 'USD', period: 'hour' }],
  ['Salary: $4,000 - $5,000', { min: 4000, max: 5000, currency: 'USD', period: 'month' }],
  ['12-18 LPA', y(1200000, 1800000, 'INR')],
  ['¥6 million – ¥8 million per year salary', y(6000000, 8000000, 'JPY')],
  // Kind.
  ['OTE $200,000 - $240,000', { ...y(200000, 240000), kind: 'ote' }],
  ['On-target earnings of $180k', { ...y(180000, 180000), kind: 'ote' }],
  ['OTE for sales roles: $120k - $140k', { ...y(120000, 140000), kind: 'ote' }],
  ['Total compensation including commission: $150,000 - $190,000', { ...y(150000, 190000), kind: 'ote' }],
  ['Base salary: $130,000 - $150,000', { ...y(130000, 150000), kind: 'base' }],
  ['base pay of $90k', { ...y(90000, 90000), kind: 'base' }],
  ['$130,000 - $150,000', { ...y(130000, 150000), kind: 'unknown' }],
  // Open ends.
  ['up to $150,000', y(null, 150000)],
  ['Up to €70k per year', y(null, 70000, 'EUR')],
  ['from $120,000', y(120000, null)],
  ['starting at $95,000', y(95000, null)],
  ['$150k+', y(150000, null)],
  ['starts at $25/hour', { min: 25, max: null, currency: 'USD', period: 'hour' }],
];

const notSalaries: string[] = [
  '0.1% - 0.5% equity',
  'We raised $50M in our Series B',
  'Series B',
  'a $2B valuation',
  '$10M in revenue',
  'ARR of $800,000 and growing',
  'up to $5,000 401(k) match',
  'Up to $1,500 per year towards your learning budget',
  '$1,000 home office stipend',
  '$50 per month wellness allowance',
  'a $5,000 signing bonus',
  '$2,000 referral bonus',
  'Competitive',
  'DOE',
  '$Competitive',
  '~0k',
  '$0',
  '0',
  '433071.0',
  '450000.0',
  'Salary 100-150k',
  '4+ years of experience',
  '$1.2M',
  'trusted by 10,000 customers',
  'a 401k with 4% match',
];

describe('parseSalaryText', () => {
  it.each(salaries)('%s', (input, expected) => {
    const salary = parseSalaryText(input);
    expect(salary).not.toBeNull();
    expect(Salary.safeParse(salary).success).toBe(true);
    const { kind, ...range } = expected;
    expect(salary).toMatchObject(range);
    if (kind) expect(salary?.kind).toBe(kind);
    expect(salary?.origin).toBe('employer');
  });

  it.each(notSalaries)('is not a salary: %s', (input) => {
    expect(parseSalaryText(input)).toBeNull();
  });

  it('keeps the words it came from, trimmed and without markdown marks', () => {
    expect(parseSalaryText('  - **Salary:** $100,000 - $120,000  ')?.text).toBe('Salary: $100,000 - $120,000');
  });

  it('marks a board estimate when asked', () => {
    expect(parseSalaryText('USD 145000.0~170000.0', { origin: 'estimate' })?.origin).toBe('estimate');
  });
});
