// The production build has no connector host at all: a connector test to a host the consultant
// never granted is refused by the background before any request, and the panel asks for access
// through the extension's own page, which names the host and why.
import { describe, expect, it } from 'vitest';
import { adminUrl } from './browser';
import { useE2eSession } from './session';
import { openWizard } from './wizard-helpers';

const env = useE2eSession();

describe('connector hosts that were never granted', () => {
  it('are refused by the background without a request, whatever the panel asks', async () => {
    const page = await env.browser.context.newPage();
    await openWizard(page, adminUrl('Cust12345', '#quote-sync/sync'));
    // From the panel's own frame: the one sender the background takes connector calls from.
    const frame = page.frames().find((f) => f.url().includes('/wizard-frame.html'));
    if (!frame) throw new Error('No wizard frame');
    const send = (msg: object) => frame.evaluate(`chrome.runtime.sendMessage(${JSON.stringify(msg)})`) as Promise<{ ok: boolean; value?: { kind?: string; latencyMs?: number; fields?: { kind: string } } }>;
    const finance = env.standin.connectors.finance as string;
    const test = await send({ type: 'panel/connector-test', requestId: 'r1', url: finance, connectionInfo: { username: 'demo' } });
    expect(test).toMatchObject({ ok: true, value: { kind: 'not-permitted', latencyMs: 0 } });
    const fields = await send({ type: 'panel/connector-fields', requestId: 'r2', url: finance });
    expect(fields).toMatchObject({ ok: true, value: { fields: { kind: 'not-permitted' } } });
    // SuperOffice's own hosts are never connectors, though the extension may reach them.
    const crm = await send({ type: 'panel/connector-test', requestId: 'r3', url: 'https://online.superoffice.com/Cust12345/api/v1/User', connectionInfo: {} });
    expect(crm).toMatchObject({ ok: true, value: { kind: 'not-permitted' } });
    // Only the protocol's schemes.
    const file = await send({ type: 'panel/connector-test', requestId: 'r4', url: 'file:///etc/passwd', connectionInfo: {} });
    expect(file).toMatchObject({ ok: true, value: { kind: 'bad-url' } });
    await page.close();
  });

  it('make the panel ask for access on the consultant’s click, through a page naming the host and why', async () => {
    const page = await env.browser.context.newPage();
    const panel = await openWizard(page, adminUrl('Cust12345', '#quote-sync/sync'));
    await panel.button('Next').click();
    await panel.field('Name').fill('Finance');
    await panel.field('URL').fill(env.standin.connectors.finance as string);
    await panel.button('Next').click();
    const host = new URL(env.standin.connectors.finance as string).host;
    const allow = panel.button(`Allow testing ${host}`);
    await allow.waitFor({ timeout: 10_000 });
    expect(await panel.root.locator('.config .notice').textContent()).toContain(`allow the extension to contact ${host}`);
    const [grant] = await Promise.all([env.browser.context.waitForEvent('page'), allow.click()]);
    await grant.waitForLoadState();
    expect(grant.url()).toBe(`chrome-extension://${env.browser.extensionId}/grant.html?url=${encodeURIComponent(new URL(env.standin.connectors.finance as string).origin)}`);
    expect(await grant.locator('h1').textContent()).toBe('Allow testing a Sync Connector');
    expect(await grant.locator('main p').first().textContent()).toContain(`the Sync Connector at ${host}`);
    expect(await grant.getByRole('button', { name: 'Allow' }).isVisible()).toBe(true);
    await grant.close();
    await page.close();
  });

  it('refuse a grant page for something that is not a connector address', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`chrome-extension://${env.browser.extensionId}/grant.html?url=${encodeURIComponent('https://online.superoffice.com')}`);
    expect(await page.getByRole('alert').textContent()).toContain('not a connector the wizard can test');
    expect(await page.getByRole('button', { name: 'Allow' }).count()).toBe(0);
    await page.close();
  });
});
