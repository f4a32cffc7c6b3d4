// @vitest-environment happy-dom
import { h, render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MatchResult } from '../../compare/match-result';
import type { Salary } from '../../core/job';
import { Badge, type BadgeProps } from './badge';

const NOW = new Date('2025-03-10T12:00:00Z');

function match(overrides: Partial<MatchResult> = {}): MatchResult {
  const empty = { matched: [], missing: [], groups: [] };
  return {
    score: 78,
    noScoreReason: null,
    required: empty,
    preferred: empty,
    missingRequired: ['Kafka', 'gRPC'],
    counts: { requiredMatched: 7, requiredTotal: 9, preferredMatched: 1, preferredTotal: 2 },
    ...overrides,
  };
}

const SALARY: Salary = {
  min: 50,
  max: 60,
  currency: 'USD',
  period: 'hour',
  kind: 'base',
  origin: 'employer',
  text: '$50–60 an hour', alternatives: [],
};

function props(overrides: Partial<BadgeProps> = {}): BadgeProps {
  return {
    job: {
      title: 'Synthetic Platform Engineer',
      salary: SALARY,
      experience: { minYears: 5, maxYears: null, text: 'five or more years' },
      workplace: 'remote',
    },
    match: match(),
    save: { status: 'idle' },
    now: NOW,
    collapsed: false,
    corner: 'bottom-right',
    highlightsOn: true,
    onSave: vi.fn(),
    onToggleCollapsed: vi.fn(),
    onMove: vi.fn(),
    onTurnOffSite: vi.fn(),
    onToggleHighlights: vi.fn(),
    onOpenOptions: vi.fn(),
    ...overrides,
  };
}

let host: HTMLElement;

function show(p: BadgeProps): HTMLElement {
  host = document.createElement('div');
  document.body.appendChild(host);
  render(h(Badge, p), host);
  return host;
}

function button(root: HTMLElement, text: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((b) => b.textContent?.includes(text));
  if (!found) throw new Error(`no button "${text}" in: ${root.textContent}`);
  return found;
}

function click(el: Element) {
  el.dispatchEvent(new MouseEvent('click', { bubbles: true }));
}

afterEach(() => {
  render(null, host);
  host.remove();
});

describe('Badge content', () => {
  it('shows the title, the match counts and the missing skills by name', () => {
    const root = show(props());
    expect(root.textContent).toContain('Synthetic Platform Engineer');
    expect(root.textContent).toContain('78% match');
    expect(root.textContent).toContain('7 of 9 required skills');
    expect(root.textContent).toContain('1 of 2 nice-to-have skills');
    expect(root.querySelector('.jm-missing')?.textContent).toBe('Missing: Kafka, gRPC');
  });

  it('shows the salary as written and per year, the years asked and the workplace', () => {
    const text = show(props()).textContent;
    expect(text).toContain('$50–60 an hour');
    expect(text).toContain('$104,000–$124,800 a year');
    expect(text).toContain('5+ years');
    expect(text).toContain('Remote');
  });

  it.each<[string, Partial<Salary>, string[]]>([
    ['a board estimate', { origin: 'estimate' }, ['estimate']],
    ['on-target earnings', { kind: 'ote' }, ['OTE']],
    ['both', { origin: 'estimate', kind: 'ote' }, ['estimate', 'OTE']],
    ['an employer base salary', {}, []],
  ])('marks %s', (_name, salary, tags) => {
    const p = props();
    const root = show({ ...p, job: { ...p.job, salary: { ...SALARY, ...salary } } });
    expect([...root.querySelectorAll('.jm-tag')].map((t) => t.textContent)).toEqual(tags);
  });

  it('says when the posting gives no salary', () => {
    const p = props();
    expect(show({ ...p, job: { ...p.job, salary: null } }).textContent).toContain('Not stated');
  });

  it('asks for a skill profile, with a way to set it up, when the profile is empty', () => {
    const onOpenOptions = vi.fn();
    const root = show(props({ match: match({ score: null, noScoreReason: 'empty-profile' }), onOpenOptions }));
    expect(root.textContent).not.toContain('required skills');
    click(button(root, 'Set up your skill profile'));
    expect(onOpenOptions).toHaveBeenCalledOnce();
  });

  it('says so when the posting names no skills', () => {
    const root = show(props({ match: match({ score: null, noScoreReason: 'no-job-skills' }) }));
    expect(root.textContent).toContain('No skills recognised in this posting');
  });

  it('renders a hostile title as text: no element is created from it', () => {
    const p = props();
    const title = '<img src=x onerror=alert(1)>';
    const root = show({ ...p, job: { ...p.job, title, salary: { ...SALARY, text: '<b>$1</b>' } } });
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
    expect(root.querySelector('.jm-title')?.textContent).toBe(title);
    expect(root.querySelector('.jm-salary-text')?.textContent).toBe('<b>$1</b>');
  });
});

