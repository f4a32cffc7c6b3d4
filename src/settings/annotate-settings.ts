import { browser } from 'wxt/browser';
import type { Profile } from '../core/profile';
import { getBadgeCollapsed, getBadgeCorner, getHighlightsEnabled, type BadgeCorner } from './display-settings';
import { getProfile } from './profile-setting';
import { getDisabledSites } from './site-settings';

/** Every setting the badge's answer depends on, read together. */
export interface AnnotateSettings {
  profile: Profile;
  disabledSites: readonly string[];
  highlightsEnabled: boolean;
  badgeCollapsed: boolean;
  badgeCorner: BadgeCorner;
}

export type ReadAnnotateSettings = () => Promise<AnnotateSettings>;

/** Straight from browser.storage, parsed: five reads, each a trip to the browser process. */
export async function readAnnotateSettings(): Promise<AnnotateSettings> {
  const [profile, disabledSites, highlightsEnabled, badgeCollapsed, badgeCorner] = await Promise.all([
    getProfile(),
    getDisabledSites(),
    getHighlightsEnabled(),
    getBadgeCollapsed(),
    getBadgeCorner(),
  ]);
  return { profile, disabledSites, highlightsEnabled, badgeCollapsed, badgeCorner };
}

/**
 * The background answers every job page the user opens, and those storage round trips were
 * most of the badge's wait. It keeps one parsed copy in memory instead and drops it whenever
 * anything in storage.local changes (options page, badge buttons, another window), so the
 * next page reads fresh values. A failed read is not kept: the next page tries again.
 */
export function cachedAnnotateSettings(read: ReadAnnotateSettings = readAnnotateSettings): ReadAnnotateSettings {
  let cached: Promise<AnnotateSettings> | null = null;
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'local') cached = null;
  });
  return () => {
    const current = (cached ??= read());
    current.catch(() => {
      if (cached === current) cached = null;
    });
    return current;
  };
}
