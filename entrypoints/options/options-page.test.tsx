// @vitest-environment happy-dom
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SHIPPED_CURRENCY_RATES } from '../../src/compare/currency-rates';
import type { Salary } from '../../src/core/job';
import { EMPTY_PROFILE, type Profile } from '../../src/core/profile';
import { fakeJob, fakeRaw } from '../../test/support/job-fixtures';
import { JOB_DB_NAME, JobDb } from '../../src/db/job-db';
import { listJobSummaries } from '../../src/db/job-summaries';
import { saveJob } from '../../src/db/job-writes';
import { getCurrencyRates } from '../../src/settings/currency-rates-setting';
import { getProfile, setProfile } from '../../src/settings/profile-setting';
import {
  button,
  change,
  click,
  field,
  mount,
  settle,
  statusText,
  type,
  unmountAll,
} from '../../test/support/options-test-kit';
import { OptionsPage } from './options-page';

const PROFILE: Profile = {
  ...EMPTY_PROFILE,
  skills: [{ name: 'Go', level: 'expert' }],
  locations: ['Lisbon'],
};

const salary = (currency: string): Salary => ({
  min: 50000,
  max: 60000,
  currency,
  period: 'year',
  kind: 'base',
  origin: 'employer',
  text: `50,000–60,000 ${currency}`, alternatives: [],
});

async function saveJobs(...currencies: string[]) {
  const db = new JobDb(JOB_DB_NAME);
  for (const [i, currency] of currencies.entries()) {
    const id = `https://jobs.example.test/quillfeather/${i}`;
    await saveJob(db, { job: fakeJob({ id, url: id, title: `Invented Role ${i}`, salary: salary(currency) }), raw: fakeRaw({ url: id }) }, new Date(Date.UTC(2030, 0, 1 + i)));
  }
  db.close();
}

/** Mounts the page and waits until it has read storage and counted the jobs. */
async function openPage() {
  const root = mount(<OptionsPage />);
  await settle();
  await vi.waitFor(() => expect(root.textContent).not.toContain('Counting saved jobs'));
  return root;
}

/** The browser's permission events, which @webext-core/fake-browser leaves unimplemented. */
const permissionListeners = { added: new Set<() => void>(), removed: new Set<() => void>() };

function fakePermissionEvent(listeners: Set<() => void>) {
  return {
    addListener: (listener: () => void) => listeners.add(listener),
    removeListener: (listener: () => void) => listeners.delete(listener),
    hasListener: (listener: () => void) => listeners.has(listener),
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
  permissionListeners.added.clear();
  permissionListeners.removed.clear();
  Object.assign(fakeBrowser.permissions, {
    onAdded: fakePermissionEvent(permissionListeners.added),
    onRemoved: fakePermissionEvent(permissionListeners.removed),
  });
});

afterEach(async () => {
  unmountAll();
  vi.restoreAllMocks();
  await Dexie.delete(JOB_DB_NAME);
});

