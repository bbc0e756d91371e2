// What the launcher looks like, from a screenshot: just the button, no empty status box under it
// (its status line is hidden until opening fails; its own display:block once overrode that).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { adminUrl } from './browser';
import { useE2eSession } from './session';
import { shot } from './wizard-helpers';

const env = useE2eSession();

/** The status line's colours (lib/page/launcher-button.ts): its background and its border. */
const STATUS_COLOURS: [number, number, number][] = [[0xff, 0xf4, 0xf4], [0xd9, 0xa3, 0xa3]];

/** How many pixels of a PNG have one of the colours, decoded by the browser itself (no image library). */
async function countColoured(png: Buffer): Promise<number> {
  const blank = await env.browser.context.newPage();
  const n = await blank.evaluate(
    async ({ data, colours }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const canvas = Object.assign(document.createElement('canvas'), { width: img.width, height: img.height });
      const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
      ctx.drawImage(img, 0, 0);
      const px = ctx.getImageData(0, 0, img.width, img.height).data;
      let count = 0;
      for (let i = 0; i < px.length; i += 4) if (colours.some(([r, g, b]) => Math.abs((px[i] as number) - r) + Math.abs((px[i + 1] as number) - g) + Math.abs((px[i + 2] as number) - b) <= 6)) count++;
      return count;
    },
    { data: png.toString('base64'), colours: STATUS_COLOURS },
  );
  await blank.close();
  return n;
}

/** The corner of the page where the launcher sits, with room below and left of the button. */
async function launcherArea(page: Page): Promise<Buffer> {
  const box = await page.locator('so-erp-sync-launcher button').boundingBox();
  if (!box) throw new Error('no launcher button');
  const x = Math.max(0, box.x - 120);
  const y = Math.max(0, box.y - 10);
  const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
  return page.screenshot({ clip: { x, y, width: viewport.width - x, height: viewport.height - y } });
}

describe('the launcher, as seen', () => {
  it.each([['en'], ['no']] as const)('is just its button on the Sync tab (%s): no empty status box', async (lang) => {
    const page = await env.browser.context.newPage();
    await page.goto(adminUrl('Cust12345', '#quote-sync/sync', lang === 'no' ? 'no' : undefined));
    await page.locator('so-erp-sync-launcher button').waitFor();
    expect(await countColoured(await launcherArea(page))).toBe(0);
    expect(await page.locator('so-erp-sync-launcher [role="status"]').isVisible()).toBe(false);
    await shot(page, lang === 'no' ? 'no-launcher' : 'launcher');
    // The same check sees the box when the status line is shown (as when opening failed).
    await page.evaluate(() => {
      const status = document.querySelector('so-erp-sync-launcher')?.shadowRoot?.querySelector('[role="status"]') as HTMLElement;
      status.hidden = false;
      status.textContent = 'shown';
    });
    expect(await countColoured(await launcherArea(page))).toBeGreaterThan(100);
    await page.close();
  });
});
