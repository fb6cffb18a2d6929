/**
 * Draws the toolbar and store icons (16-128 px) with the system's CJK font in headless Chromium, so they need no
 * image editor. Run once after changing the design: `npx tsx scripts/make-icons.ts`; the PNGs are committed.
 */
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const SIZES = [16, 32, 48, 96, 128];

const page = (size: number) => `<!doctype html><html><body style="margin:0;background:transparent">
<div style="width:${size}px;height:${size}px;border-radius:${Math.round(size * 0.2)}px;background:#b3261e;display:flex;
align-items:center;justify-content:center;color:#fff;font:700 ${Math.round(size * 0.72)}px/1 'Noto Serif CJK SC','Noto Sans CJK SC',serif">台</div>
</body></html>`;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});
await mkdir('public/icon', { recursive: true });
for (const size of SIZES) {
  const tab = await browser.newPage({ viewport: { width: size, height: size } });
  await tab.setContent(page(size));
  await tab.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
  await tab.close();
}
await browser.close();
console.log(`wrote ${SIZES.map((s) => `public/icon/${s}.png`).join(', ')}`);
