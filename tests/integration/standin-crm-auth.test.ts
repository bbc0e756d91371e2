// @vitest-environment node
// The stand-in CRM's session contract: page load sets cookies and the hidden XSRF input; REST needs
// the session and the matching X-XSRF-TOKEN (else 401, docs/en/api/web-services/webapi/index.md),
// or Basic auth; restrictAgent → 403.
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_USER, startStandin, type Standin } from '../../standin/index';
import { openSession, useStandin } from '../../standin/testing';

let s: Standin;
useStandin((started) => (s = started));

const control = (body: unknown) => fetch(`${s.crmOrigin}/__standin/control`, { method: 'POST', body: JSON.stringify(body) });

describe('pages', () => {
  it('admin page: English by default, Norwegian with ?lang=no or a lang cookie', async () => {
    const en = await (await fetch(s.adminUrl())).text();
    expect(en).toMatch(/<html lang="en">/);
    expect(en).toContain('Settings and maintenance');
    const no = await (await fetch(s.adminUrl('no'))).text();
    expect(no).toMatch(/<html lang="no">/);
    expect(no).toContain('Innstillinger og vedlikehold');
    const byCookie = await (await fetch(s.adminUrl(), { headers: { Cookie: 'lang=no' } })).text();
    expect(byCookie).toMatch(/<html lang="no">/);
  });

  it('sets an HttpOnly session cookie and a readable XSRF cookie on the tenant path, same token in a hidden input', async () => {
    const b = await openSession(s);
    const session = b.setCookie.find((c) => c.startsWith('SuperOffice_Session='));
    const xsrf = b.setCookie.find((c) => c.startsWith('XSRF-TOKEN='));
    expect(session).toMatch(/Path=\/Cust12345/);
    expect(session).toMatch(/HttpOnly/);
    expect(session).not.toMatch(/Secure/);
    expect(xsrf).not.toMatch(/HttpOnly/);
    expect(b.xsrf.length).toBeGreaterThan(20);
    expect(b.hiddenXsrf).toBe(b.xsrf);
  });

  it('serves the main client placeholder and 404s unknown tenants and pages', async () => {
    const main = await fetch(`${s.crmOrigin}/Cust12345/default.aspx`);
    expect(main.status).toBe(200);
    expect(await main.text()).not.toContain('Sync Connectors');
    expect((await fetch(`${s.crmOrigin}/Cust99999/admin/default.aspx`)).status).toBe(404);
    expect((await fetch(`${s.crmOrigin}/Cust12345/admin/other.aspx`)).status).toBe(404);
  });

  it('the admin client carries the Sync tab texts in both languages, and the Add buttons', async () => {
    const html = await (await fetch(s.adminUrl())).text();
    for (const t of ["connectors: 'Sync Connectors'", "connections: 'ERP connections'", "connections: 'ERP-koblinger'", "add: 'Legg til'", "newConnection: 'Angi ny ERP-kobling'", "test: 'Test ERP-koblingen'", "specified: 'Angitte brukere + grupper'"]) expect(html).toContain(t);
    expect(html).toContain('#quote-sync/quote');
  });
});

