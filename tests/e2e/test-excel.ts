// Driving the wizard to the fields of the stand-in's "test-excel" profile (SuperOffice's sample
// connector Test.Excel), in English (tenant Cust12345) or Norwegian (tenant Cust67890).
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { adminUrl } from './browser';
import { openWizard, panelOf } from './wizard-helpers';

export type Panel = ReturnType<typeof panelOf>;
export const WORDS = {
  en: { tenant: 'Cust12345', next: 'Next', back: 'Back', name: 'Name', newDraft: 'New draft', test: 'Test ERP connection', lang: undefined },
  no: { tenant: 'Cust67890', next: 'Neste', back: 'Tilbake', name: 'Navn', newDraft: 'Nytt utkast', test: 'Test ERP-koblingen', lang: 'no' as const },
};
export type Lang = keyof typeof WORDS;

export const syncTab = (lang: Lang) => adminUrl(WORDS[lang].tenant, '#quote-sync/sync', WORDS[lang].lang);
export const saveState = (panel: Panel) => panel.root.getByTestId('save-state').getAttribute('data-state');
export const input = (panel: Panel, key: string) => panel.root.locator(`section[data-step] [data-field="${key}"]`).locator('input, select');

/** From the launcher to the connector's fields, for a new Test.Excel connector, in a new draft. */
export async function toTestExcelFields(page: Page, lang: Lang, connectorUrl: string): Promise<Panel> {
  const w = WORDS[lang];
  const panel = await openWizard(page, syncTab(lang));
  await panel.root.locator('details.drafts > summary').click();
  await panel.button(w.newDraft).click();
  await expect.poll(() => panel.step()).toBe(0);
  await panel.root.locator('details.drafts > summary').click();
  await panel.button(w.next).click();
  await panel.field(w.name).fill('Test.Excel');
  await panel.field('URL').fill(connectorUrl);
  await panel.button(w.next).click();
  await panel.root.locator('[data-field="Filename"]').waitFor();
  return panel;
}
