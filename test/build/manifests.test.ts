import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { READER_PARTS } from '../../src/sites/reader-part';
import { installMatchesOf } from '../../src/sites/reader-parts';

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
  content_scripts?: { matches: string[]; js: string[]; run_at?: string }[];
  web_accessible_resources?: (string | { resources: string[]; matches: string[]; use_dynamic_url?: boolean })[];
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
    const matches = (manifest.content_scripts ?? []).flatMap((script) => script.matches);
    // The sites' host permissions are exactly the content script's matches: no wider warning.
    expect([...installHosts].sort()).toEqual([...matches, 'https://boards-api.greenhouse.io/*'].sort());
    expect(matches).toContain('https://jobs.lever.co/*');
    expect(matches).not.toContain('<all_urls>');
  });

  // The content script carries no site adapter: a page without its reader part would show nothing.
  it('injects the job-page script on each group of job sites after the reader part of those sites, and nothing else', () => {
    const expected = READER_PARTS.filter((part) => installMatchesOf(part).length > 0).map((part) => ({
      matches: installMatchesOf(part),
      js: [`page-readers-${part}.js`, 'content-scripts/job-page.js'],
      run_at: 'document_idle',
    }));
    expect(manifest.content_scripts).toEqual(expected);
    for (const script of expected) for (const file of script.js) expect(existsSync(path.join(OUTPUT, build, file)), file).toBe(true);
  });

  // The background injects the parts: none is web-accessible, so no page can probe for Jobmark.
  it('makes no file web-accessible', () => {
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });
});

it('Firefox gets MV2 and Chrome MV3 (README: "Firefox: why MV2")', () => {
  expect(manifestOf(BUILDS.firefox).manifest_version).toBe(2);
  expect(manifestOf(BUILDS.chrome).manifest_version).toBe(3);
});
