// @vitest-environment happy-dom
import { h } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { button, change, click, field, hasButton, mount, rerender, settle, statusText, type, unmountAll } from '../../../test/support/options-test-kit';
import { SalarySection, type SalarySectionProps, type TargetSalary } from './salary-section';

afterEach(unmountAll);

function props(overrides: Partial<SalarySectionProps> = {}): SalarySectionProps {
  return {
    target: null,
    currencies: ['EUR', 'GBP', 'USD'],
    defaultCurrency: 'USD',
    onSave: vi.fn<(target: TargetSalary) => Promise<void>>().mockResolvedValue(),
    onClear: vi.fn<() => Promise<void>>().mockResolvedValue(),
    ...overrides,
  };
}

describe('SalarySection', () => {
  it.each<[string, string, string, string, TargetSalary]>([
    ['a plain yearly amount', '90000', 'EUR', 'year', { amount: 90000, currency: 'EUR', period: 'year' }],
    ['thousands separators', '120,000', 'USD', 'year', { amount: 120000, currency: 'USD', period: 'year' }],
    ['a "k" amount', '65k', 'GBP', 'year', { amount: 65000, currency: 'GBP', period: 'year' }],
    ['an hourly rate with cents', '52.50', 'USD', 'hour', { amount: 52.5, currency: 'USD', period: 'hour' }],
    ['a monthly amount', '4 500', 'EUR', 'month', { amount: 4500, currency: 'EUR', period: 'month' }],
  ])('saves %s', async (_case, amount, currency, period, saved) => {
    const p = props();
    const root = mount(h(SalarySection, p));
    type(field(root, 'Target amount'), amount);
    change(field(root, 'Target currency'), currency);
    change(field(root, 'Target period'), period);
    click(button(root, 'Save target salary'));
    await settle();
    expect(p.onSave).toHaveBeenCalledExactlyOnceWith(saved);
    expect(statusText(root)).toContain('Target salary saved.');
  });

  it.each([
    ['nothing', '', 'Enter an amount.'],
    ['zero', '0', 'The amount must be more than 0.'],
    ['a negative amount', '-5000', 'The amount must be more than 0.'],
    ['words', 'lots', 'Enter the amount as a number, for example 90000 or 90k.'],
    ['a comma decimal', '52,50', 'Enter the amount as a number, for example 90000 or 90k.'],
  ])('refuses %s with the reason next to the field, and saves nothing', (_case, amount, message) => {
    const p = props();
    const root = mount(h(SalarySection, p));
    const input = field(root, 'Target amount');
    type(input, amount);
    click(button(root, 'Save target salary'));
    expect(p.onSave).not.toHaveBeenCalled();
    const error = root.querySelector(`#${input.getAttribute('aria-describedby')}`);
    expect(error?.textContent).toBe(message);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.closest('.field')?.contains(error!)).toBe(true);
  });

  it('shows the stored target, clears it with a button, and follows a change made elsewhere', async () => {
    const target: TargetSalary = { amount: 70000, currency: 'GBP', period: 'year' };
    const p = props({ target });
    const root = mount(h(SalarySection, p));
    expect(field(root, 'Target amount').value).toBe('70000');
    expect(field(root, 'Target currency').value).toBe('GBP');
    expect(root.textContent).toContain('Jobs are held to 70,000 GBP per year');

    click(button(root, 'Clear target salary'));
    await settle();
    expect(p.onClear).toHaveBeenCalledOnce();
    expect(statusText(root)).toContain('Target salary cleared.');

    rerender(root, h(SalarySection, { ...p, target: null }));
    expect(field(root, 'Target amount').value).toBe('');
    expect(field(root, 'Target currency').value).toBe('USD');
    expect(hasButton(root, 'Clear target salary')).toBe(false);
    expect(root.textContent).toContain('No target set');
  });

  it('preselects the suggested currency while no target is set', () => {
    const root = mount(h(SalarySection, props({ defaultCurrency: 'EUR' })));
    expect(field(root, 'Target currency').value).toBe('EUR');
  });

  it('keeps a stored currency the rate table no longer lists selectable', () => {
    const root = mount(h(SalarySection, props({ target: { amount: 1, currency: 'SEK', period: 'week' } })));
    expect([...field(root, 'Target currency').options].map((o) => o.value)).toContain('SEK');
    expect(field(root, 'Target period').value).toBe('week');
  });

  it('says why saving failed', async () => {
    const root = mount(h(SalarySection, props({ onSave: vi.fn().mockRejectedValue(new Error('quota exceeded')) })));
    type(field(root, 'Target amount'), '80000');
    click(button(root, 'Save target salary'));
    await settle();
    expect(statusText(root)).toContain('Not saved: quota exceeded');
  });
});
