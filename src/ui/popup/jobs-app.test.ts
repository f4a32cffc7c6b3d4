// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_PROFILE } from '../../core/profile';
import { StorageError } from '../../db/storage-error';
import {
  button,
  byTestId,
  choose,
  click,
  fakeServices,
  mount,
  rowTitles,
  salary,
  summary,
  threeJobs,
  type,
  unmountAll,
  untilReady,
} from '../../../test/support/popup-test-kit';

afterEach(unmountAll);

describe('JobsApp list', () => {
  it('shows loading until the saved jobs arrive, then marks the page ready', async () => {
    const root = mount({ layout: 'popup', services: fakeServices(null) });
    await vi.waitFor(() => expect(byTestId(root, 'loading').textContent).toContain('Loading your saved jobs'));
    expect(document.documentElement.dataset.jobmarkReady).toBeUndefined();
  });

  it('renders one row per job with company, place, salary and match, newest saved first', async () => {
    const root = mount({ layout: 'popup', services: fakeServices(threeJobs()) });
    await untilReady();
    expect(Number(document.documentElement.dataset.jobmarkReady)).toBeGreaterThanOrEqual(0);
    expect(rowTitles(root)).toEqual(['Data Gadget Analyst', 'Backend Widget Engineer', 'Cloud Sprocket Lead']);
    const first = root.querySelector('[data-job-id="job-a"]')!;
    expect(first.textContent).toContain('Quuxly');
    expect(first.textContent).toContain('Remote');
    expect(first.textContent).toContain('100%');
    expect(first.textContent).toContain('2 of 2 required');
    expect(byTestId(first, 'salary').textContent).toMatch(/\$90K–\$100K \/ year/);
    expect(byTestId(root, 'job-count').textContent).toBe('3 jobs');
    // The title button's text is the title alone (the arrow is drawn by CSS).
    expect(byTestId(first, 'job-title').textContent).toBe('Backend Widget Engineer');
  });

  it('starts with the sort picked last time, and remembers a new pick', async () => {
    const services = fakeServices(threeJobs(), { overrides: { loadSort: () => 'match', saveSort: vi.fn() } });
    const root = mount({ layout: 'popup', services });
    await untilReady();
    expect(rowTitles(root)).toEqual(['Backend Widget Engineer', 'Data Gadget Analyst', 'Cloud Sprocket Lead']);
    choose(byTestId(root, 'sort-select'), 'title');
    expect(services.saveSort).toHaveBeenCalledWith('title');
  });

  it('ignores a remembered sort it does not know', async () => {
    const root = mount({ layout: 'popup', services: fakeServices(threeJobs(), { overrides: { loadSort: () => 'constructor' } }) });
    await untilReady();
    expect(byTestId<HTMLSelectElement>(root, 'sort-select').value).toBe('saved');
  });

  it('renders a hostile title as text and creates no element from it', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const root = mount({ layout: 'popup', services: fakeServices([summary({ id: 'evil', title: hostile, company: '<b>Evil</b>' })]) });
    await untilReady();
    expect(rowTitles(root)).toEqual([hostile]);
    expect(root.textContent).toContain('<b>Evil</b>');
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
    // The Undo message quotes the title too.
    click(byTestId(root, 'delete-button'));
    await vi.waitFor(() => expect(byTestId(root, 'undo-toast').textContent).toContain(hostile));
    expect(root.querySelector('img')).toBeNull();
  });

  it.each([
    ['salary', ['Cloud Sprocket Lead', 'Backend Widget Engineer', 'Data Gadget Analyst']],
    ['saved', ['Data Gadget Analyst', 'Backend Widget Engineer', 'Cloud Sprocket Lead']],
    ['title', ['Backend Widget Engineer', 'Cloud Sprocket Lead', 'Data Gadget Analyst']],
    ['match', ['Backend Widget Engineer', 'Data Gadget Analyst', 'Cloud Sprocket Lead']],
  ])('sorts by %s', async (sort, expected) => {
    const root = mount({ layout: 'popup', services: fakeServices(threeJobs()) });
    await untilReady();
    choose(byTestId(root, 'sort-select'), sort);
    await vi.waitFor(() => expect(rowTitles(root)).toEqual(expected));
  });

  it.each<[string, (root: HTMLElement) => void, string[]]>([
    ['text (company)', (root) => type(byTestId(root, 'search-input'), 'frobnitz'), ['Data Gadget Analyst']],
    ['text (note)', (root) => type(byTestId(root, 'search-input'), 'ada'), ['Cloud Sprocket Lead']],
    ['workplace', (root) => click(byTestId(root, 'workplace-hybrid')), ['Cloud Sprocket Lead']],
    ['has salary', (root) => click(byTestId(root, 'has-salary')), ['Backend Widget Engineer', 'Cloud Sprocket Lead']],
    ['minimum salary', (root) => type(byTestId(root, 'min-salary'), '120000'), ['Cloud Sprocket Lead']],
    ['status', (root) => choose(byTestId(root, 'status-filter'), 'applied'), ['Data Gadget Analyst']],
  ])('filters by %s and counts what is shown', async (_name, act, expected) => {
    const root = mount({ layout: 'popup', services: fakeServices(threeJobs()) });
    await untilReady();
    act(root);
    await vi.waitFor(() => expect(rowTitles(root)).toEqual(expected));
    expect(byTestId(root, 'job-count').textContent).toBe(`${expected.length} of 3 jobs`);
  });

  it('flags a job whose deal-breakers conflict with the profile, explains it when opened, and can hide it', async () => {
    const jobs = threeJobs();
    jobs[1] = {
      ...jobs[1]!,
      dealBreakers: { ...jobs[1]!.dealBreakers, languages: [{ language: 'German', level: 'C1', sentence: 'Fluent German (C1) is required.' }] },
    };
    const profile = { ...EMPTY_PROFILE, eligibility: { ...EMPTY_PROFILE.eligibility, languages: [{ language: 'German', level: 'B1' as const }] } };
    const root = mount({ layout: 'popup', services: fakeServices(jobs, { profile }) });
    await untilReady();
    const flagged = root.querySelector(`[data-job-id="${jobs[1]!.id}"]`)!;
    expect(byTestId(flagged, 'conflict-flag').textContent).toBe('⚠ Conflict: Requires German C1; your profile says B1');
    expect(root.querySelectorAll('[data-testid="conflict-flag"]')).toHaveLength(1);
    click(byTestId(flagged, 'job-title'));
    await vi.waitFor(() => expect(byTestId(root, 'conflict').textContent).toContain('The posting says: “Fluent German (C1) is required.”'));
    click(byTestId(root, 'hide-conflicts'));
    await vi.waitFor(() => expect(rowTitles(root)).toHaveLength(2));
    expect(rowTitles(root)).not.toContain(jobs[1]!.title);
    expect(byTestId(root, 'job-count').textContent).toBe('2 of 3 jobs');
  });

  it('says when no job matches the filters and clears them', async () => {
    const root = mount({ layout: 'popup', services: fakeServices(threeJobs()) });
    await untilReady();
    type(byTestId(root, 'search-input'), 'no such words anywhere');
    await vi.waitFor(() => expect(byTestId(root, 'no-matches').textContent).toContain('No saved job matches'));
    click(button(byTestId(root, 'no-matches'), 'Clear filters'));
    await vi.waitFor(() => expect(rowTitles(root)).toHaveLength(3));
    expect(byTestId<HTMLInputElement>(root, 'search-input').value).toBe('');
  });

  it('renders the first 100 of many jobs and shows more on request', async () => {
    const many = Array.from({ length: 250 }, (_, i) =>
      summary({ id: `job-${i}`, title: `Synthetic Role ${String(i).padStart(3, '0')}`, savedAt: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString() }),
    );
    const root = mount({ layout: 'popup', services: fakeServices(many) });
    await untilReady();
    await vi.waitFor(() => expect(rowTitles(root)).toHaveLength(100));
    expect(rowTitles(root)[0]).toBe('Synthetic Role 249');
    expect(byTestId(root, 'job-count').textContent).toBe('250 jobs');
    await vi.waitFor(() => expect(byTestId(root, 'show-more').textContent).toContain('150 not shown'));
    click(byTestId(root, 'show-more'));
    await vi.waitFor(() => expect(rowTitles(root)).toHaveLength(200));
    click(byTestId(root, 'show-more'));
    await vi.waitFor(() => expect(rowTitles(root)).toHaveLength(250));
    expect(root.querySelector('[data-testid="show-more"]')).toBeNull();
    // Every job is sorted, not only the first page: the oldest comes first by title.
    choose(byTestId(root, 'sort-select'), 'title');
    await vi.waitFor(() => expect(rowTitles(root)[0]).toBe('Synthetic Role 000'));
  });

  it('answers a new search on the dashboard with a screenful of rows, then fills in the page', async () => {
    const many = Array.from({ length: 250 }, (_, i) =>
      summary({ id: `job-${i}`, title: `Synthetic Role ${String(i).padStart(3, '0')}`, savedAt: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString() }),
    );
    const root = mount({ layout: 'dashboard', services: fakeServices(many) });
    await untilReady();
    await vi.waitFor(() => expect(rowTitles(root)).toHaveLength(100));
    // "role 1" matches the 133 numbers of 000–249 with a 1 in them, the newest Role 241.
    type(byTestId(root, 'search-input'), 'role 1');
    // The render that answers holds a screenful (24 rows), already filtered: checked before
    // any frame has passed, so before the page could have filled in.
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(byTestId(root, 'job-count').textContent).toBe('133 of 250 jobs');
    expect(rowTitles(root)).toHaveLength(24);
    expect(rowTitles(root)[0]).toBe('Synthetic Role 241');
    // ...and the rest of the first page follows within a few frames, with its Show more.
    await vi.waitFor(() => expect(rowTitles(root)).toHaveLength(100));
    await vi.waitFor(() => expect(byTestId(root, 'show-more').textContent).toContain('33 not shown'));
  });

  it('paints the newest jobs before the whole list is read, then sorts every job', async () => {
    const services = fakeServices(null);
    const root = mount({ layout: 'popup', services });
    await vi.waitFor(() => expect(services.watchCount()).toBe(1));
    const all = Array.from({ length: 150 }, (_, i) =>
      summary({ id: `job-${i}`, title: `Synthetic Role ${String(i).padStart(3, '0')}`, savedAt: new Date(Date.UTC(2025, 0, 1) + (150 - i) * 60_000).toISOString() }),
    );
    services.emitFirstPage(all.slice(0, 100), 150);
    await untilReady();
    await vi.waitFor(() => expect(rowTitles(root)).toHaveLength(100));
    expect(byTestId(root, 'job-count').textContent).toBe('150 jobs');
    expect(byTestId(root, 'show-more').textContent).toContain('50 not shown');
    // Another order needs every job: it waits for them rather than sort the first page.
    choose(byTestId(root, 'sort-select'), 'title');
    await vi.waitFor(() => expect(byTestId(root, 'loading')).toBeTruthy());
    expect(byTestId(root, 'job-count').textContent).toBe('Reading all 150 jobs…');
    expect(byTestId<HTMLSelectElement>(root, 'sort-select').value).toBe('title');
    services.emit([...all].reverse());
    await vi.waitFor(() => expect(rowTitles(root)[0]).toBe('Synthetic Role 000'));
  });

  it('paints the newest jobs while they are still being counted, then says how many there are', async () => {
    const services = fakeServices(null);
    const root = mount({ layout: 'popup', services });
    await vi.waitFor(() => expect(services.watchCount()).toBe(1));
    const newest = Array.from({ length: 30 }, (_, i) => summary({ id: `job-${i}`, title: `Synthetic Role ${i}` }));
    services.emitFirstPage(newest, null);
    await untilReady();
    await vi.waitFor(() => expect(rowTitles(root)).toHaveLength(30));
    expect(byTestId(root, 'job-count').textContent).toBe('Counting your jobs…');
    // How many are not shown is not known yet, so nothing offers to show them.
    expect(root.querySelector('[data-testid="show-more"]')).toBeNull();
    services.emitFirstPage(newest, 400);
    await vi.waitFor(() => expect(byTestId(root, 'job-count').textContent).toBe('400 jobs'));
    expect(byTestId(root, 'show-more').textContent).toContain('370 not shown');
  });

  it('shows a job saved elsewhere as soon as the live query delivers it', async () => {
    const services = fakeServices(threeJobs());
    const root = mount({ layout: 'popup', services });
    await untilReady();
    services.emit([summary({ id: 'job-new', title: 'Freshly Saved Role', savedAt: '2026-01-31T09:00:00.000Z' }), ...threeJobs()]);
    await vi.waitFor(() => expect(rowTitles(root)).toContain('Freshly Saved Role'));
    expect(byTestId(root, 'job-count').textContent).toBe('4 jobs');
  });
});

