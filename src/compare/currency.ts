import type { CurrencyRates } from './currency-rates';

/** Units of `code` per 1 USD, or null when the table has no (usable) rate for it. */
export function rateFor(code: string, rates: CurrencyRates): number | null {
  // Own properties only: a code read from a posting must never reach Object.prototype.
  if (!Object.hasOwn(rates.rates, code)) return null;
  const rate = rates.rates[code];
  return rate !== undefined && Number.isFinite(rate) && rate > 0 ? rate : null;
}

/**
 * `amount` of currency `from` expressed in currency `to`, through the table's US-dollar
 * rates; null when the table lacks either currency. The same currency needs no rate: a
 * salary in an unlisted currency still compares with others in that currency.
 * Not rounded — the caller knows how precise it needs to be.
 */
export function convertAmount(amount: number, from: string, to: string, rates: CurrencyRates): number | null {
  if (from === to) return amount;
  const fromRate = rateFor(from, rates);
  const toRate = rateFor(to, rates);
  if (fromRate === null || toRate === null) return null;
  return (amount / fromRate) * toRate;
}
