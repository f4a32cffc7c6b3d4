import { z } from 'zod';
import { defineSetting } from './setting';

/** Whether skills are highlighted in the posting's text. */
const highlightsEnabled = defineSetting('highlightsEnabled', z.boolean(), true);

export const getHighlightsEnabled = (): Promise<boolean> => highlightsEnabled.get();
export const setHighlightsEnabled = (enabled: boolean): Promise<void> => highlightsEnabled.set(enabled);
export const watchHighlightsEnabled = (onChange: (enabled: boolean) => void): (() => void) =>
  highlightsEnabled.watch(onChange);

/** Whether the on-page badge is folded down to its icon. */
const badgeCollapsed = defineSetting('badgeCollapsed', z.boolean(), false);

export const getBadgeCollapsed = (): Promise<boolean> => badgeCollapsed.get();
export const setBadgeCollapsed = (collapsed: boolean): Promise<void> => badgeCollapsed.set(collapsed);
export const watchBadgeCollapsed = (onChange: (collapsed: boolean) => void): (() => void) =>
  badgeCollapsed.watch(onChange);

/** Which corner of the page the badge sits in, so it can be moved off a site's own widgets. */
export const BadgeCorner = z.enum(['bottom-right', 'bottom-left', 'top-right', 'top-left']);
export type BadgeCorner = z.infer<typeof BadgeCorner>;

const badgeCorner = defineSetting<BadgeCorner>('badgeCorner', BadgeCorner, 'bottom-right');

export const getBadgeCorner = (): Promise<BadgeCorner> => badgeCorner.get();
export const setBadgeCorner = (corner: BadgeCorner): Promise<void> => badgeCorner.set(corner);
export const watchBadgeCorner = (onChange: (corner: BadgeCorner) => void): (() => void) => badgeCorner.watch(onChange);
