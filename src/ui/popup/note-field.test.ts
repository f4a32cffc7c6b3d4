// @vitest-environment happy-dom
import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NOTE_SAVE_DELAY_MS, NoteField } from './note-field';

let host: HTMLElement;

beforeEach(() => {
  vi.useFakeTimers();
  host = document.createElement('div');
  document.body.appendChild(host);
});

afterEach(() => {
  render(null, host);
  host.remove();
  vi.useRealTimers();
});

function field(note: string, onSave: (note: string) => void) {
  render(h(NoteField, { id: 'note', note, onSave }), host);
  return host.querySelector('textarea')!;
}

function typeInto(area: HTMLTextAreaElement, text: string) {
  area.value = text;
  area.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('NoteField', () => {
  it('saves once, a moment after typing stops', async () => {
    const onSave = vi.fn();
    const area = field('', onSave);
    typeInto(area, 'Ca');
    await vi.advanceTimersByTimeAsync(NOTE_SAVE_DELAY_MS / 2);
    typeInto(area, 'Call back');
    await vi.advanceTimersByTimeAsync(NOTE_SAVE_DELAY_MS / 2);
    expect(onSave).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(NOTE_SAVE_DELAY_MS);
    expect(onSave).toHaveBeenCalledExactlyOnceWith('Call back');
  });

  it('saves what was typed when it is closed before the delay', async () => {
    const onSave = vi.fn();
    typeInto(field('', onSave), 'Unsaved thought');
    render(null, host);
    await vi.advanceTimersByTimeAsync(50);
    expect(onSave).toHaveBeenCalledExactlyOnceWith('Unsaved thought');
  });

  it('shows a note changed elsewhere, but never over text being typed', async () => {
    const onSave = vi.fn();
    let area = field('Old', onSave);
    area = field('Changed in another tab', onSave);
    await vi.advanceTimersByTimeAsync(50);
    expect(area.value).toBe('Changed in another tab');
    typeInto(area, 'Mine, unsaved');
    area = field('Changed again elsewhere', onSave);
    await vi.advanceTimersByTimeAsync(50);
    expect(area.value).toBe('Mine, unsaved');
  });

  it('does not save when nothing changed', async () => {
    const onSave = vi.fn();
    const area = field('Same', onSave);
    area.dispatchEvent(new FocusEvent('blur'));
    await vi.advanceTimersByTimeAsync(NOTE_SAVE_DELAY_MS * 2);
    expect(onSave).not.toHaveBeenCalled();
  });
});
