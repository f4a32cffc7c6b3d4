// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { byTestId, click, fakeServices, mount, rowTitles, summary, unmountAll, untilReady } from '../../../test/support/popup-test-kit';
import { dateWords } from './row-words';

afterEach(unmountAll);

const CLOSED = { seenAt: '2026-01-28T10:00:00.000Z', reason: 'No longer accepting applications' };
const HISTORY = [
  { seenAt: '2026-01-15T10:00:00.000Z', changes: [{ field: 'salary' as const, before: 'Not stated', after: '€80K–€95K a year' }] },
  {
    seenAt: '2026-01-25T10:00:00.000Z',
    changes: [
      { field: 'location' as const, before: 'Lisbon', after: 'Porto' },
      { field: 'description' as const, before: 'As saved before', after: 'Edited, about 80 % as before' },
    ],
  },
];

function jobs() {
  return [
    summary({ id: 'open', title: 'Sprocket Polisher', savedAt: '2026-01-11T09:00:00.000Z' }),
    summary({ id: 'closed', title: 'Widget Founder', savedAt: '2026-01-10T09:00:00.000Z', closed: CLOSED, history: HISTORY }),
  ];
}

describe('postings that changed or closed, in the list', () => {
  it('marks a closed posting Closed, and its detail says why and when, with every change newest first', async () => {
    const root = mount({ layout: 'popup', services: fakeServices(jobs()) });
    await untilReady();
    const row = byTestId(root, 'job-row"][data-job-id="closed');
    expect(byTestId(row, 'closed-tag').textContent).toBe('Closed');
    expect(byTestId(root, 'job-row"][data-job-id="open').querySelector('[data-testid="closed-tag"]')).toBeNull();

    click(byTestId(row, 'job-title'));
    const history = await vi.waitFor(() => byTestId(root, 'posting-history'));
    expect(byTestId(history, 'closed-detail').textContent).toBe(`Closed (seen ${dateWords(CLOSED.seenAt)}): No longer accepting applications`);
    const versions = [...history.querySelectorAll('[data-testid="posting-version"]')].map((li) => li.textContent);
    expect(versions).toEqual([
      `${dateWords('2026-01-25T10:00:00.000Z')}Location: Lisbon → PortoDescription: edited, about 80 % as before`,
      `${dateWords('2026-01-15T10:00:00.000Z')}Salary: Not stated → €80K–€95K a year`,
    ]);
  });

  it('hides closed postings on request, as one active filter', async () => {
    const root = mount({ layout: 'dashboard', services: fakeServices(jobs()) });
    await untilReady();
    click(byTestId(root, 'hide-closed'));
    await vi.waitFor(() => expect(rowTitles(root)).toEqual(['Sprocket Polisher']));
    expect(byTestId(root, 'job-count').textContent).toBe('1 of 2 jobs');
    expect(byTestId(root, 'clear-filters').textContent).toContain('1');
  });
});