describe('JobsApp skill keys', () => {
  const aliasProfile = { ...EMPTY_PROFILE, skills: [{ name: 'Golang', level: 'expert' as const }] };
  const goJob = () => [summary({ id: 'job-go', title: 'Go Role', skills: { required: ['Go'], preferred: [], unrecognised: [], topics: [] } })];

  it('scores with names as written first, then with the dictionary once it has loaded', async () => {
    let load!: (key: (name: string) => string) => void;
    const loadSkillKey = vi.fn(() => new Promise<(name: string) => string>((resolve) => (load = resolve)));
    const services = fakeServices(goJob(), { profile: aliasProfile, overrides: { loadSkillKey } });
    const root = mount({ layout: 'popup', services });
    await untilReady();
    expect(byTestId(root, 'match-score').textContent).toMatch(/0%/);
    expect(loadSkillKey).toHaveBeenCalledOnce();
    // The dictionary folds "Golang" into Go: the same job now matches in full.
    load((name) => (name.trim().toLowerCase() === 'golang' ? 'go' : name.trim().toLowerCase()));
    await vi.waitFor(() => expect(byTestId(root, 'match-score').textContent).toMatch(/100%/));
  });

  it('asks for the dictionary only once the first rows are painted, not while they are', async () => {
    // Frames are held: the rows are in the DOM, but no frame has been painted yet.
    const frames: FrameRequestCallback[] = [];
    const raf = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((frame) => frames.push(frame));
    const loadSkillKey = vi.fn(async () => (name: string) => name.trim().toLowerCase());
    try {
      const root = mount({ layout: 'popup', services: fakeServices(goJob(), { overrides: { loadSkillKey } }) });
      await vi.waitFor(() => expect(rowTitles(root)).toEqual(['Go Role']));
      // Longer than Preact's own fallback for effects when no frame comes (35 ms).
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(loadSkillKey).not.toHaveBeenCalled();
    } finally {
      raf.mockRestore();
    }
    for (const frame of frames.splice(0)) frame(performance.now());
    await untilReady();
    await vi.waitFor(() => expect(loadSkillKey).toHaveBeenCalledOnce());
  });
});

