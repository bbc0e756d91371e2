// The Mappings table's SuperOffice-field selects (components/configure/shared-select.tsx) in real
// Chromium: each first holds only its chosen option and gets its whole list when idle, or at once
// when focused or pressed, before the browser acts on the key or the press. Bundled as it ships
// (production Preact), in a plain page: no extension or stand-in needed.
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { findChromium, INSTALL_HINT } from './chromium';

const HARNESS = `
import { render } from 'preact';
import { MappingsStep } from './components/configure/MappingsStep';
import { actorFrom, createMappingModel } from './lib/configure/mapping-model';
const TYPES = ['Text', 'Integer', 'List'];
globalThis.mountTable = (n) => {
  const model = createMappingModel(1);
  model.actors.value = [actorFrom({ ErpConnectionId: 1, IsActive: true, ActorTypeErp: 'Customer', ActorTypeCrm: 'Contact', FieldMappings: Array.from({ length: n }, (_, i) => ({
    ErpFieldId: i + 1, CrmFieldKey: i === 1 ? 'PHONE' : '', CrmDisplayName: '', CrmDisplayTooltip: '', ErpFieldKey: 'F' + i, FieldType: TYPES[i % 3], ErpDisplayName: 'Field ' + i,
    ErpDisplayTooltip: '', SyncToCrm: false, SyncToErp: false, ShowInGui: false, ShowInSearch: false, AlreadyMapped: false, MissingInERP: false, MissingInCRM: false, Access: 'Normal', ListReference: '',
  })) })];
  model.load.value = { state: 'loaded' };
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  render(<MappingsStep model={model} port={{ getActorTypeMapping: async () => ({ ok: false }) }} lang="en" />, root);
  globalThis.model = model;
  return [...root.querySelectorAll('tbody select[id]')].map((s) => s.options.length);
};
`;

let browser: Browser;
let page: Page;
let bundle: string;
const crm = (i: number) => page.getByLabel(`SuperOffice field: Field ${i}`, { exact: true });
const lengths = () => page.$$eval('tbody select[id]', (all) => all.map((s) => (s as HTMLSelectElement).options.length));

beforeAll(async () => {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const out = await build({
    stdin: { contents: HARNESS, resolveDir: resolve(import.meta.dirname, '../..'), loader: 'tsx' },
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { 'process.env.NODE_ENV': '"production"', 'import.meta.env.MODE': '"production"' },
    logLevel: 'silent',
  });
  bundle = out.outputFiles[0]?.text ?? '';
  browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  await page?.close();
  page = await browser.newPage();
  await page.setContent('<!doctype html><html lang="en"><body></body></html>');
  await page.addScriptTag({ content: bundle });
});

describe('Mappings: the SuperOffice-field selects in Chromium', () => {
  it('render with their chosen option only, then all get their whole list when the page is idle', async () => {
    const first = await page.evaluate(() => (globalThis as unknown as { mountTable(n: number): number[] }).mountTable(200));
    expect(first).toEqual(Array(200).fill(1));
    await expect.poll(lengths, { timeout: 10_000 }).toEqual(Array(200).fill(15));
    expect(await crm(1).inputValue()).toBe('PHONE');
    expect(await crm(0).inputValue()).toBe('');
  });

  describe('with no idle time at all (idle callbacks never run)', () => {
    beforeEach(async () => {
      await page.evaluate(() => {
        (globalThis as unknown as { requestIdleCallback: () => number }).requestIdleCallback = () => 0;
        (globalThis as unknown as { mountTable(n: number): number[] }).mountTable(50);
      });
    });

    it('a select reached by keyboard has its whole list and arrow keys move through it', async () => {
      expect((await lengths()).slice(0, 3)).toEqual([1, 1, 1]);
      // From the "Sync ERP Customer" checkbox, Tab until the first field's select (past any button).
      await page.getByRole('checkbox').first().focus();
      for (let i = 0; i < 4 && !(await crm(0).evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
      expect(await crm(0).evaluate((el) => el === document.activeElement)).toBe(true);
      expect((await lengths()).slice(0, 2)).toEqual([15, 1]);
      await page.keyboard.press('ArrowDown');
      expect(await crm(0).inputValue()).toBe('NAME');
      expect(await page.evaluate(() => (globalThis as unknown as { model: { actors: { value: { rows: { crmFieldKey: { value: string } }[] }[] } } }).model.actors.value[0]?.rows[0]?.crmFieldKey.value)).toBe('NAME');
    });

    it('a select pressed with the pointer has its whole list before it opens, its value kept', async () => {
      await crm(1).click();
      await page.keyboard.press('Escape');
      expect((await lengths()).slice(0, 3)).toEqual([1, 15, 1]);
      expect(await crm(1).inputValue()).toBe('PHONE');
      expect(await crm(1).locator('option').allTextContents()).toContain('E-mail');
    });
  });
});
