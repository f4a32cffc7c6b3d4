// @vitest-environment happy-dom
import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RereadButton, type RereadSaved } from './reread-button';

let host: HTMLElement;
beforeEach(() => {
  host = document.createElement('div');
  document.body.appendChild(host);
});
afterEach(() => {
  render(null, host);
  host.remove();
});

const tick = () => new Promise((resolve) => setTimeout(resolve, 20));
const status = () => host.querySelector('[data-testid="reread-status"]')?.textContent;
const button = () => host.querySelector<HTMLButtonElement>('[data-testid="reread"]')!;

describe('RereadButton', () => {
  it('shows progress while re-reading, then what it did, and cannot be started twice', async () => {
    let finish!: () => void;
    const reread: RereadSaved = (onProgress) =>
      new Promise((resolve) => {
        onProgress(100, 250);
        finish = () => resolve({ updated: 250, skipped: [] });
      });
    render(h(RereadButton, { reread }), host);
    button().click();
    await tick();
    expect(status()).toBe('Re-reading… 100 of 250');
    expect(button().disabled).toBe(true);
    finish();
    await tick();
    expect(status()).toBe('Re-read 250 saved postings; your notes and statuses are kept.');
    expect(button().disabled).toBe(false);
  });

  it('says so when re-reading fails', async () => {
    render(h(RereadButton, { reread: () => Promise.reject(new Error('the disk is full')) }), host);
    button().click();
    await tick();
    expect(status()).toBe('Could not re-read the saved postings: the disk is full');
  });
});