describe('JobsApp states', () => {
  it('explains how to save a first job when there is none, and is ready', async () => {
    const services = fakeServices([], { overrides: { findPostingOnPage: vi.fn(async () => {}) } });
    const root = mount({ layout: 'popup', services });
    await untilReady();
    const empty = byTestId(root, 'empty-state');
    expect(empty.textContent).toContain('No saved jobs yet');
    expect(empty.textContent).toContain('Save');
    expect(empty.textContent).toMatch(/Alt\s*\+\s*Shift\s*\+\s*S/);
    expect(empty.textContent).toContain('right-click');
    click(button(empty, 'Find a posting on this page'));
    expect(services.findPostingOnPage).toHaveBeenCalledOnce();
  });

  it('says when a known site’s page read as nothing, and copies a diagnostic without page text', async () => {
    const copyText = vi.fn(async (_text: string) => {});
    const pageStatus = vi.fn(async () => ({
      url: 'https://www.linkedin.com/jobs/view/4012345678/',
      site: { id: 'linkedin', label: 'LinkedIn' },
      state: 'no-posting' as const,
      waitedMs: 40,
      signals: { 'job id in the address': true, '"About the job" heading': false, '/company/ link': true },
    }));
    const root = mount({ layout: 'popup', services: fakeServices([], { overrides: { pageStatus, copyText, version: '1.2.3' } }) });
    await untilReady();
    await vi.waitFor(() => expect(byTestId(root, 'page-problem').textContent).toContain('This LinkedIn page changed; Find a posting on this page still works.'));
    click(button(byTestId(root, 'page-problem'), 'Copy diagnostic'));
    await vi.waitFor(() => expect(copyText).toHaveBeenCalledOnce());
    expect(JSON.parse(copyText.mock.calls[0]![0])).toEqual({
      jobmark: '1.2.3',
      url: 'https://www.linkedin.com/jobs/view/4012345678/',
      adapter: 'linkedin',
      state: 'no-posting',
      waitedMs: 40,
      missing: ['"About the job" heading'],
      found: ['job id in the address', '/company/ link'],
    });
    await vi.waitFor(() => expect(byTestId(root, 'page-problem').textContent).toContain('Diagnostic copied'));
  });

  it.each([
    ['a posting with its badge', { site: { id: 'lever', label: 'Lever' }, state: 'badge' as const }],
    ['a results page', { site: null, state: 'listing' as const }],
    ['a page of no known site', { site: null, state: 'no-posting' as const }],
  ])('says nothing about %s', async (_what, status) => {
    const pageStatus = vi.fn(async () => ({ url: 'https://example.com/', waitedMs: 0, signals: {}, ...status }));
    const root = mount({ layout: 'popup', services: fakeServices([], { overrides: { pageStatus, copyText: async () => {} } }) });
    await untilReady();
    await vi.waitFor(() => expect(pageStatus).toHaveBeenCalled());
    expect(root.querySelector('[data-testid="page-problem"]')).toBeNull();
  });

  it('shows a storage failure in the user’s words and tries again on request', async () => {
    const services = fakeServices(null);
    const root = mount({ layout: 'popup', services });
    await vi.waitFor(() => expect(services.watchCount()).toBe(1));
    services.fail(new StorageError('unavailable', 'Your browser would not open the saved-jobs database.'));
    await vi.waitFor(() =>
      expect(byTestId(root, 'load-error').textContent).toContain('Your browser would not open the saved-jobs database.'),
    );
    click(button(byTestId(root, 'load-error'), 'Try again'));
    await vi.waitFor(() => expect(services.watchCount()).toBe(2));
  });

  it('keeps the list and shows the failure when a later read fails', async () => {
    const services = fakeServices(threeJobs());
    const root = mount({ layout: 'popup', services });
    await untilReady();
    services.fail(new StorageError('closed', 'The saved-jobs database was closed by the browser.'));
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toContain('closed by the browser'));
    expect(rowTitles(root)).toHaveLength(3);
  });

  it('asks for a skill profile when it is empty, and says why rows have no score', async () => {
    const services = fakeServices(threeJobs(), { profile: EMPTY_PROFILE });
    const root = mount({ layout: 'popup', services });
    await untilReady();
    expect(root.querySelector('[data-testid="job-row"]')?.textContent).toContain('No score: set up your profile');
    click(button(byTestId(root, 'profile-hint'), 'Set up your skill profile'));
    expect(services.openOptions).toHaveBeenCalledOnce();
  });

  it('says a posting without skills cannot be scored', async () => {
    const bare = summary({ skills: { required: [], preferred: [], unrecognised: [], topics: [] }, skillGroups: [] });
    const root = mount({ layout: 'popup', services: fakeServices([bare]) });
    await untilReady();
    expect(root.querySelector('[data-testid="job-row"]')?.textContent).toContain('No score: posting names no skills');
  });
});

