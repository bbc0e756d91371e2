// The consultant's preferences, kept in extension storage and validated on every read
// (a stored value from an older version or a manual edit must not break anything).
import * as z from 'zod/mini';
import { browser } from 'wxt/browser';
import type { Lang } from './i18n/lang';

export const Settings = z.object({
  language: z._default(z.enum(['follow-crm', 'en', 'no']), 'follow-crm'),
  /** How long a connector test may take; below an MV3 worker's 30 s fetch limit. */
  testTimeoutSeconds: z._default(z.number().check(z.int(), z.minimum(3), z.maximum(25)), 15),
  /** Keep every test of a draft in its history (the last result is always kept on the draft). */
  keepTestHistory: z._default(z.boolean(), true),
});
export type Settings = z.infer<typeof Settings>;
const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  const parsed = z.safeParse(Settings, stored ?? {});
  return parsed.success ? parsed.data : z.parse(Settings, {});
}

export async function saveSettings(next: Settings): Promise<void> {
  await browser.storage.local.set({ [KEY]: z.parse(Settings, next) });
}

/** The language to show: the consultant's choice, else the CRM page's. */
export function chosenLang(settings: Settings, crmLang: Lang): Lang {
  return settings.language === 'follow-crm' ? crmLang : settings.language;
}
