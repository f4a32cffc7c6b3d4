import type { Workplace } from '../core/job';

/**
 * Where the work happens, as an ATS field states it: "remote", "Hybrid", "OnSite",
 * "on-site", "in office", schema.org's "TELECOMMUTE". Null for "unspecified" and the rest.
 */
export function workplaceFrom(value: unknown): Workplace | null {
  if (typeof value !== 'string' || value.length > 100) return null;
  const words = value.toLowerCase().replace(/[^a-z]+/g, '');
  if (words === 'remote' || words === 'telecommute' || words === 'fullyremote') return 'remote';
  if (words === 'hybrid') return 'hybrid';
  if (words === 'onsite' || words === 'inoffice' || words === 'office' || words === 'inperson') return 'onsite';
  return null;
}
