// @vitest-environment happy-dom
import { h } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CurrencyRates } from '../../compare/currency-rates';
import { CurrencySection, type CurrencySectionProps } from './currency-section';
import { button, change, click, field, hasButton, mount, rerender, settle, statusText, type, unmountAll } from '../../../test/support/options-test-kit';

afterEach(unmountAll);

const SHIPPED: CurrencyRates = { date: '2030-01-15', base: 'USD', rates: { USD: 1, EUR: 0.9, JPY: 150 } };
const TODAY = '2030-02-03';

function show(overrides: Partial<CurrencySectionProps> = {}) {
  const p: CurrencySectionProps = {
    rates: SHIPPED,
    shipped: SHIPPED,
    today: TODAY,
    targetCurrency: null,
    onChange: vi.fn<(rates: CurrencyRates) => Promise<void>>().mockResolvedValue(),
    ...overrides,
  };
  return { root: mount(h(CurrencySection, p)), p };
}

const errorFor = (root: HTMLElement, input: HTMLElement) =>
  root.querySelector(`#${input.getAttribute('aria-describedby')}`)?.textContent;

describe('CurrencySection', () => {
  it('shows the date, what the table is for, and USD first as the fixed base', () => {
    const { root } = show();
    expect(root.textContent).toContain('Rates of 2030-01-15 (shipped with Jobmark)');
    expect(root.textContent).toContain('Used only to put salaries in different currencies on one scale');
    expect([...root.querySelectorAll('tbody th')].map((th) => th.textContent)).toEqual(['USD', 'EUR', 'JPY']);
    expect(hasButton(root, 'Remove USD')).toBe(false);
    expect(field(root, 'EUR per 1 USD').value).toBe('0.9');
  });

  it('saves an edited rate, dated today', async () => {
    const { root, p } = show();
    change(field(root, 'JPY per 1 USD'), '148.5');
    await settle();
    expect(p.onChange).toHaveBeenCalledExactlyOnceWith({ date: TODAY, base: 'USD', rates: { USD: 1, EUR: 0.9, JPY: 148.5 } });
    expect(statusText(root)).toContain('JPY rate saved.');
  });

  it.each([
    ['zero', '0', 'The rate must be more than 0.'],
    ['a negative rate', '-0.9', 'The rate must be more than 0.'],
    ['words', 'ninety', 'Enter the rate as a number, for example 0.92.'],
    ['nothing', '', 'Enter a rate.'],
  ])('refuses %s with a clear error next to the rate, and saves nothing', (_case, typed, message) => {
    const { root, p } = show();
    const input = field(root, 'EUR per 1 USD');
    type(input, typed);
    change(input);
    expect(p.onChange).not.toHaveBeenCalled();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(errorFor(root, input)).toBe(message);
  });

  it('saves nothing when a rate is committed unchanged', () => {
    const { root, p } = show();
    change(field(root, 'EUR per 1 USD'), '0.90');
    expect(p.onChange).not.toHaveBeenCalled();
  });

  it('adds a currency, its code upper-cased', async () => {
    const { root, p } = show();
    type(field(root, 'New currency code'), 'sek');
    type(field(root, 'Its rate per 1 USD'), '10.4');
    click(button(root, 'Add currency'));
    await settle();
    expect(p.onChange).toHaveBeenCalledExactlyOnceWith({ date: TODAY, base: 'USD', rates: { USD: 1, EUR: 0.9, JPY: 150, SEK: 10.4 } });
    expect(field(root, 'New currency code').value).toBe('');
  });

  it.each([
    ['a code that is not 3 letters', 'EURO', '1', 'New currency code', 'Enter a 3-letter ISO 4217 code, for example SEK.'],
    ['a code already in the table', 'eur', '1', 'New currency code', 'EUR is already in the table: edit its rate above.'],
    ['a rate that is not positive', 'SEK', '0', 'Its rate per 1 USD', 'The rate must be more than 0.'],
  ])('refuses to add %s', (_case, code, rate, label, message) => {
    const { root, p } = show();
    type(field(root, 'New currency code'), code);
    type(field(root, 'Its rate per 1 USD'), rate);
    click(button(root, 'Add currency'));
    expect(p.onChange).not.toHaveBeenCalled();
    expect(errorFor(root, field(root, label))).toBe(message);
  });

  it('removes a currency, but not the target salary\u2019s', async () => {
    const { root, p } = show({ targetCurrency: 'EUR' });
    click(button(root, 'Remove EUR'));
    expect(p.onChange).not.toHaveBeenCalled();
    expect(root.textContent).toContain("EUR is your target salary's currency: change that first.");
    click(button(root, 'Remove JPY'));
    await settle();
    expect(p.onChange).toHaveBeenCalledExactlyOnceWith({ date: TODAY, base: 'USD', rates: { USD: 1, EUR: 0.9 } });
  });

  it('resets an edited table to the shipped one, naming its date', async () => {
    const edited: CurrencyRates = { date: TODAY, base: 'USD', rates: { USD: 1, EUR: 0.95 } };
    const { root, p } = show({ rates: edited });
    expect(root.textContent).toContain(`Rates of ${TODAY} (edited by you)`);
    click(button(root, 'Reset to shipped rates (2030-01-15)'));
    await settle();
    expect(p.onChange).toHaveBeenCalledExactlyOnceWith(SHIPPED);
    expect(statusText(root)).toContain('Rates reset to the shipped table of 2030-01-15.');

    // Once stored, the rows show the shipped rates again, and there is nothing left to reset.
    rerender(root, h(CurrencySection, { ...p, rates: SHIPPED }));
    expect(field(root, 'EUR per 1 USD').value).toBe('0.9');
    expect(button(root, 'Reset to shipped rates (2030-01-15)').disabled).toBe(true);
  });

  it('says why a change was not saved', async () => {
    const { root } = show({ onChange: vi.fn().mockRejectedValue(new Error('refused to save the setting')) });
    change(field(root, 'EUR per 1 USD'), '0.8');
    await settle();
    expect(statusText(root)).toContain('Not saved: refused to save the setting');
  });
});
