import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import type { BadgeUi } from './content-parts';

// A fresh module (and so a fresh cache of loads) for each test.
async function parts() {
  vi.resetModules();
  return import('./content-parts');
}
const scope = globalThis as Record<symbol, unknown>;
beforeEach(() => {
  vi.spyOn(browser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Jobmark', version: '0.1.0' });
});
afterEach(() => {
  for (const key of Object.getOwnPropertySymbols(scope)) if (key.description?.startsWith('jobmark.content-part')) delete scope[key];
  vi.restoreAllMocks();
});

const fakeBadgeUi = { showBadge: () => undefined } as unknown as BadgeUi;

describe('the content script’s parts', () => {
  it('uses a part already injected without asking for it', async () => {
    const { loadContentPart, offerContentPart } = await parts();
    offerContentPart('badge', fakeBadgeUi);
    const inject = vi.fn(async () => undefined);
    expect(await loadContentPart('badge', inject)).toBe(fakeBadgeUi);
    expect(inject).not.toHaveBeenCalled();
  });

  it('asks for a missing part once, however many times it is wanted', async () => {
    const { loadContentPart, offerContentPart } = await parts();
    const inject = vi.fn(async () => offerContentPart('badge', fakeBadgeUi));
    const [a, b] = await Promise.all([loadContentPart('badge', inject), loadContentPart('badge', inject)]);
    expect(a).toBe(fakeBadgeUi);
    expect(b).toBe(fakeBadgeUi);
    expect(await loadContentPart('badge', inject)).toBe(fakeBadgeUi);
    expect(inject).toHaveBeenCalledTimes(1);
  });

  it('uses a part as soon as its script has run, before the answer to the injection is back', async () => {
    const { loadContentPart, offerContentPart } = await parts();
    let answer!: () => void;
    const inject = vi.fn(() => {
      // The part's script runs in the page; the background's answer is still on its way.
      queueMicrotask(() => offerContentPart('badge', fakeBadgeUi));
      return new Promise<void>((resolve) => (answer = resolve));
    });
    expect(await loadContentPart('badge', inject)).toBe(fakeBadgeUi);
    answer();
  });

  it('says what to do when the part never arrives, and asks again next time', async () => {
    const { loadContentPart, offerContentPart } = await parts();
    const inject = vi.fn(async () => undefined);
    await expect(loadContentPart('badge', inject)).rejects.toThrow('Jobmark could not load a part of itself (badge). Reload the page.');
    await expect(loadContentPart('badge', async () => Promise.reject(new Error('no background')))).rejects.toThrow('no background');
    await expect(loadContentPart('badge', async () => offerContentPart('badge', fakeBadgeUi))).resolves.toBe(fakeBadgeUi);
  });

  it('never picks up a part another version of the extension left in the page', async () => {
    const { loadContentPart, offerContentPart } = await parts();
    const getManifest = vi.mocked(browser.runtime.getManifest);
    offerContentPart('badge', fakeBadgeUi);
    getManifest.mockReturnValue({ manifest_version: 3, name: 'Jobmark', version: '0.2.0' });
    const updated = { showBadge: () => 'new' } as unknown as BadgeUi;
    const inject = vi.fn(async () => offerContentPart('badge', updated));
    expect(await loadContentPart('badge', inject)).toBe(updated);
    expect(inject).toHaveBeenCalledTimes(1);
  });

  it('names each part’s built file after its entrypoint', async () => {
    const { contentPartFile } = await import('./content-part-files');
    expect(contentPartFile('badge')).toBe('/page-badge.js');
    expect(contentPartFile('readers-linkedin')).toBe('/page-readers-linkedin.js');
  });
});
