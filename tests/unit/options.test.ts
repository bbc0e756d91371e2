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

describe('connector hosts in the options', () => {
  it('lists when each host was allowed and revokes one, permission and record together', async () => {
    const removed: string[][] = [];
    vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(async ({ origins }) => (removed.push(origins ?? []), true));
    await fakeBrowser.storage.local.set({ grantedConnectorHosts: { 'http://erp.example/*': 1_700_000_000_000 } });
    const { createConnectorHostsState } = await import('../../components/options/ConnectorHosts');
    const hosts = createConnectorHostsState();
    await hosts.load();
    expect(hosts.hosts.value).toEqual([{ pattern: 'http://erp.example/*', grantedAt: 1_700_000_000_000 }]);
    vi.spyOn(fakeBrowser.permissions, 'getAll').mockResolvedValue({ origins: ['https://*.superoffice.com/*'], permissions: [] });
    await hosts.revoke('http://erp.example/*');
    expect(removed).toEqual([['http://erp.example/*']]);
    expect((await fakeBrowser.storage.local.get('grantedConnectorHosts')).grantedConnectorHosts).toEqual({});
    expect(hosts.hosts.value).toEqual([]);
  });
});
