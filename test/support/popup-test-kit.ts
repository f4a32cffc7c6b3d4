import { h, render } from 'preact';
import { vi } from 'vitest';
import { SHIPPED_CURRENCY_RATES, type CurrencyRates } from '../../src/compare/currency-rates';
import type { Salary } from '../../src/core/job';
import { EMPTY_PROFILE, type Profile } from '../../src/core/profile';
import type { JobSummary, SavedJob } from '../../src/core/saved-job';
import { fakeSavedJob, summaryOf } from './job-fixtures';
import { JobsApp, type JobsAppProps } from '../../src/ui/popup/jobs-app';
import type { JobsServices, JobsSnapshot } from '../../src/ui/popup/jobs-services';

/**
 * Test support for the popup's tests (nothing in the extension imports it): synthetic saved
 * jobs, services made of plain arrays, and DOM helpers. Invented companies and titles.
 */

export const NOW = new Date('2026-02-01T12:00:00Z');

export const PROFILE: Profile = {
  ...EMPTY_PROFILE,
  skills: [
    { name: 'Go', level: 'expert' },
    { name: 'PostgreSQL', level: 'working' },
  ],
};

export function salary(overrides: Partial<Salary> = {}): Salary {
  return {
    min: 100_000,
    max: 120_000,
    currency: 'USD',
    period: 'year',
    kind: 'base',
    origin: 'employer',
    text: '$100,000 – $120,000 a year', alternatives: [],
    ...overrides,
  };
}

/** A whole saved record (what deleteJob gives back). */
export function record(overrides: Partial<SavedJob> = {}): SavedJob {
  return fakeSavedJob(overrides);
}

/** A saved job as lists read it. */
export function summary(overrides: Partial<SavedJob> = {}): JobSummary {
  return summaryOf(fakeSavedJob(overrides));
}

/** Three jobs that sort differently by match, salary, date and title. */
export function threeJobs(): JobSummary[] {
  return [
    summary({
      id: 'job-a',
      url: 'https://jobs.example.test/a',
      title: 'Backend Widget Engineer',
      company: 'Quuxly',
      workplace: 'remote',
      salary: salary({ min: 90_000, max: 100_000, text: '$90k–$100k' }),
      skills: { required: ['Go', 'PostgreSQL'], preferred: [], unrecognised: [], topics: [] },
      savedAt: '2026-01-20T09:00:00.000Z',
    }),
    summary({
      id: 'job-b',
      url: 'https://jobs.example.test/b',
      title: 'Data Gadget Analyst',
      company: 'Frobnitz',
      workplace: 'onsite',
      location: 'Lisbon',
      salary: null,
      skills: { required: ['Python', 'Go'], preferred: [], unrecognised: [], topics: [] },
      savedAt: '2026-01-25T09:00:00.000Z',
      status: 'applied',
    }),
    summary({
      id: 'job-c',
      url: 'https://jobs.example.test/c',
      title: 'Cloud Sprocket Lead',
      company: 'Blorpcorp',
      workplace: 'hybrid',
      salary: salary({ min: 150_000, max: 170_000, text: '$150k–$170k' }),
      skills: { required: ['Kubernetes'], preferred: [], unrecognised: [], topics: [] },
      savedAt: '2026-01-10T09:00:00.000Z',
      note: 'Recruiter named Ada',
    }),
  ];
}

export interface FakeServices extends JobsServices {
  /** Delivers a new list, as the live query does after a change elsewhere. */
  emit(jobs: JobSummary[]): void;
  /** Delivers only the newest jobs, as the store does before the whole list is read. */
  emitFirstPage(jobs: JobSummary[], total: number | null): void;
  fail(error: unknown): void;
  watchCount(): number;
}

/** Services over plain values; every method is a spy. `jobs: null` never answers (loading). */
export function fakeServices(
  jobs: JobSummary[] | null,
  options: { profile?: Profile; rates?: CurrencyRates; overrides?: Partial<JobsServices> } = {},
): FakeServices {
  let listener: { onJobs: (snapshot: JobsSnapshot) => void; onError: (error: unknown) => void } | null = null;
  const whole = (list: JobSummary[]): JobsSnapshot => ({ jobs: list, complete: true, total: list.length });
  let watches = 0;
  const services: FakeServices = {
    watchJobs: vi.fn((onJobs, onError) => {
      watches++;
      listener = { onJobs, onError };
      // The live query answers asynchronously, never inside the subscribe call.
      if (jobs !== null) queueMicrotask(() => listener?.onJobs(whole(jobs)));
      return () => {
        listener = null;
      };
    }),
    deleteJob: vi.fn(async (id: string) => record({ id, title: jobs?.find((j) => j.id === id)?.title ?? 'Gone' })),
    restoreJob: vi.fn(async () => {}),
    updateUserFields: vi.fn(async () => {}),
    getProfile: vi.fn(async () => options.profile ?? PROFILE),
    watchProfile: vi.fn(() => () => {}),
    getCurrencyRates: vi.fn(async () => options.rates ?? SHIPPED_CURRENCY_RATES),
    watchCurrencyRates: vi.fn(() => () => {}),
    openPosting: vi.fn(),
    openDashboard: vi.fn(),
    openOptions: vi.fn(),
    now: () => NOW,
    emit: (next) => listener?.onJobs(whole(next)),
    emitFirstPage: (first, total) => listener?.onJobs({ jobs: first, complete: false, total }),
    fail: (error) => listener?.onError(error),
    watchCount: () => watches,
    ...options.overrides,
  };
  return services;
}

let hosts: HTMLElement[] = [];

export function mount(props: JobsAppProps): HTMLElement {
  const host = document.createElement('div');
  document.body.appendChild(host);
  hosts.push(host);
  render(h(JobsApp, props), host);
  return host;
}

export function unmountAll(): void {
  for (const host of hosts) {
    render(null, host);
    host.remove();
  }
  hosts = [];
  delete document.documentElement.dataset.jobmarkReady;
}

export function rowTitles(root: HTMLElement): string[] {
  return [...root.querySelectorAll('[data-testid="job-row"] .jm-title-text')].map((el) => el.textContent ?? '');
}

export function byTestId<T extends Element = HTMLElement>(root: ParentNode, id: string): T {
  const found = root.querySelector<T & Element>(`[data-testid="${id}"]`);
  if (!found) throw new Error(`no [data-testid="${id}"]`);
  return found;
}

export function button(root: ParentNode, text: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((b) => b.textContent?.includes(text));
  if (!found) throw new Error(`no button "${text}"`);
  return found;
}

export function click(element: Element, init: MouseEventInit = { detail: 1 }): void {
  element.dispatchEvent(new MouseEvent('click', { bubbles: true, ...init }));
}

export function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

export function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Waits until the app shows its list (or empty state) for the first time. */
export async function untilReady(): Promise<void> {
  await vi.waitFor(() => {
    if (document.documentElement.dataset.jobmarkReady === undefined) throw new Error('not ready yet');
  });
}