describe('OptionsPage', () => {
  it('renders every section from stored settings, with a table of contents that leads to each', async () => {
    await setProfile(PROFILE);
    const root = await openPage();
    const headings = [...root.querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings).toEqual([
      'On this page',
      'Your skills',
      'Skills from your résumé',
      'Target salary',
      'Workplace',
      'Locations',
      'Deal-breakers',
      'Currency rates',
      'On job pages',
      'Sites',
      'Your data',
    ]);
    for (const link of root.querySelectorAll<HTMLAnchorElement>('.toc a')) {
      expect(root.querySelector(link.getAttribute('href')!)?.textContent).toBe(link.textContent);
    }
    expect(root.querySelector('.skill-name')?.textContent).toBe('Go');
    expect(root.querySelector('.chip')?.textContent).toContain('Lisbon');
    expect(root.textContent).toContain(`Rates of ${SHIPPED_CURRENCY_RATES.date} (shipped with Jobmark)`);
    expect(root.textContent).toContain('Jobmark reads only the job sites above.');
    expect(root.textContent).toContain('No saved jobs yet.');
    // Every control has a name a user (and a screen reader) can find it by.
    for (const control of root.querySelectorAll('input, select, textarea')) {
      expect(control.getAttribute('aria-label') ?? control.closest('label')?.textContent?.trim()).toBeTruthy();
    }
  });

  it('saves the profile sections to storage, skills under their dictionary names', async () => {
    await setProfile(PROFILE);
    const root = await openPage();

    type(field(root, 'Paste your résumé (text)'), 'Shipped Golang services and Postgres tuning for Example Kites.');
    click(button(root, 'Find skills'));
    click(button(root, 'Add 1 skill'));
    await settle();

    type(field(root, 'Target amount'), '85k');
    change(field(root, 'Target currency'), 'EUR');
    click(button(root, 'Save target salary'));
    await settle();

    click(field(root, 'Remote'));
    await settle();

    type(field(root, 'Language'), 'Deutsch');
    change(root.querySelector<HTMLSelectElement>('[data-testid=language-level]')!, 'B1');
    click(button(root, 'Add language'));
    await settle();
    change(field(root, /Most days a week/), '2');
    await settle();

    expect(await getProfile()).toEqual({
      skills: [
        { name: 'Go', level: 'expert' },
        { name: 'PostgreSQL', level: 'working' },
      ],
      targetSalary: { amount: 85000, currency: 'EUR', period: 'year' },
      workplaces: ['remote'],
      locations: ['Lisbon'],
      eligibility: { workCountries: [], languages: [{ language: 'German', level: 'B1' }], maxOfficeDays: 2, needsSponsorship: false },
    });
  });

  it('follows a profile changed elsewhere (the popup, another tab)', async () => {
    const root = await openPage();
    await setProfile({ ...EMPTY_PROFILE, skills: [{ name: 'Rust', level: 'learning' }] });
    await settle();
    expect([...root.querySelectorAll('.skill-name')].map((s) => s.textContent)).toEqual(['Rust']);
  });

  it('asks for a site that asks first only when the user allows it, and follows access granted elsewhere', async () => {
    const granted = new Set<string>();
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async (wanted) => (wanted.origins ?? []).every((origin) => granted.has(origin)));
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async (wanted) => {
      for (const origin of wanted.origins ?? []) granted.add(origin);
      return true;
    });
    const root = await openPage();
    await vi.waitFor(() => expect(root.textContent).toContain('Sites that ask first'));
    // Nothing is asked for until the user clicks.
    expect(request).not.toHaveBeenCalled();
    click(button(root, 'Allow Jobmark on Teamtailor'));
    await settle();
    expect(request).toHaveBeenCalledWith({ origins: ['https://*.teamtailor.com/*'] });
    expect(button(root, 'Remove access to Teamtailor')).toBeTruthy();

    // Granted in the browser's own settings: the page follows.
    granted.add('https://*.recruitee.com/*');
    for (const listener of permissionListeners.added) listener();
    await settle();
    expect(button(root, 'Remove access to Recruitee')).toBeTruthy();
    expect(button(root, 'Allow Jobmark on Personio')).toBeTruthy();
  });

  it('offers the currency most saved jobs pay in for a new target salary', async () => {
    await saveJobs('GBP', 'EUR', 'EUR');
    const root = await openPage();
    await vi.waitFor(() => expect(field(root, 'Target currency').value).toBe('EUR'));
  });

  it('stores an edited rate dated today', async () => {
    const root = await openPage();
    change(field(root, 'EUR per 1 USD'), '0.5');
    await settle();
    const rates = await getCurrencyRates();
    expect(rates.rates.EUR).toBe(0.5);
    expect(rates.date).not.toBe(SHIPPED_CURRENCY_RATES.date);
  });

  it('exports everything, deletes all after confirming, and imports the export back', async () => {
    await setProfile(PROFILE);
    await saveJobs('EUR', 'USD');
    const downloads: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      downloads.push(blob as Blob);
      return 'blob:options-test';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const root = await openPage();
    await vi.waitFor(() => expect(root.textContent).toContain('2 saved jobs.'));

    click(button(root, 'Export everything (JSON)'));
    await vi.waitFor(() => expect(statusText(root)).toMatch(/Downloaded jobmark-\d{4}-\d\d-\d\d\.json\./));
    const exported = await downloads[0]!.text();

    click(button(root, 'Delete all saved jobs…'));
    click(button(root, 'Delete 2 saved jobs'));
    await vi.waitFor(() => expect(statusText(root)).toContain('Deleted 2 saved jobs.'));
    await vi.waitFor(() => expect(root.textContent).toContain('No saved jobs yet.'));

    const input = field(root, 'Import a Jobmark export (JSON)');
    Object.defineProperty(input, 'files', { value: [new File([exported], 'backup.json')], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(statusText(root)).toContain('Imported backup.json: 2 jobs added'));
    await vi.waitFor(() => expect(root.textContent).toContain('2 saved jobs.'));
    const db = new JobDb(JOB_DB_NAME);
    expect((await listJobSummaries(db)).map((j) => j.title).sort()).toEqual(['Invented Role 0', 'Invented Role 1']);
    db.close();
  });

  it('says why a file cannot be imported, and changes nothing', async () => {
    await saveJobs('EUR');
    const root = await openPage();
    const input = field(root, 'Import a Jobmark export (JSON)');
    Object.defineProperty(input, 'files', { value: [new File(['{"format":"something-else"}'], 'other.json')], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(statusText(root)).toMatch(/^Import failed, nothing was changed\. This file is not a Jobmark export/));
    expect(root.textContent).toContain('1 saved job.');
  });
});

describe('OptionsPage when storage fails', () => {
  it('says what could not be read instead of loading forever', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('storage is unavailable'));
    const root = mount(<OptionsPage />);
    await vi.waitFor(() => expect(statusText(root)).toMatch(/^Could not read [a-z ]+: storage is unavailable$/));
    expect(button(root, 'Try again')).toBeTruthy();
  });
});
