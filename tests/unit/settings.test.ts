import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { chosenLang, loadSettings, saveSettings } from '../../lib/settings';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('defaults to following the CRM language', async () => {
    expect(await loadSettings()).toEqual({ language: 'follow-crm' });
    expect(chosenLang(await loadSettings(), 'no')).toBe('no');
  });

  it('keeps a choice, and a chosen language wins over the CRM', async () => {
    await saveSettings({ language: 'en' });
    expect(await loadSettings()).toEqual({ language: 'en' });
    expect(chosenLang(await loadSettings(), 'no')).toBe('en');
  });

  it('falls back to defaults when storage holds something broken', async () => {
    await fakeBrowser.storage.local.set({ settings: { language: 'klingon' } });
    expect(await loadSettings()).toEqual({ language: 'follow-crm' });
  });
});
