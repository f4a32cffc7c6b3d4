// @vitest-environment happy-dom
import { h } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ProfileSkill } from '../../core/profile';
import { button, change, click, field, hasButton, mount, settle, setChecked, statusText, type, unmountAll } from '../../../test/support/options-test-kit';
import { ResumeSection } from './resume-section';

const RESUME = 'Analyst at Example Orchards. Daily work in Python and SQL; charts drawn in Tableau. Python scripts for SQL exports.';

afterEach(unmountAll);

function show(profileSkills: string[] = [], onAdd = vi.fn<(skills: ProfileSkill[]) => Promise<void>>().mockResolvedValue()) {
  const root = mount(h(ResumeSection, { profileSkills, onAdd }));
  const find = (text: string) => {
    type(field(root, 'Paste your résumé (text)'), text);
    click(button(root, 'Find skills'));
  };
  return { root, onAdd, find };
}

const offered = (root: HTMLElement) => [...root.querySelectorAll('.found-skills li')].map((li) => li.textContent);

describe('ResumeSection', () => {
  it('offers the skills found, checked, at "working", with how often each is mentioned', () => {
    const { root, onAdd, find } = show(['Tableau']);
    find(RESUME);
    expect(offered(root)).toEqual([
      expect.stringMatching(/^Python.*mentioned 2 times/),
      expect.stringMatching(/^SQL.*mentioned 2 times/),
    ]);
    expect(field(root, 'Python').checked).toBe(true);
    expect(field(root, 'Level to add SQL at').value).toBe('working');
    expect(statusText(root)).toContain('Found 2 new skills (and 1 already in your profile)');
    // Finding is not adding.
    expect(onAdd).not.toHaveBeenCalled();
  });

  it('adds only the confirmed skills, at the levels chosen', async () => {
    const { root, onAdd, find } = show();
    find(RESUME);
    setChecked(field(root, 'Tableau'), false);
    change(field(root, 'Level to add Python at'), 'expert');
    click(button(root, 'Add 2 skills'));
    await settle();
    expect(onAdd).toHaveBeenCalledExactlyOnceWith([
      { name: 'Python', level: 'expert' },
      { name: 'SQL', level: 'working' },
    ]);
    expect(statusText(root)).toContain('Added 2 skills to your profile.');
    expect(offered(root)).toEqual([]);
  });

  it('adds nothing on Cancel, and says so', () => {
    const { root, onAdd, find } = show();
    find(RESUME);
    click(button(root, 'Cancel'));
    expect(onAdd).not.toHaveBeenCalled();
    expect(offered(root)).toEqual([]);
    expect(statusText(root)).toContain('Nothing was added.');
  });

  it('cannot add when every skill is unticked', () => {
    const { root, onAdd, find } = show();
    find(RESUME);
    click(button(root, 'Select none'));
    const add = button(root, 'Add 0 skills');
    expect(add.disabled).toBe(true);
    click(add);
    expect(onAdd).not.toHaveBeenCalled();
  });

  it.each([
    ['no skill is named', 'Ten years of gardening and beekeeping.', [], 'No skills found in this text.'],
    ['every skill named is held', 'Python and SQL.', ['Python', 'SQL'], 'No new skills: the 2 skills it names are already in your profile.'],
    ['nothing was pasted', '   ', [], 'Paste the text of your résumé first.'],
  ])('says so plainly when %s', (_case, text, held, message) => {
    const { root, find } = show(held);
    find(text);
    expect(statusText(root)).toContain(message);
    expect(hasButton(root, /^Add \d/)).toBe(false);
  });

  it('shows why adding failed and keeps the checklist for another try', async () => {
    const onAdd = vi.fn<(skills: ProfileSkill[]) => Promise<void>>().mockRejectedValue(new Error('storage is full'));
    const { root, find } = show([], onAdd);
    find(RESUME);
    click(button(root, 'Add 3 skills'));
    await settle();
    expect(statusText(root)).toContain('Not saved: storage is full');
    expect(offered(root)).toHaveLength(3);
  });

  it('shows skill names found in hostile text as text only', () => {
    const { root, find } = show();
    find('<img src=x onerror=alert(1)> Python');
    expect(root.querySelector('img')).toBeNull();
    expect(offered(root)).toEqual([expect.stringMatching(/^Python/)]);
  });
});
