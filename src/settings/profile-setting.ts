import { EMPTY_PROFILE, Profile } from '../core';
import { defineSetting } from './setting';

/** The user's skill profile: what badges, highlights and match scores are computed against. */
const profile = defineSetting('profile', Profile, EMPTY_PROFILE);

export const getProfile = (): Promise<Profile> => profile.get();
export const setProfile = (value: Profile): Promise<void> => profile.set(value);
export const watchProfile = (onChange: (value: Profile) => void): (() => void) => profile.watch(onChange);
