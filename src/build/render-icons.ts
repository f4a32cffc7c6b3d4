import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

/**
 * Renders assets/icon.svg to the PNG sizes the stores and browsers ask for (16, 32, 48, 128)
 * in assets/public/icon/, with headless Chromium, which draws the SVG exactly as a browser
 * would. Run by hand after changing the SVG (`npm run icons`); the PNGs are committed.
 */
export const ICON_SIZES = [16, 32, 48, 128] as const;
const root = path.resolve(import.meta.dirname, '../..');
const svg = readFileSync(path.join(root, 'assets/icon.svg'), 'utf8');

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  for (const size of ICON_SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<style>html,body{margin:0;background:transparent}</style><img width="${size}" height="${size}" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}">`);
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    await page.screenshot({ path: path.join(root, `assets/public/icon/${size}.png`), omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`icons: ${ICON_SIZES.join(', ')} px in assets/public/icon/`);
