import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { chosenLang, loadSettings, saveSettings } from '../../lib/settings';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('defaults to following the CRM language', async () => {
    expect(await loadSettings()).toEqual({ language: 'follow-crm', testTimeoutSeconds: 15, keepTestHistory: true });
    expect(chosenLang(await loadSettings(), 'no')).toBe('no');
  });

  it('keeps a choice, and a chosen language wins over the CRM', async () => {
    await saveSettings({ language: 'en', testTimeoutSeconds: 20, keepTestHistory: false });
    expect(await loadSettings()).toEqual({ language: 'en', testTimeoutSeconds: 20, keepTestHistory: false });
    expect(chosenLang(await loadSettings(), 'no')).toBe('en');
  });

  it('falls back to defaults when storage holds something broken', async () => {
    await fakeBrowser.storage.local.set({ settings: { language: 'klingon', testTimeoutSeconds: 600 } });
    expect(await loadSettings()).toEqual({ language: 'follow-crm', testTimeoutSeconds: 15, keepTestHistory: true });
  });
});
