import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EMPTY_PROFILE, type Profile } from '../core';
import {
  getBadgeCollapsed,
  getBadgeCorner,
  getDisabledSites,
  getHighlightsEnabled,
  getProfile,
  isSiteEnabled,
  setBadgeCollapsed,
  setBadgeCorner,
  setDisabledSites,
  setHighlightsEnabled,
  setProfile,
  setSiteEnabled,
  watchBadgeCollapsed,
  watchBadgeCorner,
  watchDisabledSites,
  watchHighlightsEnabled,
  watchProfile,
} from '.';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

const PROFILE: Profile = {
  skills: [
    { name: 'Go', level: 'expert' },
    { name: 'Kubernetes', level: 'learning' },
  ],
  targetSalary: { amount: 90000, currency: 'EUR', period: 'year' },
  workplaces: ['remote', 'hybrid'],
  locations: ['Lisbon', 'EU'],
  eligibility: { workCountries: ['Portugal'], languages: [{ language: 'German', level: 'B1' }], maxOfficeDays: 2, needsSponsorship: true },
};

interface Case {
  key: string;
  get: () => Promise<unknown>;
  set: (value: never) => Promise<void>;
  watch: (cb: (value: unknown) => void) => () => void;
  fallback: unknown;
  valid: unknown;
  invalid: unknown;
}

const CASES: [string, Case][] = [
  ['profile', { key: 'profile', get: getProfile, set: setProfile, watch: watchProfile as Case['watch'], fallback: EMPTY_PROFILE, valid: PROFILE, invalid: { skills: [{ name: 'Go', level: 'guru' }] } }],
  ['disabledSites', { key: 'disabledSites', get: getDisabledSites, set: setDisabledSites, watch: watchDisabledSites as Case['watch'], fallback: [], valid: ['lever', 'workday'], invalid: 'lever' }],
  ['highlightsEnabled', { key: 'highlightsEnabled', get: getHighlightsEnabled, set: setHighlightsEnabled, watch: watchHighlightsEnabled as Case['watch'], fallback: true, valid: false, invalid: 'no' }],
  ['badgeCollapsed', { key: 'badgeCollapsed', get: getBadgeCollapsed, set: setBadgeCollapsed, watch: watchBadgeCollapsed as Case['watch'], fallback: false, valid: true, invalid: 1 }],
  ['badgeCorner', { key: 'badgeCorner', get: getBadgeCorner, set: setBadgeCorner, watch: watchBadgeCorner as Case['watch'], fallback: 'bottom-right', valid: 'top-left', invalid: 'middle' }],
];

describe.each(CASES)('setting %s', (_, c) => {
  it('reads its default before anything was stored', async () => {
    expect(await c.get()).toEqual(c.fallback);
  });

  it('reads back what was set, from storage.local', async () => {
    await c.set(c.valid as never);
    expect(await c.get()).toEqual(c.valid);
    expect(await fakeBrowser.storage.local.get(c.key)).toEqual({ [c.key]: c.valid });
  });

  it('reads an invalid stored value as the default, with a warning naming the setting', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fakeBrowser.storage.local.set({ [c.key]: c.invalid });
    expect(await c.get()).toEqual(c.fallback);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`setting "${c.key}" holds an invalid value`));
  });

  it('refuses to store an invalid value and keeps the old one', async () => {
    await c.set(c.valid as never);
    await expect(c.set(c.invalid as never)).rejects.toThrow(`refused to save the setting "${c.key}"`);
    expect(await c.get()).toEqual(c.valid);
  });

  it('tells watchers each new value, parsed, until they stop watching', async () => {
    const seen: unknown[] = [];
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const unwatch = c.watch((value) => seen.push(value));
    await c.set(c.valid as never);
    await fakeBrowser.storage.local.set({ [c.key]: c.invalid }); // e.g. written by an older build
    unwatch();
    await fakeBrowser.storage.local.remove(c.key);
    expect(seen).toEqual([c.valid, c.fallback]);
  });
});

describe('defaults are copies', () => {
  it('mutating the profile one caller read does not change what the next caller reads', async () => {
    (await getProfile()).skills.push({ name: 'Go', level: 'expert' });
    expect(await getProfile()).toEqual(EMPTY_PROFILE);
  });
});

describe('setSiteEnabled', () => {
  it.each([
    ['disables a site', ['lever'], 'workday', false, ['lever', 'workday']],
    ['re-enables a site', ['lever', 'workday'], 'lever', true, ['workday']],
    ['disabling twice keeps one entry', ['lever'], 'lever', false, ['lever']],
    ['enabling an enabled site changes nothing', ['lever'], 'ashby', true, ['lever']],
  ])('%s', async (_, before, siteId, enabled, after) => {
    await setDisabledSites(before);
    await setSiteEnabled(siteId, enabled);
    expect(await getDisabledSites()).toEqual(after);
    expect(await isSiteEnabled(siteId)).toBe(enabled);
  });
});
