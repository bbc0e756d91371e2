// The configuration steps' e2e helpers (issue 18): what the stand-in holds, the walk to a saved
// connection, and the configuration's stepper.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { CONFIGURE_TEXTS } from '../../lib/i18n/configure-texts';
import { TEXTS } from '../../lib/i18n/texts';
import type { panelOf } from './wizard-helpers';

export interface Held {
  connections: Array<{ DisplayName: string; Active: boolean; ErpConnectionId: number }>;
  listMappings?: Record<string, Record<string, number>>;
  syncPriority?: number[];
  defaults?: Record<string, unknown>;
  mappings?: Record<string, { IsActive: boolean; fields: Array<{ ErpFieldKey: string; CrmFieldKey: string; SyncToCrm: boolean; SyncToErp: boolean }> }>;
}
export const held = async (page: Page, custId: string): Promise<Held> =>
  page.evaluate(async (id) => ((await (await fetch('/__standin/state')).json()) as { tenants: Record<string, Held> }).tenants[id] as Held, custId);

const LABELS = {
  en: { db: /^Company database/, user: /^User name/, password: /^Password/ },
  no: { db: /^Firmadatabase/, user: /^Brukernavn/, password: /^Passord/ },
} as const;

/** The configuration's stepper: a step's mark, going to a step by its button. */
export function stepperOf(panel: ReturnType<typeof panelOf>, c: (typeof CONFIGURE_TEXTS)['en']) {
  const nav = panel.root.getByTestId('config-steps');
  return {
    mark: (step: string) => nav.locator(`[data-step="${step}"]`).getAttribute('data-mark'),
    current: () => nav.locator('[aria-current="step"]').evaluate((b) => b.closest('li')?.getAttribute('data-step')),
    go: (step: keyof (typeof CONFIGURE_TEXTS)['en']['stepNames']) => nav.getByRole('button', { name: new RegExp(`^\\d\\. ${c.stepNames[step]} `) }).click(),
    next: () => panel.root.getByRole('button', { name: c.next, exact: true }).click(),
    heading: () => panel.root.locator('#erp-config-step-title').textContent(),
  };
}

/** Steps 1–5 with good values, ending on Next steps with the connection saved. */
export async function saveConnection(panel: ReturnType<typeof panelOf>, lang: 'en' | 'no', connectorName: string, connectionName: string, connectorUrl: string) {
  const t = TEXTS[lang];
  await panel.button(t.next).click();
  await panel.field(t.connectorName).fill(connectorName);
  await panel.field(t.connectorUrl).fill(connectorUrl);
  await panel.button(t.next).click();
  await panel.root.locator('[data-field="companyDb"]').waitFor();
  await panel.field(new RegExp(`^${t.connectionName}`)).fill(connectionName);
  await panel.field(LABELS[lang].db).fill('DEMO');
  await panel.field(LABELS[lang].user).fill('demo');
  await panel.field(LABELS[lang].password).fill('demo123');
  await panel.button(t.next).click();
  await panel.button(t.testButton).click();
  await expect.poll(() => panel.root.getByTestId('browser-result').getAttribute('data-kind'), { timeout: 20_000 }).toBe('ok');
  await expect.poll(() => panel.root.getByTestId('crm-result').getAttribute('data-kind'), { timeout: 20_000 }).toBe('config-ok');
  await panel.button(t.next).click();
  await expect.poll(() => panel.heading(), { timeout: 20_000 }).toBe(t.steps[4]);
  await panel.button(t.okButton).click();
  await expect.poll(() => panel.heading(), { timeout: 20_000 }).toBe(t.steps[5]);
  await panel.root.getByTestId('actor-Customer').waitFor({ timeout: 20_000 });
}

