import { z } from 'zod';

/** An ISO 4217 code as the salary extractor writes it: three upper-case letters. */
export const CurrencyCode = z.string().regex(/^[A-Z]{3}$/, 'must be a 3-letter ISO 4217 code such as EUR');
export type CurrencyCode = z.infer<typeof CurrencyCode>;

/**
 * More entries than any real table needs (ISO 4217 lists fewer than 200 codes); a bound so
 * an imported or hand-edited table cannot make every salary conversion walk a huge object.
 */
export const MAX_CURRENCY_RATES = 300;

/**
 * A table of exchange rates against the US dollar: `rates.EUR = 0.86` means one dollar buys
 * 0.86 euros. Stored as a setting the user can edit, and read back through this schema,
 * so a corrupted or hostile value never reaches a conversion.
 */
export const CurrencyRates = z
  .object({
    /** The day the rates were taken, YYYY-MM-DD; shown next to every converted salary. */
    date: z.iso.date(),
    base: z.literal('USD'),
    /** Units of each currency per 1 USD. */
    rates: z.record(CurrencyCode, z.number().positive().finite()),
  })
  .refine((table) => table.rates.USD === 1, { message: 'USD must be present with rate 1', path: ['rates', 'USD'] })
  .refine((table) => Object.keys(table.rates).length <= MAX_CURRENCY_RATES, {
    message: `at most ${MAX_CURRENCY_RATES} currencies`,
    path: ['rates'],
  });
export type CurrencyRates = z.infer<typeof CurrencyRates>;

/**
 * The table Jobmark ships. APPROXIMATE rates of November 2026, rounded, written by hand:
 * they exist only to put salaries in different currencies on one scale so they can be
 * sorted and drawn side by side — never for money decisions. Every converted figure is
 * shown as converted, and the user can edit any rate (or add a currency) on the options page.
 *
 * Covers every code the salary extractor can produce (src/extract/salary-currency.ts: its
 * ISO list and the symbols "$", "€", "¥", "kr", "zł", "₹" …), the codes job-board JSON
 * commonly carries, and the other currencies of places with many tech jobs.
 */
export const SHIPPED_CURRENCY_RATES: CurrencyRates = deepFreeze({
  date: '2026-11-15',
  base: 'USD',
  rates: {
    // The dollar and the currencies of the largest tech job markets.
    USD: 1,
    EUR: 0.86,
    GBP: 0.76,
    CHF: 0.8,
    CAD: 1.39,
    AUD: 1.53,
    NZD: 1.74,
    SGD: 1.3,
    HKD: 7.78,
    JPY: 152,
    CNY: 7.1,
    INR: 88.5,
    KRW: 1420,
    TWD: 30.5,
    // Europe outside the euro area. BGN is pegged to the euro (1.95583 per euro) and still
    // appears in older postings after Bulgaria's switch to the euro.
    PLN: 3.65,
    SEK: 9.45,
    NOK: 10.1,
    DKK: 6.42,
    ISK: 123,
    CZK: 20.9,
    HUF: 333,
    RON: 4.37,
    BGN: 1.68,
    RSD: 101,
    UAH: 41.8,
    TRY: 42.5,
    GEL: 2.71,
    // The Americas.
    BRL: 5.35,
    MXN: 18.4,
    ARS: 1450,
    CLP: 940,
    COP: 3850,
    PEN: 3.4,
    UYU: 40,
    CRC: 505,
    // Africa and the Middle East.
    ZAR: 17.4,
    NGN: 1480,
    KES: 129,
    GHS: 11.5,
    EGP: 48.5,
    MAD: 9.2,
    ILS: 3.3,
    AED: 3.6725,
    SAR: 3.75,
    QAR: 3.64,
    // Asia.
    PHP: 58.5,
    IDR: 16600,
    MYR: 4.2,
    THB: 32.5,
    VND: 26300,
    PKR: 281,
    BDT: 122,
    LKR: 300,
    KZT: 530,
  },
});

/** Shared by every context that imports it: nobody may change it by accident. */
function deepFreeze(table: CurrencyRates): CurrencyRates {
  Object.freeze(table.rates);
  return Object.freeze(table);
}
