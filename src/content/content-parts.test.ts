import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BadgeUi } from './content-parts';

// A fresh module (and so a fresh cache of loads) for each test.
async function parts() {
  vi.resetModules();
  return import('./content-parts');
}
const BADGE = Symbol.for('jobmark.content-part.badge');
const scope = globalThis as Record<symbol, unknown>;
afterEach(() => {
  delete scope[BADGE];
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

  it('says what to do when the part never arrives, and asks again next time', async () => {
    const { loadContentPart, offerContentPart } = await parts();
    const inject = vi.fn(async () => undefined);
    await expect(loadContentPart('badge', inject)).rejects.toThrow('Jobmark could not load a part of itself (badge). Reload the page.');
    await expect(loadContentPart('badge', async () => Promise.reject(new Error('no background')))).rejects.toThrow('no background');
    await expect(loadContentPart('badge', async () => offerContentPart('badge', fakeBadgeUi))).resolves.toBe(fakeBadgeUi);
  });

  it('names each part’s built file after its entrypoint', async () => {
    const { contentPartFile } = await parts();
    expect(contentPartFile('badge')).toBe('/page-badge.js');
    expect(contentPartFile('readers-linkedin')).toBe('/page-readers-linkedin.js');
  });
});