describe('JobsApp per-job actions', () => {
  it('opens the posting in a new tab, never a script address', async () => {
    const services = fakeServices([
      summary({ id: 'web', url: 'https://jobs.example.test/web' }),
      summary({ id: 'script', url: 'javascript:alert(1)', savedAt: '2025-01-01T00:00:00.000Z' }),
    ]);
    const root = mount({ layout: 'popup', services });
    await untilReady();
    const [web, script] = root.querySelectorAll('[data-testid="job-row"]');
    click(byTestId(web!, 'open-button'));
    expect(services.openPosting).toHaveBeenCalledWith('https://jobs.example.test/web');
    expect(script!.querySelector('[data-testid="open-button"]')).toBeNull();
  });

  it('changes the status and says it was saved', async () => {
    const services = fakeServices(threeJobs());
    const root = mount({ layout: 'popup', services });
    await untilReady();
    click(byTestId(root.querySelector('[data-job-id="job-a"]')!, 'job-title'));
    const status = await vi.waitFor(() => byTestId<HTMLSelectElement>(root, 'status-select'));
    choose(status, 'interviewing');
    expect(services.updateUserFields).toHaveBeenCalledWith('job-a', { status: 'interviewing' });
    await vi.waitFor(() => expect(byTestId(root, 'write-status').textContent).toBe('Saved'));
  });

  it('saves the note when the field is left, and shows why a save failed', async () => {
    const services = fakeServices(threeJobs(), {
      overrides: { updateUserFields: vi.fn(async () => Promise.reject(new Error('quota exceeded'))) },
    });
    const root = mount({ layout: 'popup', services });
    await untilReady();
    click(byTestId(root.querySelector('[data-job-id="job-a"]')!, 'job-title'));
    const note = await vi.waitFor(() => byTestId<HTMLTextAreaElement>(root, 'note-input'));
    type(note, 'Call back on Monday');
    note.dispatchEvent(new FocusEvent('blur'));
    expect(services.updateUserFields).toHaveBeenCalledWith('job-a', { note: 'Call back on Monday' });
    await vi.waitFor(() => expect(byTestId(root, 'write-status').textContent).toBe('Not saved: quota exceeded'));
  });

  it('shows the match explanation in the opened detail', async () => {
    const root = mount({ layout: 'popup', services: fakeServices(threeJobs()) });
    await untilReady();
    const second = byTestId<HTMLButtonElement>(root.querySelector('[data-job-id="job-b"]')!, 'job-title');
    expect(second.getAttribute('aria-expanded')).toBe('false');
    click(second);
    await vi.waitFor(() => expect(second.getAttribute('aria-expanded')).toBe('true'));
    const detail = root.querySelector('.jm-detail')!;
    expect(detail.textContent).toContain('Python — not in your profile');
    expect(detail.textContent).toContain('Go (expert)');
  });

  it('deletes with an Undo that puts the same record back', async () => {
    const services = fakeServices(threeJobs());
    const root = mount({ layout: 'popup', services });
    await untilReady();
    click(byTestId(root.querySelector('[data-job-id="job-b"]')!, 'delete-button'));
    expect(services.deleteJob).toHaveBeenCalledWith('job-b');
    const toast = await vi.waitFor(() => byTestId(root, 'undo-toast'));
    expect(toast.textContent).toContain('Deleted “Data Gadget Analyst”');
    click(byTestId(toast, 'undo-button'));
    await vi.waitFor(() => expect(services.restoreJob).toHaveBeenCalledOnce());
    expect(vi.mocked(services.restoreJob).mock.calls[0]![0]).toMatchObject({ id: 'job-b', title: 'Data Gadget Analyst' });
    await vi.waitFor(() => expect(root.querySelector('[data-testid="undo-toast"]')).toBeNull());
  });

  it('moves focus to Undo when Delete was pressed from the keyboard', async () => {
    const root = mount({ layout: 'popup', services: fakeServices(threeJobs()) });
    await untilReady();
    click(byTestId(root, 'delete-button'), { detail: 0 });
    await vi.waitFor(() => expect(document.activeElement).toBe(byTestId(root, 'undo-button')));
  });

  it('shows a failed deletion instead of hiding it', async () => {
    const services = fakeServices(threeJobs(), {
      overrides: { deleteJob: vi.fn(async () => Promise.reject(new Error('database closed'))) },
    });
    const root = mount({ layout: 'popup', services });
    await untilReady();
    click(byTestId(root, 'delete-button'));
    await vi.waitFor(() => expect(byTestId(root, 'action-error').textContent).toContain('Not deleted: database closed'));
  });
});

