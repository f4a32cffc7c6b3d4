// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { showStartupFailure } from './startup-failure';

describe('showStartupFailure', () => {
  it('says in the page, as plain text, why the page could not start', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    document.body.innerHTML = '<div id="app"><p>Loading…</p></div>';
    showStartupFailure(new Error('Failed to fetch dynamically imported module <img src=x>'));
    const alert = document.querySelector('#app [role="alert"]')!;
    expect(alert.textContent).toContain('Jobmark could not start this page (Failed to fetch dynamically imported module <img src=x>)');
    expect(document.querySelector('#app img')).toBeNull();
    expect(document.querySelector('#app')!.textContent).not.toContain('Loading');
  });
});
