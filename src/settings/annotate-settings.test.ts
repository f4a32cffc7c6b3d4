import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NO_ELIGIBILITY } from '../core/profile';
import { cachedAnnotateSettings, readAnnotateSettings } from './annotate-settings';
import { setBadgeCorner, setHighlightsEnabled } from './display-settings';
import { setProfile } from './profile-setting';
import { setSiteEnabled } from './site-settings';

beforeEach(() => fakeBrowser.reset());

describe('readAnnotateSettings', () => {
  it('reads the defaults on a fresh install', async () => {
    expect(await readAnnotateSettings()).toEqual({
      profile: { skills: [], targetSalary: null, workplaces: [], locations: [], eligibility: NO_ELIGIBILITY },
      disabledSites: [],
      highlightsEnabled: true,
      badgeCollapsed: false,
      badgeCorner: 'bottom-right',
    });
  });
});

describe('cachedAnnotateSettings', () => {
  it('reads storage once for many pages', async () => {
    const read = vi.fn(readAnnotateSettings);
    const settings = cachedAnnotateSettings(read);
    await settings();
    await settings();
    await settings();
    expect(read).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['the profile', () => setProfile({ skills: [{ name: 'Go', level: 'expert' }], targetSalary: null, workplaces: [], locations: [], eligibility: NO_ELIGIBILITY })],
    ['a display setting', () => setHighlightsEnabled(false)],
    ['the badge corner', () => setBadgeCorner('top-left')],
    ['a site switch', () => setSiteEnabled('lever', false)],
  ])('sees %s changed elsewhere on the next read', async (_, change) => {
    const settings = cachedAnnotateSettings();
    const before = await settings();
    await change();
    const after = await settings();
    expect(after).not.toEqual(before);
    expect(after).toEqual(await readAnnotateSettings());
  });

  it('does not keep a failed read', async () => {
    const read = vi.fn(readAnnotateSettings).mockRejectedValueOnce(new Error('storage unavailable'));
    const settings = cachedAnnotateSettings(read);
    await expect(settings()).rejects.toThrow('storage unavailable');
    await expect(settings()).resolves.toMatchObject({ badgeCorner: 'bottom-right' });
    expect(read).toHaveBeenCalledTimes(2);
  });
});
