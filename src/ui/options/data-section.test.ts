// @vitest-environment happy-dom
import { h } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportError } from '../../data/import-error';
import { DataSection, type DataSectionProps } from './data-section';
import { button, click, field, hasButton, mount, rerender, settle, statusText, unmountAll } from '../../../test/support/options-test-kit';

afterEach(unmountAll);

function props(overrides: Partial<DataSectionProps> = {}): DataSectionProps {
  return {
    jobCount: 12,
    onExportJson: vi.fn<() => Promise<string>>().mockResolvedValue('jobmark-2030-02-03.json'),
    onExportCsv: vi.fn<() => Promise<string>>().mockResolvedValue('jobmark-jobs-2030-02-03.csv'),
    onImport: vi.fn<(text: string) => Promise<string>>().mockResolvedValue('3 jobs added, 1 updated.'),
    onDeleteAll: vi.fn<() => Promise<number>>().mockResolvedValue(12),
    ...overrides,
  };
}

/** Picks a file in the file input, as the browser's file chooser does. */
async function pick(root: HTMLElement, name: string, text: string) {
  const input = field(root, 'Import a Jobmark export (JSON)');
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settle();
}

describe('DataSection: export', () => {
  it.each([
    ['Export everything (JSON)', 'onExportJson', 'Downloaded jobmark-2030-02-03.json.'],
    ['Export jobs (CSV)', 'onExportCsv', 'Downloaded jobmark-jobs-2030-02-03.csv.'],
  ] as const)('%s downloads and says which file', async (label, handler, message) => {
    const p = props();
    const root = mount(h(DataSection, p));
    click(button(root, label));
    await settle();
    expect(p[handler]).toHaveBeenCalledOnce();
    expect(statusText(root)).toBe(message);
  });

  it('shows a storage error in full', async () => {
    const why = 'Your browser would not open the saved-jobs database (IndexedDB is unavailable).';
    const root = mount(h(DataSection, props({ onExportJson: vi.fn().mockRejectedValue(new Error(why)) })));
    click(button(root, 'Export everything (JSON)'));
    await settle();
    expect(statusText(root)).toBe(`Export failed: ${why}`);
  });
});

