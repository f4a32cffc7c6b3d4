import path from 'node:path';
import { defineConfig } from 'wxt';
import { contentPartEntry } from './src/content/content-part-files';
import { READER_PARTS } from './src/sites/reader-part';
import { installMatchesOf } from './src/sites/reader-parts';
import { INSTALL_MATCHES } from './src/sites/registry';
import { safeVendorCode } from './src/build/safe-vendor-code';

/**
 * The parts of the job-page content script (the unlisted scripts entrypoints/page-*.ts;
 * src/content/content-parts.ts): a reader part per group of sites, and the badge.
 */
const CONTENT_PARTS: string[] = [...READER_PARTS.map((part) => contentPartEntry(`readers-${part}`)), contentPartEntry('badge')];
const JOB_PAGE_JS = 'content-scripts/job-page.js';

const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  // Copied as is into each build: the icons (rendered from assets/icon.svg by `npm run icons`).
  publicDir: 'assets/public',
  // `npm run zip`: the sources zip AMO asks for with bundled code holds what builds the
  // add-on (README: "Building from the sources zip"), not the tests' screenshots.
  zip: { excludeSources: ['test-results/**'] },
  // Explicit imports everywhere: the next reader sees where each name comes from.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    // No string is parsed as HTML or compiled as code in what ships (web-ext lint, AMO review).
    plugins: [safeVendorCode()],
    resolve: {
      // Zod with `jitless` set before any schema exists: extension contexts forbid eval, and
      // Zod's probe for it is reported as a CSP violation (src/zod/README.md).
      alias: [
        { find: /^zod$/, replacement: path.resolve(import.meta.dirname, 'src/zod/zod-without-eval.ts') },
        { find: /^zod\/mini$/, replacement: path.resolve(import.meta.dirname, 'src/zod/zod-mini-without-eval.ts') },
      ],
    },
  }),
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      // The job-page content script runs on the known job sites, each group of them with its
      // reader part injected first (src/sites/reader-part.ts). Its definition names no
      // sites, so that its bundle does not carry the site registry.
      const scripts = manifest.content_scripts ?? [];
      const jobPage = scripts.find((script) => script.js?.includes(JOB_PAGE_JS));
      if (jobPage) {
        const perPart = READER_PARTS.map((part) => ({ part, matches: installMatchesOf(part) })).filter(({ matches }) => matches.length > 0);
        scripts.splice(scripts.indexOf(jobPage), 1, ...perPart.map(({ part, matches }) => ({ ...jobPage, matches, js: [`${contentPartEntry(`readers-${part}`)}.js`, JOB_PAGE_JS] })));
      }
      // A service worker alone is Chrome-only; listing the same file as a background script
      // lets Firefox (and web-ext lint) read the MV3 build too. Chrome ignores the fallback.
      const background = manifest.background as { service_worker?: string; scripts?: string[] } | undefined;
      if (background?.service_worker && !background.scripts) background.scripts = [background.service_worker];
      // WXT turns `action` into MV2's `browser_action` without its icon; Firefox would show
      // a generic puzzle piece in the toolbar.
      const browserAction = (manifest as { browser_action?: { default_icon?: unknown } }).browser_action;
      if (browserAction && !browserAction.default_icon) browserAction.default_icon = ICONS;
    },
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      // The content script (and its parts) ships on every job page and has a 40 kB budget.
      // Chrome MV3 and Firefox both give content scripts promise-based \`browser\`/\`chrome\`
      // APIs, so it uses WXT's plain browser object; the other entrypoints keep
      // webextension-polyfill.
      if (entrypoints.every((e) => e.type === 'content-script' || CONTENT_PARTS.includes(e.name))) {
        const alias = viteConfig.resolve?.alias;
        viteConfig.resolve = {
          ...viteConfig.resolve,
          alias: [
            { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' },
            // WXT's autoMount, never used here: see src/content/without-auto-mount.ts.
            { find: /^@1natsu\/wait-element(\/detectors)?$/, replacement: path.resolve(import.meta.dirname, 'src/content/without-auto-mount.ts') },
            ...(Array.isArray(alias) ? alias : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement: replacement as string }))),
          ],
        };
      }
    },
  },
  manifest: ({ manifestVersion }) => ({
    name: 'Jobmark',
    description:
      'Reads job postings, matches them to your skills and compares them side by side — privately, on your machine.',
    // Only what the features need: saved settings, the context menu, reading the page the
    // user points at (activeTab + scripting), and Greenhouse's public job-board API.
    permissions: ['storage', 'contextMenus', 'activeTab', 'scripting'],
    // The job sites the content script runs on (no broader than its matches, so no further
    // warning at install), so that the background can inject the badge part into their
    // pages; and Greenhouse's public job-board API.
    host_permissions: [...INSTALL_MATCHES, 'https://boards-api.greenhouse.io/*'],
    // Granted from the options page, never at install: read postings on every site.
    ...(manifestVersion === 3
      ? { optional_host_permissions: ['<all_urls>'] }
      : { optional_permissions: ['<all_urls>'] }),
    icons: ICONS,
    action: { default_title: 'Jobmark', default_icon: ICONS },
    commands: {
      'save-job': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save the job posting on this page',
      },
    },
    // In both builds, so the Chrome build also passes Firefox's `web-ext lint` (Chrome
    // ignores the key).
    browser_specific_settings: {
      gecko: {
        id: 'jobmark@jobmark.dev',
        // 140 is the ESR that first reads data_collection_permissions (Android: 142).
        strict_min_version: '140.0',
        // Jobmark sends nothing anywhere: all data stays in the browser.
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  }),
});
