// @vitest-environment happy-dom
import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UNDO_TIMEOUT_MS, UndoToast, type UndoToastProps } from './undo-toast';

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

/** Lets Preact commit and run its effects (scheduled after the next frame). */
async function settle() {
  await vi.advanceTimersByTimeAsync(50);
}

async function show(overrides: Partial<UndoToastProps> = {}) {
  const props = { message: 'Deleted “Synthetic Role”', onUndo: vi.fn(), onDismiss: vi.fn(), ...overrides };
  render(h(UndoToast, props), host);
  await settle();
  return props;
}

describe('UndoToast', () => {
  it('lapses after the timeout', async () => {
    const { onDismiss } = await show();
    await vi.advanceTimersByTimeAsync(UNDO_TIMEOUT_MS - 100);
    expect(onDismiss).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(200);
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it('does not lapse while the keyboard focus is on it', async () => {
    const { onDismiss } = await show({ autoFocus: true });
    expect(document.activeElement?.textContent).toBe('Undo');
    await vi.advanceTimersByTimeAsync(UNDO_TIMEOUT_MS * 3);
    expect(onDismiss).not.toHaveBeenCalled();
  });

  it('undoes on the button and closes on Escape', async () => {
    const { onUndo, onDismiss } = await show();
    host.querySelector<HTMLButtonElement>('[data-testid="undo-button"]')!.click();
    expect(onUndo).toHaveBeenCalledOnce();
    host.querySelector('.jm-toast')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onDismiss).toHaveBeenCalledOnce();
  });
});