describe('REST authentication', () => {
  it('401 without a session cookie, with a JSON error', async () => {
    const res = await fetch(`${s.crmOrigin}/Cust12345/api/v1/Agents/ErpSync/GetAllConnectors`, { method: 'POST', headers: { Accept: 'application/json' } });
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    // docs/en/api/web-services/endpoints/rest-webapi/index.md: `Error` is a boolean, the text is ErrorMessage.
    expect(await res.json()).toMatchObject({ Error: true, ErrorMessage: expect.any(String), ErrorType: 'SoAuthenticationException' });
  });

  it('401 with the session but no or a wrong X-XSRF-TOKEN ("will return HTTP error 401 Unauthorized"); 200 with both', async () => {
    const b = await openSession(s);
    expect((await b.agent('GetAllConnectors', {}, { 'X-XSRF-TOKEN': '' })).status).toBe(401);
    expect((await b.agent('GetAllConnectors', {}, { 'X-XSRF-TOKEN': 'wrong' })).status).toBe(401);
    const ok = await b.agent('GetAllConnectors');
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual([]);
  });

  it("a session of one tenant does not open another tenant's API", async () => {
    const b = await openSession(s, 'Cust12345');
    const res = await fetch(`${s.crmOrigin}/Cust67890/api/v1/User`, { headers: { Cookie: b.cookie, 'X-XSRF-TOKEN': b.xsrf } });
    expect(res.status).toBe(401);
  });

  it('Basic auth with the demo user works without cookie or XSRF; a wrong password is 401', async () => {
    const basic = (u: string, p: string) => ({ Authorization: `Basic ${Buffer.from(`${u}:${p}`).toString('base64')}`, Accept: 'application/json' });
    const ok = await fetch(`${s.crmOrigin}/Cust67890/api/v1/Agents/ErpSync/GetAllConnectors`, { method: 'POST', headers: basic(DEMO_USER, DEMO_PASSWORD) });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual([{ Id: 1, Name: 'Demo Finance (app)', ToolTip: 'app://erp-sync-demo' }]);
    const bad = await fetch(`${s.crmOrigin}/Cust67890/api/v1/User`, { headers: basic(DEMO_USER, 'nope') });
    expect(bad.status).toBe(401);
  });

  it('restrictAgent makes the ErpSync agent answer 403 (users stay reachable); switching back restores it', async () => {
    const b = await openSession(s);
    expect((await control({ restrictAgent: true })).status).toBe(200);
    const denied = await b.agent('GetAllConnectors');
    expect(denied.status).toBe(403);
    expect(await denied.json()).toMatchObject({ ErrorType: 'SoAccessDeniedException' });
    expect((await b.api('User')).status).toBe(200);
    expect((await (await fetch(`${s.crmOrigin}/__standin/state`)).json()).restrictAgent).toBe(true);
    await control({ restrictAgent: false });
    expect((await b.agent('GetAllConnectors')).status).toBe(200);
  });

  it('quirks: expired-session answers 401 to a page that still has its token; internal-error answers 200 + {Message}; unknown quirks are refused', async () => {
    const b = await openSession(s);
    expect((await control({ quirks: ['expired-session'] })).status).toBe(200);
    const expired = await b.agent('GetAllConnectors');
    expect(expired.status).toBe(401);
    expect(await expired.json()).toMatchObject({ Error: true, ErrorType: 'SoAuthenticationException' });
    await control({ quirks: ['internal-error'] });
    const internal = await b.agent('GetAllConnectors');
    expect(internal.status).toBe(200);
    expect(await internal.json()).toEqual({ Message: 'An error has occurred.', MessageDetail: expect.stringMatching(/GetAllConnectors/) });
    expect((await control({ quirks: ['no-such-quirk'] })).status).toBe(400);
    expect((await (await fetch(`${s.crmOrigin}/__standin/state`)).json()).quirks).toEqual(['internal-error']);
    await control({ quirks: [] });
    expect((await b.agent('GetAllConnectors')).status).toBe(200);
  });
});

describe('HTTPS', () => {
  it('https: true serves the CRM over TLS with Secure cookies; the connector stays plain HTTP', async () => {
    const t = await startStandin({ crmPort: 0, connectorPort: 0, https: true });
    try {
      expect(t.crmOrigin).toMatch(/^https:\/\//);
      expect(t.connectorOrigin).toMatch(/^http:\/\//);
      const { request } = await import('node:https');
      const cookies = await new Promise<string[]>((done, fail) => {
        request(t.adminUrl(), { rejectUnauthorized: false }, (res) => {
          res.resume();
          done(res.headers['set-cookie'] ?? []);
        }).on('error', fail).end();
      });
      expect(cookies.every((c) => /; Secure/.test(c))).toBe(true);
    } finally {
      await t.close();
    }
  });
});
