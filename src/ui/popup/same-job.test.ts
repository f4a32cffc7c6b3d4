// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { JobSummary } from '../../core/saved-job';
import type { UserFieldsPatch } from '../../db/job-writes';
import { dateWords } from './row-words';
import { byTestId, click, fakeServices, mount, rowTitles, summary, unmountAll, untilReady, type FakeServices } from '../../../test/support/popup-test-kit';

afterEach(unmountAll);

const DESCRIPTION =
  '- Tend the widget foundry and keep its furnaces calibrated\n- Review the casting logs every morning and mentor two apprentices\n' +
  '- Write down what you learn so the next shift can read it\n- Five years of foundry work and a steady hand with molten brass';

/** The same posting read from the company's board and from LinkedIn, and another job. */
function jobs(): JobSummary[] {
  const sections = [{ kind: 'requirements' as const, heading: 'What you do', text: DESCRIPTION }];
  return [
    summary({ id: 'gh', source: 'greenhouse', url: 'https://boards.greenhouse.io/zorbly/jobs/1', title: 'Widget Founder', company: 'Zorbly', location: 'Lisbon', sections, savedAt: '2026-01-10T09:00:00.000Z' }),
    summary({ id: 'li', source: 'linkedin', url: 'https://www.linkedin.com/jobs/view/77', title: 'Widget Founder (Remote)', company: 'Zorbly Inc.', location: 'Lisbon, Portugal', sections, savedAt: '2026-01-12T09:00:00.000Z', note: 'Found via Ada' }),
    summary({ id: 'other', title: 'Sprocket Polisher', company: 'Quuxly', savedAt: '2026-01-11T09:00:00.000Z' }),
  ];
}

/** Services whose writes come back through the live list, as Dexie's do. */
function liveServices(start: JobSummary[]): FakeServices {
  let current = start;
  const services: FakeServices = fakeServices(current, {
    overrides: {
      updateUserFields: vi.fn(async (id: string, patch: UserFieldsPatch) => {
        current = current.map((job) => (job.id === id ? { ...job, ...patch } : job));
        queueMicrotask(() => services.emit(current));
      }),
    },
  });
  return services;
}

function row(root: HTMLElement, id: string): HTMLElement {
  return byTestId(root, `job-row"][data-job-id="${id}`);
}

describe('the same job on two sites, in the list', () => {
  it('suggests the pair on both rows, and once confirmed shows one row with both sources and everything the user wrote', async () => {
    const services = liveServices(jobs());
    const root = mount({ layout: 'popup', services });
    await untilReady();
    expect(rowTitles(root)).toHaveLength(3);
    expect(byTestId(row(root, 'gh'), 'same-job-flag').textContent).toBe('Possibly the same job as another you saved');
    expect(byTestId(row(root, 'li'), 'same-job-flag').textContent).toBe('Possibly the same job as another you saved');
    expect(row(root, 'other').querySelector('[data-testid="same-job-flag"]')).toBeNull();

    click(byTestId(row(root, 'li'), 'job-title'));
    const suggestion = await vi.waitFor(() => byTestId(root, 'same-job-suggestion'));
    expect(suggestion.textContent).toContain(`Possibly the same job as “Widget Founder” at Zorbly, saved from Greenhouse on ${dateWords('2026-01-10T09:00:00.000Z')}`);
    expect(suggestion.textContent).toContain('100 % of the description is the same');
    click(byTestId(suggestion, 'same-job-confirm'));

    // The one saved first keeps its row; the LinkedIn copy is shown under it, never deleted.
    await vi.waitFor(() => expect(rowTitles(root)).toEqual(['Sprocket Polisher', 'Widget Founder']));
    expect(services.updateUserFields).toHaveBeenCalledWith('li', { sameAs: 'gh' });
    expect(byTestId(row(root, 'gh'), 'job-sources').textContent).toBe('One job, 2 sources: Greenhouse and LinkedIn');
    expect(root.querySelector('[data-testid="same-job-flag"]')).toBeNull();
    expect(byTestId(root, 'job-count').textContent).toBe('2 jobs');

    click(byTestId(row(root, 'gh'), 'job-title'));
    const source = await vi.waitFor(() => byTestId(root, 'same-job-source'));
    expect(source.textContent).toContain(`Widget Founder (Remote), from LinkedIn, saved ${dateWords('2026-01-12T09:00:00.000Z')}`);
    expect(source.textContent).toContain('note: “Found via Ada”');

    click(byTestId(source, 'same-job-separate'));
    await vi.waitFor(() => expect(rowTitles(root)).toHaveLength(3));
    expect(services.updateUserFields).toHaveBeenLastCalledWith('li', { sameAs: null });
  });

  it('never suggests the pair again once the user says they are not the same job', async () => {
    const services = liveServices(jobs());
    const root = mount({ layout: 'dashboard', services });
    await untilReady();
    click(byTestId(row(root, 'gh'), 'job-title'));
    click(await vi.waitFor(() => byTestId(root, 'same-job-refuse')));
    await vi.waitFor(() => expect(root.querySelector('[data-testid="same-job-flag"]')).toBeNull());
    expect(services.updateUserFields).toHaveBeenCalledWith('gh', { notSameAs: ['li'] });
    expect(rowTitles(root)).toHaveLength(3);
    expect(byTestId(root, 'same-job-panel').textContent).toContain('Saved');
  });

  it('says so when the answer could not be stored, and shows the two apart as before', async () => {
    const services = fakeServices(jobs(), { overrides: { updateUserFields: vi.fn(async () => Promise.reject(new Error('The disk is full'))) } });
    const root = mount({ layout: 'popup', services });
    await untilReady();
    click(byTestId(row(root, 'li'), 'job-title'));
    click(await vi.waitFor(() => byTestId(root, 'same-job-confirm')));
    await vi.waitFor(() => expect(byTestId(root, 'same-job-panel').textContent).toContain('Not saved: The disk is full'));
    expect(rowTitles(root)).toHaveLength(3);
  });
});
