import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  // Explicit imports everywhere: the next reader sees where each name comes from.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Jobmark',
    description:
      'Reads job postings, matches them to your skills and compares them side by side — privately, on your machine.',
  },
});