describe('Badge save states', () => {
  it.each<[string, BadgeProps['save'], string, string, boolean]>([
    ['idle', { status: 'idle' }, 'Save', '', true],
    ['saving', { status: 'saving' }, 'Saving…', 'Saving…', false],
    ['saved', { status: 'saved', savedAt: '2025-03-10T11:55:00Z' }, 'Saved', 'Saved 5 min ago', false],
    ['error', { status: 'error', message: 'storage is full' }, 'Try again', 'Not saved: storage is full', true],
  ])('%s', (_name, save, buttonText, status, clickable) => {
    const onSave = vi.fn();
    const root = show(props({ save, onSave }));
    const saveButton = root.querySelector('.jm-save button')!;
    expect(saveButton.textContent).toBe(buttonText);
    const live = root.querySelector('[aria-live="polite"]')!;
    expect(live.textContent).toBe(status);
    click(saveButton);
    expect(onSave).toHaveBeenCalledTimes(clickable ? 1 : 0);
    expect(saveButton.getAttribute('aria-disabled')).toBe(String(!clickable));
  });

  it('marks an error as an error', () => {
    const root = show(props({ save: { status: 'error', message: 'x' } }));
    expect(root.querySelector('.jm-status')?.classList.contains('jm-error')).toBe(true);
  });
});

describe('Badge controls', () => {
  it.each<[boolean, string, boolean]>([
    [false, 'true', true],
    [true, 'false', false],
  ])('collapsed=%s: aria-expanded=%s, a click asks for the other state', (collapsed, expanded, next) => {
    const onToggleCollapsed = vi.fn();
    const root = show(props({ collapsed, onToggleCollapsed }));
    const toggle = root.querySelector('[aria-expanded]')!;
    expect(toggle.getAttribute('aria-expanded')).toBe(expanded);
    expect((root.querySelector('#jm-body') as HTMLElement).hidden).toBe(collapsed);
    click(toggle);
    expect(onToggleCollapsed).toHaveBeenCalledWith(next);
  });

  it.each<[BadgeProps['corner'], BadgeProps['corner']]>([
    ['top-right', 'bottom-right'],
    ['bottom-right', 'bottom-left'],
    ['bottom-left', 'top-left'],
    ['top-left', 'top-right'],
  ])('sits in the %s corner and moves to the %s one', (corner, next) => {
    const onMove = vi.fn();
    const root = show(props({ corner, onMove }));
    expect(root.querySelector('.jm-badge')?.classList.contains(`jm-${corner}`)).toBe(true);
    const move = root.querySelector(`[aria-label="Move to the ${next.replace('-', ' ')} corner"]`)!;
    click(move);
    expect(onMove).toHaveBeenCalledWith(next);
  });

  it.each([true, false])('highlights on=%s: aria-pressed, and a click asks for the other', (on) => {
    const onToggleHighlights = vi.fn();
    const root = show(props({ highlightsOn: on, onToggleHighlights }));
    const toggle = button(root, 'Highlight skills');
    expect(toggle.getAttribute('aria-pressed')).toBe(String(on));
    click(toggle);
    expect(onToggleHighlights).toHaveBeenCalledWith(!on);
  });

  it('turns itself off on this site', () => {
    const onTurnOffSite = vi.fn();
    click(button(show(props({ onTurnOffSite })), 'Turn off on this site'));
    expect(onTurnOffSite).toHaveBeenCalledOnce();
  });

  it('every control is a real button', () => {
    const root = show(props());
    const controls = root.querySelectorAll('button');
    expect(controls.length).toBeGreaterThanOrEqual(5);
    for (const control of controls) expect(control.getAttribute('type')).toBe('button');
    expect(root.querySelectorAll('[onclick], a:not([href])')).toHaveLength(0);
  });
});

