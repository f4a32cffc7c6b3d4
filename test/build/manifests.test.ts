import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * What the stores check in the built manifests (`npm test` builds both first): a stable
 * add-on id, the data-collection declaration new AMO listings require, the icons at every
 * size, and no site access asked for at install beyond the job sites' content scripts.
 */
const OUTPUT = path.resolve(import.meta.dirname, '../../.output');
const BUILDS = { chrome: 'chrome-mv3', firefox: 'firefox-mv2' } as const;
const ICON_SIZES = [16, 32, 48, 128];

interface Manifest {
  manifest_version: number;
  icons?: Record<string, string>;
  action?: { default_icon?: Record<string, string>; default_popup?: string };
  browser_action?: { default_icon?: Record<string, string>; default_popup?: string };
  permissions?: string[];
  host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  browser_specific_settings?: {
    gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[] } };
    gecko_android?: { strict_min_version?: string };
  };
}

function manifestOf(build: string): Manifest {
  const file = path.join(OUTPUT, build, 'manifest.json');
  if (!existsSync(file)) throw new Error(`no build at ${path.dirname(file)}: run \`npm run build && npm run build:firefox\` (npm test does)`);
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe.each(Object.entries(BUILDS))('the %s build', (browserName, build) => {
  const manifest = manifestOf(build);

  it('declares a stable Firefox id, no data collection, and the first Firefox that reads that key', () => {
    const gecko = manifest.browser_specific_settings?.gecko;
    expect(gecko?.id).toBe('jobmark@jobmark.dev');
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
    expect(Number.parseFloat(gecko?.strict_min_version ?? '0')).toBeGreaterThanOrEqual(140);
    expect(Number.parseFloat(manifest.browser_specific_settings?.gecko_android?.strict_min_version ?? '0')).toBeGreaterThanOrEqual(142);
  });

  it('has its icons at 16, 32, 48 and 128 px, in the manifest and on the toolbar button', () => {
    const toolbar = (browserName === 'firefox' ? manifest.browser_action : manifest.action)?.default_icon;
    for (const icons of [manifest.icons, toolbar]) {
      expect(Object.keys(icons ?? {}).map(Number)).toEqual(ICON_SIZES);
      for (const size of ICON_SIZES) expect(pngSize(path.join(OUTPUT, build, icons![String(size)]!))).toEqual({ width: size, height: size });
    }
  });

  it('asks at install only for the job sites it reads and the Greenhouse API, never for every site', () => {
    const installHosts = [...(manifest.permissions ?? []), ...(manifest.host_permissions ?? [])].filter((p) => p.includes('/') || p === '<all_urls>');
    expect(installHosts).toEqual(['https://boards-api.greenhouse.io/*']);
    const matches = (manifest.content_scripts ?? []).flatMap((script) => script.matches);
    expect(matches).toContain('https://jobs.lever.co/*');
    expect(matches).not.toContain('<all_urls>');
  });
});

it('Firefox gets MV2 and Chrome MV3 (README: "Firefox: why MV2")', () => {
  expect(manifestOf(BUILDS.firefox).manifest_version).toBe(2);
  expect(manifestOf(BUILDS.chrome).manifest_version).toBe(3);
});
