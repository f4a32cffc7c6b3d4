import { describe, expect, it } from 'vitest';
import { openExtensionPage, useExtensionBrowser } from './support/harness';

/**
 * The extension's pages run under MV3's content security policy, which forbids eval. They
 * must not even try it: each attempt is reported as a CSP violation (an error in the page's
 * console, and about 20 ms on a page's first open). Zod probes for eval unless it is told
 * not to (src/zod/README.md); this is the test that it is told.
 */
const h = useExtensionBrowser();

describe('the extension’s pages', () => {
  it('load without a single content-security-policy violation', async () => {
    await h.browser.context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} in ${event.sourceFile}`));
    });
    for (const file of ['popup.html', 'dashboard.html', 'options.html']) {
      const page = await openExtensionPage(h.browser, file);
      // Every page's schemas exist once its first screen is up.
      await page.locator(file === 'options.html' ? 'h1' : 'html[data-jobmark-ready]').waitFor();
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), file).toEqual([]);
      await page.close();
    }
  });
});