describe('badge topics', () => {
  it('shows the competencies and domains apart from the skills, as text', () => {
    const p = props();
    const root = show({ ...p, job: { ...p.job, skills: { topics: ['Software architecture', 'Code review'] } } });
    expect(root.querySelector('.jm-topics')?.textContent).toBe('Software architecture, Code review');
    expect(show({ ...p, job: { ...p.job, skills: { topics: [] } } }).querySelector('.jm-topics')).toBeNull();
  });
});

describe('Badge: deal-breaker conflicts', () => {
  const conflict = {
    kind: 'language' as const,
    message: 'Requires German C1; your profile says B1',
    sentence: '<b>Fließend Deutsch</b> (C1) ist Pflicht.',
  };

  it('counts them in the header, seen while collapsed, and leaves the match score alone', () => {
    const root = show(props({ conflicts: [conflict], collapsed: true }));
    expect(root.querySelector('.jm-toggle')!.textContent).toBe('Jobmark78% match⚠ 1 conflict');
  });

  it('lists each with the posting’s sentence, as text', () => {
    const root = show(props({ conflicts: [conflict, { ...conflict, kind: 'office-days', message: 'Asks for 3 days a week in the office; your profile says at most 2 days' }] }));
    const items = [...root.querySelectorAll('[data-testid="conflict"]')].map((li) => li.textContent);
    expect(items).toEqual([
      'Requires German C1; your profile says B1. The posting says: “<b>Fließend Deutsch</b> (C1) ist Pflicht.”',
      'Asks for 3 days a week in the office; your profile says at most 2 days. The posting says: “<b>Fließend Deutsch</b> (C1) ist Pflicht.”',
    ]);
    expect(root.querySelector('b')).toBeNull();
    expect(root.querySelector('.jm-toggle')!.textContent).toContain('2 conflicts');
  });

  it('shows nothing of the kind when there is none', () => {
    const root = show(props({ conflicts: [] }));
    expect(root.querySelector('[data-testid="conflict-flags"]')).toBeNull();
    expect(root.textContent).not.toContain('conflict');
  });
});

describe('Badge on a saved posting that changed or closed', () => {
  const changes = [
    { field: 'salary' as const, before: '€80K–€95K a year', after: '€85K–€105K a year' },
    { field: 'required' as const, before: 'Go', after: 'Go, <img src=x onerror=alert(1)>' },
  ];

  it('says what changed, as text, and offers to update the saved job', () => {
    const onSave = vi.fn();
    const root = show(props({ changes, save: { status: 'saved', savedAt: '2025-03-01T12:00:00Z' }, onSave }));
    const list = root.querySelector('[data-testid="badge-changes"]')!;
    expect(list.textContent).toContain('Changed since you saved it:');
    expect([...list.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Salary: €80K–€95K a year → €85K–€105K a year',
      'Required skills: Go → Go, <img src=x onerror=alert(1)>',
    ]);
    expect(root.querySelector('img')).toBeNull();
    const update = button(root, 'Update saved job');
    expect(update.getAttribute('aria-disabled')).toBe('false');
    expect(root.textContent).toContain('updating keeps the old version in its history');
    click(update);
    expect(onSave).toHaveBeenCalledTimes(1);
  });

  it('a saved posting that did not change cannot be saved twice', () => {
    const onSave = vi.fn();
    const root = show(props({ changes: [], save: { status: 'saved', savedAt: '2025-03-01T12:00:00Z' }, onSave }));
    click(button(root, 'Saved'));
    expect(onSave).not.toHaveBeenCalled();
    expect(root.querySelector('[data-testid="badge-changes"]')).toBeNull();
  });

  it('says a closed posting is closed, in the header too', () => {
    const root = show(props({ closed: { seenAt: '2025-03-10T00:00:00Z', reason: 'No longer accepting applications' }, collapsed: true }));
    expect(root.querySelector('.jm-toggle')?.textContent).toContain('Closed');
    expect(root.querySelector('[data-testid="badge-closed"]')?.textContent).toBe('Closed: No longer accepting applications');
  });
});
