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

/**
 * Where the work happens, as a short header line says it among other facts ("Engineering ·
 * Oslo · Hybrid remote", "Full-time On-site"). Hybrid wins over remote: "hybrid remote" is
 * hybrid. Null for a long text, which is a description and not a header.
 */
export function workplaceInWords(text: string | null | undefined): Workplace | null {
  if (!text || text.length > 300) return null;
  const words = text.toLowerCase();
  if (/\bhybrid\b/.test(words)) return 'hybrid';
  if (/\b(?:fully |100 ?% )?remote\b|\btelecommute\b/.test(words)) return 'remote';
  if (/\bon-?site\b|\bin[- ](?:the )?office\b|\bin-person\b/.test(words)) return 'onsite';
  return null;
}
