// @vitest-environment happy-dom
import { h } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Eligibility, NO_ELIGIBILITY } from '../../core/profile';
import { button, change, click, field, mount, pressEnter, setChecked, settle, statusText, type, unmountAll } from '../../../test/support/options-test-kit';
import { EligibilitySection } from './eligibility-section';

afterEach(unmountAll);

function show(eligibility: Eligibility) {
  const onChange = vi.fn<(next: Eligibility) => Promise<void>>().mockResolvedValue();
  const root = mount(h(EligibilitySection, { eligibility, onChange }));
  return { root, onChange };
}

describe('EligibilitySection', () => {
  it('says what an empty profile checks: nothing', () => {
    const { root } = show(NO_ELIGIBILITY);
    expect(root.textContent).toContain('None yet: no right-to-work requirement is checked.');
    expect(root.textContent).toContain('None yet: no language requirement is checked.');
    expect((field(root, /Most days a week/) as HTMLSelectElement).value).toBe('');
  });

  it('stores a typed country under the name postings are read into, and refuses it twice', async () => {
    const { root, onChange } = show({ ...NO_ELIGIBILITY, workCountries: ['Germany'] });
    const input = field(root, 'Add a country') as HTMLInputElement;
    type(input, ' usa ');
    pressEnter(input);
    await settle();
    expect(onChange).toHaveBeenCalledExactlyOnceWith({ ...NO_ELIGIBILITY, workCountries: ['Germany', 'United States'] });
    expect(statusText(root)).toContain('Added United States.');
    type(input, 'Deutschland');
    pressEnter(input);
    await settle();
    expect(root.textContent).toContain('Germany is already in the list.');
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('adds a language at the chosen level; adding it again changes the level; removing works from the keyboard', async () => {
    const { root, onChange } = show({ ...NO_ELIGIBILITY, languages: [{ language: 'German', level: 'B1' }] });
    change(field(root, 'Level') as HTMLSelectElement, 'C1');
    const input = field(root, 'Language') as HTMLInputElement;
    type(input, 'deutsch');
    pressEnter(input);
    await settle();
    expect(onChange).toHaveBeenLastCalledWith({ ...NO_ELIGIBILITY, languages: [{ language: 'German', level: 'C1' }] });
    click(button(root, 'Remove German'));
    await settle();
    expect(onChange).toHaveBeenLastCalledWith(NO_ELIGIBILITY);
  });

  it('saves the most office days and the sponsorship need', async () => {
    const { root, onChange } = show(NO_ELIGIBILITY);
    change(field(root, /Most days a week/) as HTMLSelectElement, '2');
    await settle();
    expect(onChange).toHaveBeenLastCalledWith({ ...NO_ELIGIBILITY, maxOfficeDays: 2 });
    setChecked(field(root, /sponsor my visa/) as HTMLInputElement, true);
    await settle();
    expect(onChange).toHaveBeenLastCalledWith({ ...NO_ELIGIBILITY, needsSponsorship: true });
    expect(statusText(root)).toContain('Saved: you need visa sponsorship.');
  });
});
