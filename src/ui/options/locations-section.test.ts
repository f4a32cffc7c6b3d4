// @vitest-environment happy-dom
import { h } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LocationsSection } from './locations-section';
import { button, click, field, mount, pressEnter, rerender, settle, statusText, type, unmountAll } from '../../../test/support/options-test-kit';

afterEach(unmountAll);

function show(locations: string[], onChange = vi.fn<(next: string[]) => Promise<void>>().mockResolvedValue()) {
  const root = mount(h(LocationsSection, { locations, onChange }));
  return { root, onChange };
}

const chips = (root: HTMLElement) => [...root.querySelectorAll('.chip span')].map((c) => c.textContent);

describe('LocationsSection', () => {
  it('shows each place as a chip with its own remove button', () => {
    const { root } = show(['Lisbon', 'EU']);
    expect(chips(root)).toEqual(['Lisbon', 'EU']);
    expect(button(root, 'Remove EU').tagName).toBe('BUTTON');
  });

  it('adds a place with Enter, tidied, and empties the field', async () => {
    const { root, onChange } = show(['Lisbon']);
    const input = field(root, 'Add a place');
    type(input, '  Porto   Norte ');
    pressEnter(input);
    await settle();
    expect(onChange).toHaveBeenCalledExactlyOnceWith(['Lisbon', 'Porto Norte']);
    expect(input.value).toBe('');
    expect(statusText(root)).toContain('Added Porto Norte.');
  });

  it('removes a place from the keyboard and keeps focus in the section', async () => {
    const { root, onChange } = show(['Lisbon', 'EU', 'Remote']);
    const remove = button(root, 'Remove EU');
    remove.focus();
    click(remove); // Enter or Space on a focused button is a click
    await settle();
    expect(onChange).toHaveBeenCalledExactlyOnceWith(['Lisbon', 'Remote']);
    expect(document.activeElement).toBe(field(root, 'Add a place'));
  });

  it.each([
    ['an empty place', ['Lisbon'], '   ', 'Type a place first.'],
    ['a place already listed, in another case', ['Lisbon'], 'lisbon', 'lisbon is already in the list.'],
    ['a 51st place', Array.from({ length: 50 }, (_, i) => `Town ${i}`), 'Town 50', 'The list holds at most 50 places. Remove one first.'],
    ['an over-long place', [], 'x'.repeat(201), 'A place can be at most 200 characters.'],
  ])('refuses %s with the reason next to the field', (_case, locations, typed, message) => {
    const { root, onChange } = show(locations);
    const input = field(root, 'Add a place');
    type(input, typed);
    click(button(root, 'Add place'));
    expect(onChange).not.toHaveBeenCalled();
    expect(root.querySelector(`#${input.getAttribute('aria-describedby')}`)?.textContent).toBe(message);
  });

  it('says when there are no places, and shows them as they change elsewhere', () => {
    const { root, onChange } = show([]);
    expect(root.textContent).toContain('No places yet.');
    rerender(root, h(LocationsSection, { locations: ['Remote'], onChange }));
    expect(chips(root)).toEqual(['Remote']);
  });

  it('keeps what was typed, and says why, when saving fails', async () => {
    const { root } = show([], vi.fn().mockRejectedValue(new Error('storage unavailable')));
    type(field(root, 'Add a place'), 'Lisbon');
    click(button(root, 'Add place'));
    await settle();
    expect(field(root, 'Add a place').value).toBe('Lisbon');
    expect(statusText(root)).toContain('Not saved: storage unavailable');
  });

  it('shows a hostile place name as text', () => {
    const { root } = show(['<img src=x onerror=alert(1)>']);
    expect(root.querySelector('img')).toBeNull();
    expect(chips(root)).toEqual(['<img src=x onerror=alert(1)>']);
  });
});
