import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings } from '../../lib/settings';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockResolvedValue({ origins: ['https://*.superoffice.com/*', 'http://erp.example/*'], permissions: [] });
});

describe('options', () => {
  it('stores a valid connector test timeout and refuses others with a message, storing nothing', async () => {
    const { createOptionsState } = await import('../../components/options/Options');
    const state = createOptionsState();
    await state.load();
    expect(state.hosts.hosts.value).toEqual([{ pattern: 'http://erp.example/*', grantedAt: null }]);
    await state.setTimeoutSeconds('20');
    expect((await loadSettings()).testTimeoutSeconds).toBe(20);
    for (const bad of ['2', '26', '7.5', 'abc', '']) {
      await state.setTimeoutSeconds(bad);
      expect(state.timeoutError.value).toBe('Enter a whole number of seconds from 3 to 25.');
      expect((await loadSettings()).testTimeoutSeconds).toBe(20);
    }
    await state.setLanguage('no');
    expect(await loadSettings()).toEqual({ language: 'no', testTimeoutSeconds: 20, keepTestHistory: true });
  });
});
