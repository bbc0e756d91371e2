// Connector grants are by exact origin, port included: the browser's permission is for the host
// (Firefox's patterns have no port), and the origins allowed on the grant page are kept beside it.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { forgetGrants, grantOrigin, isConnectorPermitted } from '../../lib/background/connector-access';

beforeEach(() => fakeBrowser.reset());

/** The grant page's state (its module asks the browser for the UI language when loaded). */
async function grantPage(url: string, answer: boolean) {
  (fakeBrowser.i18n as unknown as { getUILanguage: () => string }).getUILanguage = () => 'en';
  const { createGrantState } = await import('../../components/grant/Grant');
  return createGrantState(`?url=${encodeURIComponent(url)}`, async () => answer);
}

async function grantHost(pattern: string) {
  const granted = new Set<string>([pattern]);
  (fakeBrowser.permissions as unknown as { contains: (p: { origins: string[] }) => Promise<boolean> }).contains = async ({ origins }) => origins.every((o) => granted.has(o));
  return granted;
}

describe('connector grants by exact origin', () => {
  it('granting :8443 allows that origin only, not other ports or the default port of the host', async () => {
    await grantHost('https://erp.example/*');
    const state = await grantPage('https://erp.example:8443', true);
    await state.allow();
    expect(state.result.value).toBe('granted');
    expect(await isConnectorPermitted('https://erp.example:8443')).toBe(true);
    expect(await isConnectorPermitted('https://erp.example:8444')).toBe(false);
    expect(await isConnectorPermitted('https://erp.example')).toBe(false);
    expect(await isConnectorPermitted('http://erp.example:8443')).toBe(false);
  });

  it('an origin kept without the browser\'s host permission (revoked in its settings) is refused', async () => {
    const granted = await grantHost('https://erp.example/*');
    await grantOrigin('https://erp.example:8443/ErpConnectorWS.svc');
    expect(await isConnectorPermitted('https://erp.example:8443')).toBe(true);
    granted.clear();
    expect(await isConnectorPermitted('https://erp.example:8443')).toBe(false);
  });

  it('forgetting a host forgets every origin of it, and no other', async () => {
    await grantHost('https://erp.example/*');
    await grantOrigin('https://erp.example:8443');
    await grantOrigin('https://other.example:9000');
    await forgetGrants(['https://erp.example/*']);
    expect(await isConnectorPermitted('https://erp.example:8443')).toBe(false);
    expect((await fakeBrowser.storage.local.get('grantedConnectorOrigins')).grantedConnectorOrigins).toEqual(['https://other.example:9000']);
  });

  it('a refused prompt keeps nothing', async () => {
    await grantHost('https://erp.example/*');
    const state = await grantPage('https://erp.example:8443', false);
    await state.allow();
    expect(state.result.value).toBe('refused');
    expect(await isConnectorPermitted('https://erp.example:8443')).toBe(false);
  });

  // The e2e test build declares its loopback connector host: in host_permissions (MV3), among the
  // permissions (MV2, Firefox). Either way it counts whole, every port, without the grant page.
  it.each([
    ['MV3', { manifest_version: 3, host_permissions: ['http://127.0.0.1/*'], permissions: ['storage'] }],
    ['MV2', { manifest_version: 2, permissions: ['storage', 'http://127.0.0.1/*'] }],
  ])('a host the build declares (%s) counts for every port; another host still needs its grant', async (_v, manifest) => {
    (fakeBrowser.runtime as unknown as { getManifest: () => unknown }).getManifest = () => manifest;
    await grantHost('http://127.0.0.1/*');
    expect(await isConnectorPermitted('http://127.0.0.1:44627')).toBe(true);
    expect(await isConnectorPermitted('http://erp.example:8080')).toBe(false);
  });
});
