// @vitest-environment happy-dom
import { h } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ProfileSkill } from '../../core/profile';
import { button, change, click, field, mount, pressEnter, type, unmountAll } from '../../../test/support/options-test-kit';
import { SkillsSection, type SkillsSectionProps } from './skills-section';

afterEach(unmountAll);

const SKILLS: ProfileSkill[] = [
  { name: 'Go', level: 'expert' },
  { name: 'Kubernetes', level: 'learning' },
];

function show(overrides: Partial<SkillsSectionProps> = {}) {
  const p: SkillsSectionProps = {
    skills: SKILLS,
    suggest: vi.fn((text: string) => (text.toLowerCase().startsWith('post') ? ['PostgreSQL', 'Postman'] : [])),
    onAdd: vi.fn(),
    onRemove: vi.fn(),
    onLevel: vi.fn(),
    ...overrides,
  };
  return { root: mount(h(SkillsSection, p)), p };
}

describe('SkillsSection', () => {
  it('lists the skills with their levels', () => {
    const { root } = show();
    expect([...root.querySelectorAll('.skill-name')].map((s) => s.textContent)).toEqual(['Go', 'Kubernetes']);
    expect(field(root, 'Level of Kubernetes').value).toBe('learning');
  });

  it('suggests dictionary names as the user types, and adds with Enter at the chosen level', () => {
    const { root, p } = show();
    const input = field(root, 'Skill');
    type(input, 'post');
    expect([...root.querySelectorAll('datalist option')].map((o) => o.getAttribute('value'))).toEqual(['PostgreSQL', 'Postman']);
    change(field(root, 'Level'), 'learning');
    type(input, 'PostgreSQL');
    pressEnter(input);
    expect(p.onAdd).toHaveBeenCalledExactlyOnceWith('PostgreSQL', 'learning');
    expect(input.value).toBe('');
  });

  it('changes a level and removes a skill', () => {
    const { root, p } = show();
    change(field(root, 'Level of Go'), 'working');
    expect(p.onLevel).toHaveBeenCalledExactlyOnceWith('Go', 'working');
    click(button(root, 'Remove Kubernetes'));
    expect(p.onRemove).toHaveBeenCalledExactlyOnceWith('Kubernetes');
  });

  it('adds nothing for an empty field, and says when the profile is empty', () => {
    const { root, p } = show({ skills: [] });
    click(button(root, 'Add'));
    expect(p.onAdd).not.toHaveBeenCalled();
    expect(root.textContent).toContain('No skills yet.');
  });
});
