// Driving the wizard panel the way a consultant does: labels, roles and the keyboard.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';

export const SHOTS_DIR = resolve(import.meta.dirname, '../../artifacts/screenshots');

/** The wizard's extension-origin frame, placed by the content script (lib/page/wizard-frame.ts). */
export const frameOf = (page: Page) => page.frameLocator('so-erp-sync-wizard iframe');

/**
 * What the page shows of the wizard before the consultant opens it: nothing. The launcher's button
 * preloads the frame hidden on the Sync tab (entrypoints/launcher-button.ts); hidden and unbound, it
 * holds no panel (no draft was opened into it). Gives how many frame hosts are there, shown or not.
 */
export async function wizardNotOpened(page: Page): Promise<{ shown: number; panels: number; texts: string }> {
  const frame = page.frames().find((f) => f.url().includes('/wizard-frame.html'));
  return {
    shown: await page.locator('so-erp-sync-wizard:visible').count(),
    panels: frame ? await frame.locator('[role="dialog"], section[data-step], input, button').count() : 0,
    texts: frame ? ((await frame.locator('#app').textContent()) ?? '') : '',
  };
}
export const NOT_OPENED = { shown: 0, panels: 0, texts: '' };

export function panelOf(page: Page) {
  // The frame's body: every panel locator runs inside the extension's document.
  const root = frameOf(page).locator('body');
  return {
    root,
    step: () => root.locator('section[data-step]').getAttribute('data-step').then(Number),
    heading: () => root.locator('#erp-step-title').textContent(),
    button: (name: string | RegExp) => root.getByRole('button', { name, exact: typeof name === 'string' }),
    field: (label: string | RegExp) => root.locator('section[data-step]').getByLabel(label, { exact: typeof label === 'string' }),
    errors: () => root.locator('.step-errors li').allTextContents(),
    blockers: () => root.locator('.blockers li').allTextContents(),
  };
}

/**
 * Issue 17: a tenant with no way in chosen yet opens on the choice screen; this picks "Set up a new
 * connection" there (remembered for the tenant) so the suite lands on the wizard. No-op otherwise.
 */
export async function intoWizard(page: Page): Promise<void> {
  const choice = panelOf(page).root.getByTestId('choice-screen');
  if (await choice.count()) await choice.getByRole('button', { name: /^(Set up a new connection|Sett opp en ny kobling)$/ }).click();
}

export async function openWizard(page: Page, url: string): Promise<ReturnType<typeof panelOf>> {
  await page.goto(url);
  await page.locator('so-erp-sync-launcher button').click();
  const panel = panelOf(page);
  await panel.root.locator('[role="dialog"]').waitFor();
  await intoWizard(page);
  return panel;
}

export async function shot(page: Page, name: string) {
  mkdirSync(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: `${SHOTS_DIR}/${name}.png` });
}

export async function fill(locator: Locator, value: string) {
  await locator.fill(value);
}
