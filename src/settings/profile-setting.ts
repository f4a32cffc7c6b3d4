import { EMPTY_PROFILE, Profile } from '../core';
import { defineSetting } from './setting';
import { PROFILE_SETTING } from './setting-names';

/** The user's skill profile: what badges, highlights and match scores are computed against. */
const profile = defineSetting(PROFILE_SETTING, Profile, EMPTY_PROFILE);

export const getProfile = (): Promise<Profile> => profile.get();
/** The profile from what storage answered for its key, checked like getProfile. */
export const profileFromStored = (stored: unknown): Profile => profile.fromStored(stored);
export const setProfile = (value: Profile): Promise<void> => profile.set(value);
export const watchProfile = (onChange: (value: Profile) => void): (() => void) => profile.watch(onChange);
