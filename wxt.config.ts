import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  // Explicit imports everywhere: the next reader sees where each name comes from.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      // The content script ships on every job page and has a 60 kB budget. Chrome MV3 and
      // Firefox both give content scripts promise-based \`browser\`/\`chrome\` APIs, so it
      // uses WXT's plain browser object; the other entrypoints keep webextension-polyfill.
      if (entrypoints.every((e) => e.type === 'content-script')) {
        const alias = viteConfig.resolve?.alias;
        viteConfig.resolve = {
          ...viteConfig.resolve,
          alias: [{ find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' }, ...(Array.isArray(alias) ? alias : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement: replacement as string })))],
        };
      }
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Jobmark',
    description:
      'Reads job postings, matches them to your skills and compares them side by side — privately, on your machine.',
    // Only what the features need: saved settings, the context menu, reading the page the
    // user points at (activeTab + scripting), and Greenhouse's public job-board API.
    permissions: ['storage', 'contextMenus', 'activeTab', 'scripting'],
    host_permissions: ['https://boards-api.greenhouse.io/*'],
    // Granted from the options page, never at install: read postings on every site.
    ...(manifestVersion === 3
      ? { optional_host_permissions: ['<all_urls>'] }
      : { optional_permissions: ['<all_urls>'] }),
    action: { default_title: 'Jobmark' },
    commands: {
      'save-job': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save the job posting on this page',
      },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'jobmark@jobmark.dev', strict_min_version: '128.0' } } }
      : {}),
  }),
});