describe('JobsApp comparison', () => {
  it('compares the ticked jobs side by side and goes back to the list', async () => {
    const root = mount({ layout: 'popup', services: fakeServices(threeJobs()) });
    await untilReady();
    const compare = byTestId<HTMLButtonElement>(root, 'compare-button');
    expect(compare.disabled).toBe(true);
    click(byTestId(root.querySelector('[data-job-id="job-a"]')!, 'compare-checkbox'));
    click(byTestId(root.querySelector('[data-job-id="job-c"]')!, 'compare-checkbox'));
    await vi.waitFor(() => expect(byTestId(root, 'compare-button').textContent).toBe('Compare 2 jobs'));
    click(byTestId(root, 'compare-button'));
    const panel = await vi.waitFor(() => byTestId(root, 'compare-panel'));
    expect(panel.textContent).toContain('Comparing 2 jobs');
    expect(panel.textContent).toContain('Backend Widget Engineer');
    expect(panel.textContent).toContain('Cloud Sprocket Lead');
    expect(panel.textContent).not.toContain('Data Gadget Analyst');
    click(byTestId(panel, 'back-to-list'));
    await vi.waitFor(() => expect(rowTitles(root)).toHaveLength(3));
    expect(byTestId(root, 'compare-button').textContent).toBe('Compare 2 jobs');
  });

  it('keeps the list under the comparison, hidden, and brings the same rows back (so its scroll position too)', async () => {
    const root = mount({ layout: 'dashboard', services: fakeServices(threeJobs()) });
    await untilReady();
    const row = root.querySelector('[data-job-id="job-a"]')!;
    click(byTestId(row, 'compare-checkbox'));
    click(byTestId(root.querySelector('[data-job-id="job-b"]')!, 'compare-checkbox'));
    await vi.waitFor(() => expect(byTestId(root, 'compare-button').textContent).toBe('Compare 2 jobs'));
    click(byTestId(root, 'compare-button'));
    const panel = await vi.waitFor(() => byTestId(root, 'compare-panel'));
    expect(row.closest<HTMLElement>('.jm-list-view')!.hidden).toBe(true);
    click(byTestId(panel, 'back-to-list'));
    await vi.waitFor(() => expect(root.querySelector('[data-testid="compare-panel"]')).toBeNull());
    expect(row.closest<HTMLElement>('.jm-list-view')!.hidden).toBe(false);
    expect(root.querySelector('[data-job-id="job-a"]')).toBe(row);
  });

  it('shows, back from the comparison, a job saved while the list was hidden', async () => {
    const services = fakeServices(threeJobs());
    const root = mount({ layout: 'dashboard', services });
    await untilReady();
    click(byTestId(root.querySelector('[data-job-id="job-a"]')!, 'compare-checkbox'));
    click(byTestId(root.querySelector('[data-job-id="job-b"]')!, 'compare-checkbox'));
    await vi.waitFor(() => expect(byTestId(root, 'compare-button').textContent).toBe('Compare 2 jobs'));
    click(byTestId(root, 'compare-button'));
    const panel = await vi.waitFor(() => byTestId(root, 'compare-panel'));
    // Saved in another tab while the comparison is open: the hidden list does not redraw...
    services.emit([summary({ id: 'job-new', title: 'Freshly Saved Role', savedAt: '2026-01-31T09:00:00.000Z' }), ...threeJobs()]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(rowTitles(root)).not.toContain('Freshly Saved Role');
    // ...and shows it the moment the list is back.
    click(byTestId(panel, 'back-to-list'));
    await vi.waitFor(() => expect(rowTitles(root)[0]).toBe('Freshly Saved Role'));
    expect(byTestId(root, 'job-count').textContent).toBe('4 jobs');
  });

  it('starts on the comparison the dashboard was opened with', async () => {
    const root = mount({ layout: 'dashboard', services: fakeServices(threeJobs()), initialCompareIds: ['job-b', 'job-c'] });
    const panel = await vi.waitFor(() => byTestId(root, 'compare-panel'));
    expect(panel.textContent).toContain('Comparing 2 jobs');
  });

  it('offers the dashboard for a comparison of many jobs in the popup', async () => {
    const services = fakeServices(threeJobs());
    const root = mount({ layout: 'popup', services });
    await untilReady();
    for (const box of root.querySelectorAll('[data-testid="compare-checkbox"]')) click(box);
    await vi.waitFor(() => expect(byTestId(root, 'compare-button').textContent).toBe('Compare 3 jobs'));
    click(byTestId(root, 'compare-button'));
    click(await vi.waitFor(() => byTestId(root, 'compare-in-dashboard')));
    expect(services.openDashboard).toHaveBeenCalledWith(['job-b', 'job-a', 'job-c']);
  });
});

describe('JobsApp layouts', () => {
  it('gives the dashboard more columns than the popup', async () => {
    const popup = mount({ layout: 'popup', services: fakeServices(threeJobs()) });
    const dashboard = mount({ layout: 'dashboard', services: fakeServices(threeJobs()) });
    await vi.waitFor(() => expect(rowTitles(dashboard)).toHaveLength(3));
    await vi.waitFor(() => expect(rowTitles(popup)).toHaveLength(3));
    const headers = (root: HTMLElement) => [...root.querySelectorAll('th')].map((th) => th.textContent);
    expect(headers(dashboard)).toEqual(expect.arrayContaining(['Location', 'Years', 'Status', 'Saved']));
    expect(headers(popup)).not.toContain('Years');
    expect(popup.querySelector('[data-testid="open-dashboard"]')).not.toBeNull();
    expect(dashboard.querySelector('[data-testid="open-dashboard"]')).toBeNull();
  });

  it('puts the posting’s salary words in a tooltip that is also the salary’s description', async () => {
    const euro = summary({ id: 'eur', salary: salary({ currency: 'EUR', min: 60_000, max: 70_000, text: '€60k–€70k brutto' }) });
    const root = mount({ layout: 'popup', services: fakeServices([euro, ...threeJobs()]) });
    await untilReady();
    const cell = byTestId(root.querySelector('[data-job-id="eur"]')!, 'salary');
    expect(cell.textContent).toContain('≈');
    expect(cell.getAttribute('tabindex')).toBe('0');
    const tip = root.querySelector(`[id="${cell.getAttribute('aria-describedby')}"]`);
    expect(tip?.getAttribute('role')).toBe('tooltip');
    expect(tip?.textContent).toContain('€60k–€70k brutto');
  });
});
