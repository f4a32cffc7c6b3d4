// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { EMPTY_PROFILE, type Profile } from '../../core/profile';
import { byTestId, fakeServices, mount, salary, summary, threeJobs, type, unmountAll, untilReady } from '../../../test/support/popup-test-kit';

afterEach(unmountAll);

const withTarget: Profile = { ...EMPTY_PROFILE, targetSalary: { amount: 120_000, currency: 'USD', period: 'year' } };

async function openPanel(root: HTMLElement): Promise<HTMLElement> {
  const details = byTestId<HTMLDetailsElement>(root, 'pay-in-context');
  details.open = true;
  details.dispatchEvent(new Event('toggle'));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return details;
}

describe('Pay in context on the dashboard', () => {
  it('is closed at first and draws nothing until opened', async () => {
    const root = mount({ layout: 'dashboard', services: fakeServices(threeJobs(), { profile: withTarget }) });
    await untilReady();
    const details = byTestId<HTMLDetailsElement>(root, 'pay-in-context');
    expect(details.open).toBe(false);
    expect(details.querySelector('svg')).toBeNull();
  });

  it('draws each salary against the target and says the same in words', async () => {
    const root = mount({ layout: 'dashboard', services: fakeServices(threeJobs(), { profile: withTarget }) });
    await untilReady();
    const panel = await openPanel(root);
    const marks = [...panel.querySelectorAll('[data-testid="pay-plot"] [data-job-id]')];
    expect(marks.map((m) => m.getAttribute('data-job-id')).sort()).toEqual(['job-a', 'job-c']);
    expect(marks.find((m) => m.getAttribute('data-job-id') === 'job-a')!.getAttribute('class')).toContain('jm-pay-below');
    expect(marks.find((m) => m.getAttribute('data-job-id') === 'job-c')!.getAttribute('class')).toContain('jm-pay-meets');
    expect(byTestId(panel, 'pay-target')).toBeTruthy();
    expect(byTestId(panel, 'pay-summary').textContent).toBe(
      '2 jobs of 3 drawn per year in USD; against your target of $120K: 1 at or above it, 0 with it inside the range, 1 below it; 1 job states no salary.',
    );
    // The job without a salary is named, never drawn at 0.
    expect(byTestId(panel, 'pay-no-salary').textContent).toBe('No salary stated (1): Data Gadget Analyst, Frobnitz');
  });

  it('is a table for screen readers too, with a row per job', async () => {
    const root = mount({ layout: 'dashboard', services: fakeServices(threeJobs(), { profile: withTarget }) });
    await untilReady();
    const panel = await openPanel(root);
    const table = byTestId(panel, 'pay-table');
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((cell) => cell.textContent));
    expect(rows).toContainEqual(['Cloud Sprocket Lead, Blorpcorp', '$150K–$170K', 'at or above your target']);
    expect(rows).toContainEqual(['Backend Widget Engineer, Quuxly', '$90K–$100K', 'below your target']);
    expect(rows).toContainEqual(['Data Gadget Analyst, Frobnitz', 'No salary stated', '—']);
    expect(byTestId(panel, 'pay-plot').getAttribute('aria-describedby')).toBe(byTestId(panel, 'pay-summary').id);
  });

  it('follows the list filter, and asks for a target when none is set', async () => {
    const root = mount({ layout: 'dashboard', services: fakeServices(threeJobs(), { profile: EMPTY_PROFILE }) });
    await untilReady();
    type(byTestId(root, 'search-input'), 'sprocket');
    const panel = await openPanel(root);
    expect(panel.querySelectorAll('[data-testid="pay-plot"] [data-job-id]')).toHaveLength(1);
    expect(panel.querySelector('[data-testid="pay-target"]')).toBeNull();
    expect(panel.textContent).toContain('Set a target salary on the options page');
  });

  it('dates the conversion of a salary in another currency', async () => {
    const euro = summary({ id: 'job-e', title: 'Euro Role', salary: salary({ min: 80_000, max: 90_000, currency: 'EUR', text: '€80k–€90k' }) });
    const root = mount({ layout: 'dashboard', services: fakeServices([...threeJobs(), euro], { profile: withTarget }) });
    await untilReady();
    const panel = await openPanel(root);
    expect(byTestId(panel, 'pay-rates-date').textContent).toMatch(/approximate rates of \d{4}-\d{2}-\d{2}/);
  });

  it('is not in the popup', async () => {
    const root = mount({ layout: 'popup', services: fakeServices(threeJobs(), { profile: withTarget }) });
    await untilReady();
    expect(root.querySelector('[data-testid="pay-in-context"]')).toBeNull();
  });
});
