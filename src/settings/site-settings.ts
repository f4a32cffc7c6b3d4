import { z } from 'zod';
import { defineSetting } from './setting';

/** Site adapter ids (src/sites) the user switched off: Jobmark stays silent on those pages. */
export const DisabledSites = z
  .array(z.string().trim().min(1).max(100))
  .max(500)
  .transform((ids) => [...new Set(ids)]);
export type DisabledSites = z.infer<typeof DisabledSites>;

const disabledSites = defineSetting<DisabledSites>('disabledSites', DisabledSites, []);

export const getDisabledSites = (): Promise<DisabledSites> => disabledSites.get();
export const setDisabledSites = (siteIds: DisabledSites): Promise<void> => disabledSites.set(siteIds);
export const watchDisabledSites = (onChange: (siteIds: DisabledSites) => void): (() => void) =>
  disabledSites.watch(onChange);

/** Switches one site on or off, leaving the others as they are (the popup's toggle). */
export async function setSiteEnabled(siteId: string, enabled: boolean): Promise<void> {
  const others = (await getDisabledSites()).filter((id) => id !== siteId);
  await setDisabledSites(enabled ? others : [...others, siteId]);
}

export async function isSiteEnabled(siteId: string): Promise<boolean> {
  return !(await getDisabledSites()).includes(siteId);
}