describe('DataSection: import', () => {
  it('imports the file’s text and shows the summary', async () => {
    const p = props();
    const root = mount(h(DataSection, p));
    await pick(root, 'backup.json', '{"format":"jobmark"}');
    expect(p.onImport).toHaveBeenCalledExactlyOnceWith('{"format":"jobmark"}');
    expect(statusText(root)).toBe('Imported backup.json: 3 jobs added, 1 updated.');
  });

  it('shows the whole error of a refused file, and that nothing was changed', async () => {
    const why = 'This file is not a valid Jobmark export, so nothing was imported: jobs[2].salary.currency: expected a 3-letter currency code such as EUR.';
    const root = mount(h(DataSection, props({ onImport: vi.fn().mockRejectedValue(new ImportError(why)) })));
    await pick(root, 'broken.json', '{}');
    expect(statusText(root)).toBe(`Import failed, nothing was changed. ${why}`);
  });

  it('shows a storage failure in full, without promising nothing changed', async () => {
    const why = 'Your browser refused to store more data (storage quota exceeded).';
    const root = mount(h(DataSection, props({ onImport: vi.fn().mockRejectedValue(new Error(why)) })));
    await pick(root, 'backup.json', '{}');
    expect(statusText(root)).toBe(`Import failed: ${why} Importing the file again is safe: it merges without duplicates.`);
  });

  it('lets the same file be picked again after a failure', async () => {
    const root = mount(h(DataSection, props({ onImport: vi.fn().mockRejectedValue(new ImportError('bad')) })));
    await pick(root, 'broken.json', '{}');
    expect(field(root, 'Import a Jobmark export (JSON)').value).toBe('');
  });

  it('shows a hostile file name and error as text', async () => {
    const root = mount(h(DataSection, props({ onImport: vi.fn().mockRejectedValue(new ImportError('<img src=x onerror=alert(1)>')) })));
    await pick(root, '<b>x</b>.json', '{}');
    expect(root.querySelector('img, b')).toBeNull();
    expect(statusText(root)).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('DataSection: delete all', () => {
  it('asks first, naming the count, and deletes only when confirmed', async () => {
    const p = props();
    const root = mount(h(DataSection, p));
    click(button(root, 'Delete all saved jobs…'));
    expect(p.onDeleteAll).not.toHaveBeenCalled();
    const dialog = root.querySelector('[role="alertdialog"]')!;
    expect(dialog.textContent).toContain('Delete all 12 saved jobs?');
    // Focus starts on the safe choice.
    expect(document.activeElement).toBe(button(root, 'Keep them'));

    click(button(root, 'Delete 12 saved jobs'));
    await settle();
    expect(p.onDeleteAll).toHaveBeenCalledOnce();
    expect(statusText(root)).toBe('Deleted 12 saved jobs.');
    expect(root.querySelector('[role="alertdialog"]')).toBeNull();
  });

  it.each([
    ['Keep them', (root: HTMLElement) => click(button(root, 'Keep them'))],
    [
      'Escape',
      (root: HTMLElement) =>
        button(root, 'Keep them').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })),
    ],
  ])('backs out with %s: nothing deleted, focus back on the delete button', async (_how, backOut) => {
    const p = props();
    const root = mount(h(DataSection, p));
    click(button(root, 'Delete all saved jobs…'));
    backOut(root);
    await settle();
    expect(p.onDeleteAll).not.toHaveBeenCalled();
    expect(root.querySelector('[role="alertdialog"]')).toBeNull();
    expect(document.activeElement).toBe(button(root, 'Delete all saved jobs…'));
  });

  it('offers nothing to delete when no job is saved, and counts as jobs change', () => {
    const p = props({ jobCount: 0 });
    const root = mount(h(DataSection, p));
    expect(root.textContent).toContain('No saved jobs yet.');
    expect(button(root, 'Delete all saved jobs…').disabled).toBe(true);
    rerender(root, h(DataSection, { ...p, jobCount: 1 }));
    expect(root.textContent).toContain('1 saved job.');
    click(button(root, 'Delete all saved jobs…'));
    expect(hasButton(root, 'Delete 1 saved job')).toBe(true);
  });

  it('shows why deleting failed', async () => {
    const root = mount(h(DataSection, props({ onDeleteAll: vi.fn().mockRejectedValue(new Error('The saved-jobs database was closed by the browser.')) })));
    click(button(root, 'Delete all saved jobs…'));
    click(button(root, 'Delete 12 saved jobs'));
    await settle();
    expect(statusText(root)).toBe('Not deleted: The saved-jobs database was closed by the browser.');
  });
});

describe('DataSection: a file with many problems', () => {
  it('lists every problem under the message', async () => {
    const problems = Array.from({ length: 7 }, (_, i) => `jobs[${i}].title: is missing (expected text)`);
    const error = new ImportError('This file is not a valid Jobmark export, so nothing was imported: …', problems);
    const root = mount(h(DataSection, props({ onImport: vi.fn().mockRejectedValue(error) })));
    await pick(root, 'many.json', '{}');
    expect(root.querySelector('details summary')?.textContent).toBe('All 7 problems in the file');
    expect([...root.querySelectorAll('details li')].map((li) => li.textContent)).toEqual(problems);
  });

  it('refuses a file larger than any export without reading it', async () => {
    const onImport = vi.fn();
    const root = mount(h(DataSection, props({ onImport })));
    const input = field(root, 'Import a Jobmark export (JSON)');
    const huge = new File(['{}'], 'huge.json');
    Object.defineProperty(huge, 'size', { value: 500 * 1024 * 1024 });
    const read = vi.spyOn(huge, 'text');
    Object.defineProperty(input, 'files', { value: [huge], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect(read).not.toHaveBeenCalled();
    expect(onImport).not.toHaveBeenCalled();
    expect(statusText(root)).toMatch(/^Import failed, nothing was changed\. This file is too large to be a Jobmark export \(500 MB/);
  });
});
